namespace AgentGen.Runtime
{
    /// <summary>
    /// How an agent's <c>tools</c> and <c>disallowedTools</c> entries are read (base name, argument, spawn targets) and
    /// decide which tools it may use and which agents it may spawn. The one reading of tool entries: the generator compiles
    /// this file too, and its parser (Parsing/ToolEntry.cs) reads entries with it. Internal in every visibility mode.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    internal static class AgentToolEntries
    {
        /// <summary>Subagent types Claude Code defines itself, valid in <c>Agent(...)</c> without an agent file (and so never
        /// in a catalog: an app that runs its agents has no such sub-agent).</summary>
        public static readonly string[] BuiltInAgents = { "general-purpose", "Explore", "Plan", "statusline-setup", "claude-code-guide" };

        /// <summary>Whether an agent may use a tool: every tool when it inherits all (no allowlist), else the tools its
        /// allowlist names (exactly, through an MCP server or wildcard such as <c>mcp__github__*</c>, or <c>Task</c> for
        /// <c>Agent</c>), less those its disallowed tools name.</summary>
        /// <param name="tools">The allowlist, or null when the agent inherits every tool.</param>
        /// <param name="disallowedTools">The disallowed tools.</param>
        /// <param name="toolName">The tool's name, such as <c>Bash</c> or <c>mcp__github__create_issue</c>.</param>
        /// <returns>True when the agent may use the tool.</returns>
        public static bool CanUse(global::System.Collections.Generic.IReadOnlyList<string>? tools, global::System.Collections.Generic.IReadOnlyList<string> disallowedTools, string toolName)
        {
            if (toolName == null) throw new global::System.ArgumentNullException("toolName");
            foreach (var entry in disallowedTools)
            {
                // An entry with an argument, such as Bash(rm:*), restricts a use of the tool, not the tool itself.
                if (ArgumentOf(entry) == null && Matches(entry, toolName))
                {
                    return false;
                }
            }

            if (tools == null)
            {
                return true;
            }

            foreach (var entry in tools)
            {
                if (Matches(entry, toolName))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether an agent may spawn the named agent: it must be able to use the Agent tool, an
        /// <c>Agent(a, b)</c> allowlist must name it, and no disallowed <c>Agent(...)</c> entry may.</summary>
        /// <param name="tools">The allowlist, or null when the agent inherits every tool.</param>
        /// <param name="disallowedTools">The disallowed tools.</param>
        /// <param name="agentName">The name of the agent to spawn.</param>
        /// <returns>True when the agent may spawn it.</returns>
        public static bool CanSpawn(global::System.Collections.Generic.IReadOnlyList<string>? tools, global::System.Collections.Generic.IReadOnlyList<string> disallowedTools, string agentName)
        {
            if (agentName == null) throw new global::System.ArgumentNullException("agentName");
            if (!CanUse(tools, disallowedTools, "Agent"))
            {
                return false;
            }

            foreach (var entry in disallowedTools)
            {
                if (global::System.Array.IndexOf(SpawnArguments(entry), agentName) >= 0)
                {
                    return false;
                }
            }

            if (tools == null)
            {
                return true;
            }

            foreach (var entry in tools)
            {
                if ((IsAgentTool(BaseName(entry)) && ArgumentOf(entry) == null) || global::System.Array.IndexOf(SpawnArguments(entry), agentName) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The agents <c>Agent(a, b)</c> and <c>Task(a, b)</c> entries name, in order and without repeats.</summary>
        /// <param name="tools">The allowlist, or null.</param>
        /// <returns>The names; empty when no entry restricts spawning.</returns>
        public static string[] SpawnTargets(global::System.Collections.Generic.IReadOnlyList<string>? tools)
        {
            var names = new global::System.Collections.Generic.List<string>();
            if (tools != null)
            {
                foreach (var entry in tools)
                {
                    foreach (var name in SpawnArguments(entry))
                    {
                        if (!names.Contains(name))
                        {
                            names.Add(name);
                        }
                    }
                }
            }

            return names.ToArray();
        }

        /// <summary>Whether an entry matches a tool name: the same name (<c>Task</c> and <c>Agent</c> are one tool), an MCP
        /// wildcard (<c>mcp__github__*</c>) or a whole MCP server (<c>mcp__github</c>).</summary>
        /// <param name="entry">The entry as written.</param>
        /// <param name="toolName">The tool's name.</param>
        /// <returns>True when the entry covers the tool.</returns>
        public static bool Matches(string entry, string toolName)
        {
            var name = BaseName(entry);
            if (name == toolName || (IsAgentTool(name) && IsAgentTool(toolName)))
            {
                return true;
            }

            if (ArgumentOf(entry) != null || !name.StartsWith("mcp__", global::System.StringComparison.Ordinal) || !toolName.StartsWith("mcp__", global::System.StringComparison.Ordinal))
            {
                return false;
            }

            if (name.EndsWith("*", global::System.StringComparison.Ordinal))
            {
                return toolName.StartsWith(name.Substring(0, name.Length - 1), global::System.StringComparison.Ordinal);
            }

            // mcp__server (no tool part) allows every tool of that server.
            return name.IndexOf("__", 5, global::System.StringComparison.Ordinal) < 0
                && toolName.StartsWith(name + "__", global::System.StringComparison.Ordinal);
        }

        /// <summary>Whether an entry names one tool (a built-in, app or MCP tool), rather than an MCP server or wildcard.</summary>
        /// <param name="entry">The entry as written.</param>
        /// <returns>True for a concrete tool.</returns>
        public static bool IsConcrete(string entry)
        {
            var name = BaseName(entry);
            if (ArgumentOf(entry) != null || !name.StartsWith("mcp__", global::System.StringComparison.Ordinal))
            {
                return true;
            }

            return !name.EndsWith("*", global::System.StringComparison.Ordinal) && name.IndexOf("__", 5, global::System.StringComparison.Ordinal) > 5;
        }

        /// <summary>The tool's name without its argument: <c>Agent</c> for <c>Agent(a, b)</c>. Only a complete
        /// <c>Name(...)</c> has an argument; <c>Bash(foo</c> is a name of its own.</summary>
        /// <param name="entry">The entry as written.</param>
        /// <returns>The base name.</returns>
        public static string BaseName(string entry)
        {
            var trimmed = entry.Trim();
            var open = trimmed.IndexOf('(');
            return open > 0 && trimmed.EndsWith(")", global::System.StringComparison.Ordinal) ? trimmed.Substring(0, open).Trim() : trimmed;
        }

        /// <summary>The text inside an entry's parentheses (<c>a, b</c> for <c>Agent(a, b)</c>), or null.</summary>
        /// <param name="entry">The entry as written.</param>
        /// <returns>The argument, or null.</returns>
        public static string? ArgumentOf(string entry)
        {
            var trimmed = entry.Trim();
            var open = trimmed.IndexOf('(');
            return open > 0 && trimmed.EndsWith(")", global::System.StringComparison.Ordinal) ? trimmed.Substring(open + 1, trimmed.Length - open - 2).Trim() : null;
        }

        /// <summary>Whether the name is the Agent tool or its older name Task.</summary>
        /// <param name="name">A tool name.</param>
        /// <returns>True for Agent and Task.</returns>
        public static bool IsAgentTool(string name)
        {
            return name == "Agent" || name == "Task";
        }

        /// <summary>The agents one <c>Agent(a, b)</c> or <c>Task(a, b)</c> entry names, in order; empty for any other entry.</summary>
        /// <param name="entry">The entry as written.</param>
        /// <returns>The names.</returns>
        public static string[] SpawnArguments(string entry)
        {
            var argument = ArgumentOf(entry);
            if (argument == null || !IsAgentTool(BaseName(entry)))
            {
                return new string[0];
            }

            var names = new global::System.Collections.Generic.List<string>();
            foreach (var part in argument.Split(','))
            {
                var name = part.Trim();
                if (name.Length > 0)
                {
                    names.Add(name);
                }
            }

            return names.ToArray();
        }
    }
}
