namespace AgentGen.Runtime
{
    /// <summary>
    /// The tools an app offers its agents, by the names agent files use: the methods marked
    /// <c>[AgentToolImplementation]</c> (static ones from the start, instance ones through the generated <c>Add</c>
    /// overloads), and any <c>AITool</c> the app registers (a hand-made function, an MCP client's tools). For an agent,
    /// <see cref="For"/> answers exactly the tools it may use: its allowlist (every tool when it has none), less its
    /// disallowed tools, with MCP servers and wildcards matched against the registered names.
    /// </summary>
    public sealed partial class AgentToolbox
    {
        private readonly global::System.Collections.Generic.List<string> _names = new global::System.Collections.Generic.List<string>();
        private readonly global::System.Collections.Generic.Dictionary<string, global::Microsoft.Extensions.AI.AITool> _tools = new global::System.Collections.Generic.Dictionary<string, global::Microsoft.Extensions.AI.AITool>(global::System.StringComparer.Ordinal);

        /// <summary>The registered tool names, in the order they were added.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> Names
        {
            get { return _names; }
        }

        /// <summary>Registers a tool under a name agent files use; a function named otherwise is offered under that name.
        /// A name registered again is replaced.</summary>
        /// <param name="toolName">The name, such as <c>read_file</c> or <c>mcp__github__create_issue</c>.</param>
        /// <param name="tool">The tool.</param>
        /// <returns>This toolbox.</returns>
        public AgentToolbox Add(string toolName, global::Microsoft.Extensions.AI.AITool tool)
        {
            if (toolName == null) throw new global::System.ArgumentNullException("toolName");
            if (tool == null) throw new global::System.ArgumentNullException("tool");
            var function = tool as global::Microsoft.Extensions.AI.AIFunction;
            if (function != null && function.Name != toolName)
            {
                tool = new RenamedAIFunction(function, toolName);
            }

            if (!_tools.ContainsKey(toolName))
            {
                _names.Add(toolName);
            }

            _tools[toolName] = tool;
            return this;
        }

        /// <summary>Registers the tools of an MCP server under the names agent files use for them:
        /// <c>mcp__{server}__{tool}</c>, so that <c>mcp__{server}</c> and <c>mcp__{server}__*</c> entries match them.</summary>
        /// <param name="serverName">The server's name, as in <c>mcpServers</c>.</param>
        /// <param name="tools">The server's tools (for example the ModelContextProtocol client's <c>ListToolsAsync</c>).</param>
        /// <returns>This toolbox.</returns>
        public AgentToolbox AddMcpServer(string serverName, global::System.Collections.Generic.IEnumerable<global::Microsoft.Extensions.AI.AITool> tools)
        {
            if (serverName == null) throw new global::System.ArgumentNullException("serverName");
            if (tools == null) throw new global::System.ArgumentNullException("tools");
            foreach (var tool in tools)
            {
                Add("mcp__" + serverName + "__" + tool.Name, tool);
            }

            return this;
        }

        /// <summary>The registered tool of that name.</summary>
        /// <param name="toolName">The name.</param>
        /// <param name="tool">The tool, when registered.</param>
        /// <returns>True when registered.</returns>
        public bool TryGet(string toolName, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out global::Microsoft.Extensions.AI.AITool? tool)
        {
            return _tools.TryGetValue(toolName, out tool);
        }

        /// <summary>The tools an agent may use: in the order of its allowlist (an entry that matches several, such as
        /// <c>mcp__github__*</c>, in registration order), or in registration order when it inherits every tool.</summary>
        /// <param name="agent">The agent.</param>
        /// <param name="missingTools">What to do when it lists tools this toolbox lacks.</param>
        /// <returns>A new list of the tools.</returns>
        /// <exception cref="AgentToolsMissingException">The agent lists tools this toolbox lacks, and <paramref name="missingTools"/> is Throw.</exception>
        public global::System.Collections.Generic.List<global::Microsoft.Extensions.AI.AITool> For(AgentDefinition agent, AgentMissingTools missingTools = AgentMissingTools.Throw)
        {
            if (agent == null) throw new global::System.ArgumentNullException("agent");
            var names = new global::System.Collections.Generic.List<string>();
            var missing = new global::System.Collections.Generic.List<string>();
            Resolve(agent, names, missing);
            if (missingTools == AgentMissingTools.Throw && missing.Count > 0)
            {
                throw new AgentToolsMissingException(agent.Name, missing);
            }

            var tools = new global::System.Collections.Generic.List<global::Microsoft.Extensions.AI.AITool>(names.Count);
            foreach (var name in names)
            {
                tools.Add(_tools[name]);
            }

            return tools;
        }

        /// <summary>The entries of an agent's allowlist that no registered tool answers: a tool by name, or an MCP server
        /// or wildcard none of whose tools is registered. <c>Agent(...)</c> entries are sub-agents, not tools.</summary>
        /// <param name="agent">The agent.</param>
        /// <returns>The entries, as the agent file writes them.</returns>
        public global::System.Collections.Generic.IReadOnlyList<string> Missing(AgentDefinition agent)
        {
            if (agent == null) throw new global::System.ArgumentNullException("agent");
            var missing = new global::System.Collections.Generic.List<string>();
            Resolve(agent, new global::System.Collections.Generic.List<string>(), missing);
            return missing;
        }

        /// <summary>One walk of the allowlist (or of the registered tools, for an agent that inherits every tool): the
        /// registered tools it may use, in order, and the entries nothing registered answers.</summary>
        private void Resolve(AgentDefinition agent, global::System.Collections.Generic.List<string> names, global::System.Collections.Generic.List<string> missing)
        {
            foreach (var entry in agent.Tools ?? (global::System.Collections.Generic.IReadOnlyList<string>)_names)
            {
                var found = false;
                foreach (var registered in _names)
                {
                    if (AgentToolEntries.Matches(entry, registered) && agent.CanUse(registered))
                    {
                        found = true;
                        if (!names.Contains(registered))
                        {
                            names.Add(registered);
                        }
                    }
                }

                // Sub-agent entries and tools the agent denies itself are never missing; an inherited tool never is.
                var name = AgentToolEntries.BaseName(entry);
                if (!found && agent.Tools != null && !AgentToolEntries.IsAgentTool(name) && !(AgentToolEntries.IsConcrete(entry) && !agent.CanUse(name)) && !missing.Contains(entry))
                {
                    missing.Add(entry);
                }
            }
        }

        /// <summary>A function offered under another name (an MCP client's <c>create_issue</c> as <c>mcp__github__create_issue</c>).</summary>
        private sealed class RenamedAIFunction : global::Microsoft.Extensions.AI.DelegatingAIFunction
        {
            private readonly string _name;

            public RenamedAIFunction(global::Microsoft.Extensions.AI.AIFunction function, string name)
                : base(function)
            {
                _name = name;
            }

            public override string Name
            {
                get { return _name; }
            }
        }
    }
}
