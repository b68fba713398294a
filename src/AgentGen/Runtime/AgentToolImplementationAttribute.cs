namespace AgentGen
{
    /// <summary>
    /// Marks a method as the implementation of an agent tool, named as agent files write it
    /// (<c>[AgentToolImplementation("read_file")]</c>). AgentGen binds the method into the generated <c>AgentToolbox</c>:
    /// static methods always, instance methods through <c>AgentToolbox.Add</c> with an instance of their class. The
    /// function's description is the method's <c>[Description]</c>, else its XML summary; its parameters are the method's.
    /// </summary>
    [global::System.AttributeUsage(global::System.AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    [global::System.Diagnostics.Conditional("AGENTGEN_KEEP_TOOL_ATTRIBUTES")]
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    internal sealed class AgentToolImplementationAttribute : global::System.Attribute
    {
        /// <summary>Marks the method as the implementation of the tool.</summary>
        /// <param name="toolName">The tool's name as agent files write it, such as <c>read_file</c>.</param>
        public AgentToolImplementationAttribute(string toolName)
        {
            ToolName = toolName;
        }

        /// <summary>The tool's name as agent files write it.</summary>
        public string ToolName { get; }
    }
}
