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
            : base("Agent '" + agentName + "' lists tools the toolbox does not have: " + string.Join(", ", missingTools) + ". " + Advice(missingTools.Count > 0 ? missingTools[0] : string.Empty))
        {
            AgentName = agentName;
            MissingTools = missingTools;
        }

        /// <summary>What to do about the first missing entry: an MCP server's tools are registered, other tools implemented.</summary>
        private static string Advice(string entry)
        {
            if (entry.StartsWith("mcp__", global::System.StringComparison.Ordinal))
            {
                var server = entry.Substring(5);
                var end = server.IndexOf("__", global::System.StringComparison.Ordinal);
                return "Register the MCP server's tools with AgentToolbox.AddMcpServer(\"" + (end < 0 ? server : server.Substring(0, end)) + "\", tools), or set AgentRunSettings.MissingTools to Skip.";
            }

            return "Mark a method [AgentToolImplementation(\"" + entry + "\")], register a tool with AgentToolbox.Add, or set AgentRunSettings.MissingTools to Skip.";
        }

        /// <summary>The agent.</summary>
        public string AgentName { get; }

        /// <summary>The tools it lists that the toolbox lacks.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> MissingTools { get; }
    }
}
