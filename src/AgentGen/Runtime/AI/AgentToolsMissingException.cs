namespace AgentGen.Runtime
{
    /// <summary>An agent lists tools its toolbox does not have.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    public sealed class AgentToolsMissingException : global::System.InvalidOperationException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="agentName">The agent.</param>
        /// <param name="missingTools">The tools it lists that the toolbox lacks, as the agent file writes them.</param>
        public AgentToolsMissingException(string agentName, global::System.Collections.Generic.IReadOnlyList<string> missingTools)
            : base("Agent '" + agentName + "' lists tools the toolbox does not have: " + string.Join(", ", missingTools)
                + ". Mark a method [AgentToolImplementation(\"" + (missingTools.Count > 0 ? missingTools[0] : string.Empty) + "\")], register a tool with AgentToolbox.Add, or set AgentRunSettings.MissingTools to Skip.")
        {
            AgentName = agentName;
            MissingTools = missingTools;
        }

        /// <summary>The agent.</summary>
        public string AgentName { get; }

        /// <summary>The tools it lists that the toolbox lacks.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> MissingTools { get; }
    }
}
