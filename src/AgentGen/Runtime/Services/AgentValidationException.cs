namespace AgentGen.Runtime
{
    /// <summary>Registered agents cannot all run: every problem found, each naming its agent and what to change.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    public sealed class AgentValidationException : global::System.InvalidOperationException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="problems">The problems, one sentence each.</param>
        public AgentValidationException(global::System.Collections.Generic.IReadOnlyList<string> problems)
            : base(problems.Count + (problems.Count == 1 ? " problem" : " problems") + " with the registered agents:" + global::System.Environment.NewLine + "- " + string.Join(global::System.Environment.NewLine + "- ", problems))
        {
            Problems = problems;
        }

        /// <summary>The problems, one sentence each.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> Problems { get; }
    }
}
