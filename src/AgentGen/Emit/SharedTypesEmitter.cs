using AgentGen.Model;

namespace AgentGen.Emit;

/// <summary>
/// Emits the types every agent shares, once per compilation: <c>AgentDefinition</c>, <c>AgentMcpServer</c> and the
/// value enums. They depend only on <see cref="EmitSettings"/>, so editing agent files never re-emits them.
/// Written for C# 7.3 and up: no records, no switch expressions, annotations only where the language has them.
/// </summary>
internal static class SharedTypesEmitter
{
    public const string HintName = "AgentGen.SharedTypes.g.cs";

    public const string NotNullWhenHintName = "AgentGen.NotNullWhenAttribute.g.cs";

    /// <summary>
    /// TryGet's <c>[NotNullWhen(true)]</c> is missing on netstandard2.0 and older frameworks: where nullable annotations
    /// are on and the attribute is not accessible, an internal copy is emitted (the compiler matches it by name).
    /// </summary>
    public static string? EmitNotNullWhenPolyfill(EmitSettings s)
    {
        if (!s.NeedsNotNullWhenPolyfill)
        {
            return null;
        }

        var writer = GeneratedFile.Start(s, "System.Diagnostics.CodeAnalysis");
        writer.Summary("Polyfill of NotNullWhenAttribute for target frameworks that lack it, emitted by AgentGen.");
        writer.Line(GeneratedFile.Attribute);
        writer.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Parameter, Inherited = false)]");
        writer.Open("internal sealed class NotNullWhenAttribute : global::System.Attribute");
        writer.Summary("Initializes the attribute with the return value at which the parameter is not null.");
        writer.Line("/// <param name=\"returnValue\">The return value at which the parameter is not null.</param>");
        writer.Line("public NotNullWhenAttribute(bool returnValue) { ReturnValue = returnValue; }");
        writer.Line();
        writer.Summary("The return value at which the parameter is not null.");
        writer.Line("public bool ReturnValue { get; }");
        writer.Close();
        return GeneratedFile.End(writer);
    }

    public static string Emit(EmitSettings s)
    {
        var writer = GeneratedFile.Start(s, s.SharedNamespace);
        foreach (var valueEnum in ValueEnumsEmitter.All)
        {
            ValueEnumsEmitter.Write(writer, valueEnum, s);
            writer.Line();
        }

        WriteMcpServer(writer, s);
        writer.Line();
        WriteDefinition(writer, s);
        return GeneratedFile.End(writer);
    }

    private static void WriteMcpServer(SourceWriter w, EmitSettings s)
    {
        var str = s.Nullable("string");
        w.Summary("An MCP server an agent uses: a server configured elsewhere (by name), or one defined inline in the agent file.");
        w.Line(GeneratedFile.Attribute);
        w.Open($"{s.Visibility} sealed partial class AgentMcpServer");
        w.Summary("Creates a server entry.");
        w.Line("/// <param name=\"name\">The server's name.</param>");
        w.Line("/// <param name=\"configJson\">The inline configuration as JSON text, or null for a server configured elsewhere.</param>");
        w.Open($"public AgentMcpServer(string name, {str} configJson = null)");
        w.Line("if (name == null) throw new global::System.ArgumentNullException(\"name\");");
        w.Line("Name = name;");
        w.Line("ConfigJson = configJson;");
        w.Close();
        w.Line();
        w.Summary("The server's name.");
        w.Line("public string Name { get; }");
        w.Line();
        w.Summary("The inline configuration as JSON text, or null when the agent names a server configured elsewhere.");
        w.Line($"public {str} ConfigJson {{ get; }}");
        w.Line();
        w.Summary("True when the agent file defines the server inline.");
        w.Line("public bool IsInline { get { return ConfigJson != null; } }");
        w.Line();
        w.Summary("The server's name.");
        w.Line("public override string ToString() { return Name; }");
        w.Close();
    }

    private static void WriteDefinition(SourceWriter w, EmitSettings s)
    {
        var str = s.Nullable("string");
        var list = "global::System.Collections.Generic.IReadOnlyList";
        var enumerable = "global::System.Collections.Generic.IEnumerable";
        w.Summary("An agent: its name, when to use it, its system prompt and its settings, as defined by an agent file (Markdown with YAML frontmatter). Immutable.");
        w.Line(GeneratedFile.Attribute);
        w.Open($"{s.Visibility} sealed partial class AgentDefinition");
        w.Line($"private static readonly {list}<string> NoStrings = new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(new string[0]);");
        w.Line();
        w.Summary("Creates an agent definition; the generated agent classes call this with the values of their file.");
        w.Line("/// <param name=\"name\">The agent's name (frontmatter key name).</param>");
        w.Line("/// <param name=\"description\">When to use the agent (description).</param>");
        w.Line("/// <param name=\"prompt\">The system prompt: the file's body.</param>");
        w.Line("/// <param name=\"model\">The model alias or full model id, or null to inherit (model).</param>");
        w.Line("/// <param name=\"tools\">The allowlist, or null to inherit every tool (tools).</param>");
        w.Line("/// <param name=\"disallowedTools\">Tools removed from the allowed set (disallowedTools).</param>");
        w.Line("/// <param name=\"permissionMode\">The permission mode (permissionMode).</param>");
        w.Line("/// <param name=\"maxTurns\">The most turns the agent may take (maxTurns).</param>");
        w.Line("/// <param name=\"skills\">Skills preloaded into the agent (skills).</param>");
        w.Line("/// <param name=\"mcpServers\">MCP servers the agent uses (mcpServers).</param>");
        w.Line("/// <param name=\"hooksJson\">Hooks as JSON text (hooks).</param>");
        w.Line("/// <param name=\"memory\">The memory scope (memory).</param>");
        w.Line("/// <param name=\"background\">Whether the agent runs in the background (background).</param>");
        w.Line("/// <param name=\"effort\">The reasoning effort (effort).</param>");
        w.Line("/// <param name=\"isolation\">The isolation mode, such as worktree (isolation).</param>");
        w.Line("/// <param name=\"color\">The display color (color).</param>");
        w.Line("/// <param name=\"initialPrompt\">A first user turn submitted when the agent starts (initialPrompt).</param>");
        w.Line("/// <param name=\"metadata\">Frontmatter keys outside the agent format.</param>");
        w.Line("/// <param name=\"sourcePath\">The agent file, relative to the project.</param>");
        var parameters = new[]
        {
            "string name",
            "string description",
            "string prompt",
            $"{str} model = null",
            $"{s.Nullable(enumerable + "<string>")} tools = null",
            $"{s.Nullable(enumerable + "<string>")} disallowedTools = null",
            $"{s.Shared("AgentPermissionMode")}? permissionMode = null",
            "int? maxTurns = null",
            $"{s.Nullable(enumerable + "<string>")} skills = null",
            $"{s.Nullable(enumerable + $"<{s.Shared("AgentMcpServer")}>")} mcpServers = null",
            $"{str} hooksJson = null",
            $"{s.Shared("AgentMemory")}? memory = null",
            "bool background = false",
            $"{s.Shared("AgentEffort")}? effort = null",
            $"{str} isolation = null",
            $"{s.Shared("AgentColor")}? color = null",
            $"{str} initialPrompt = null",
            $"{s.Nullable(enumerable + "<global::System.Collections.Generic.KeyValuePair<string, string>>")} metadata = null",
            $"{str} sourcePath = null",
        };
        w.Line("public AgentDefinition(");
        for (var i = 0; i < parameters.Length; i++)
        {
            w.Line("    " + parameters[i] + (i + 1 < parameters.Length ? "," : ")"));
        }

        w.Line("{");
        foreach (var line in DefinitionBody(s).Split('\n'))
        {
            w.Line(line.Length == 0 ? string.Empty : "    " + line);
        }

        w.Line("}");
        w.Line();
        WriteDefinitionMembers(w, s);
        w.Close();
    }

    // The constructor's body and the matching logic are fixed text; only names that depend on settings are spliced in.
    private static string DefinitionBody(EmitSettings s) => $$"""
        if (name == null) throw new global::System.ArgumentNullException("name");
        if (description == null) throw new global::System.ArgumentNullException("description");
        if (prompt == null) throw new global::System.ArgumentNullException("prompt");
        Name = name;
        Description = description;
        Prompt = prompt;
        Model = model;
        ModelKind = KindOf(model);
        Tools = tools == null ? null : Freeze(tools);
        DisallowedTools = disallowedTools == null ? NoStrings : Freeze(disallowedTools);
        SpawnableAgents = SpawnTargets(Tools);
        PermissionMode = permissionMode;
        MaxTurns = maxTurns;
        Skills = skills == null ? NoStrings : Freeze(skills);
        McpServers = new global::System.Collections.ObjectModel.ReadOnlyCollection<{{s.Shared("AgentMcpServer")}}>(mcpServers == null ? new {{s.Shared("AgentMcpServer")}}[0] : new global::System.Collections.Generic.List<{{s.Shared("AgentMcpServer")}}>(mcpServers).ToArray());
        HooksJson = hooksJson;
        Memory = memory;
        Background = background;
        Effort = effort;
        Isolation = isolation;
        Color = color;
        InitialPrompt = initialPrompt;
        var entries = new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.Ordinal);
        if (metadata != null)
        {
            foreach (var entry in metadata)
            {
                entries[entry.Key] = entry.Value;
            }
        }

        Metadata = new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(entries);
        SourcePath = sourcePath;
        """;

    private static void WriteDefinitionMembers(SourceWriter w, EmitSettings s)
    {
        var str = s.Nullable("string");
        var list = "global::System.Collections.Generic.IReadOnlyList";
        Property(w, "The agent's name (frontmatter key <c>name</c>): how it is referred to and spawned.", "string Name");
        Property(w, "When to use the agent (frontmatter key <c>description</c>); the orchestrator delegates on it.", "string Description");
        Property(w, "The system prompt: the file's body after the closing <c>---</c> line, with CRLF normalised to LF.", "string Prompt");
        Property(w, "The <c>model</c> value as written (an alias or a full model id), or null when the agent inherits the model.", $"{str} Model");
        Property(w, "The model as an enum: an alias, <see cref=\"AgentModel.Inherit\"/> when absent, <see cref=\"AgentModel.Custom\"/> for a full model id.", $"{s.Shared("AgentModel")} ModelKind");
        Property(w, "The allowlist as written (<c>tools</c>), or null when the agent inherits every tool. Entries may be MCP wildcards or <c>Agent(a, b)</c>.", $"{s.Nullable(list + "<string>")} Tools");
        Property(w, "Tools removed from the allowed set (<c>disallowedTools</c>); empty when none.", $"{list}<string> DisallowedTools");
        Property(w, "The agents this agent may spawn, from <c>Agent(a, b)</c> or <c>Task(a, b)</c> entries; empty when unrestricted.", $"{list}<string> SpawnableAgents");
        Property(w, "The permission mode (<c>permissionMode</c>), or null when not set or not recognised.", $"{s.Shared("AgentPermissionMode")}? PermissionMode");
        Property(w, "The most turns the agent may take (<c>maxTurns</c>), or null.", "int? MaxTurns");
        Property(w, "Skills preloaded into the agent (<c>skills</c>); empty when none.", $"{list}<string> Skills");
        Property(w, "MCP servers the agent uses (<c>mcpServers</c>); empty when none.", $"{list}<{s.Shared("AgentMcpServer")}> McpServers");
        Property(w, "The hooks (<c>hooks</c>) as JSON text, or null.", $"{str} HooksJson");
        Property(w, "The memory scope (<c>memory</c>), or null.", $"{s.Shared("AgentMemory")}? Memory");
        Property(w, "Whether the agent runs in the background (<c>background</c>).", "bool Background");
        Property(w, "The reasoning effort (<c>effort</c>), or null.", $"{s.Shared("AgentEffort")}? Effort");
        Property(w, "The isolation mode (<c>isolation</c>, e.g. worktree), or null.", $"{str} Isolation");
        Property(w, "The display color (<c>color</c>), or null.", $"{s.Shared("AgentColor")}? Color");
        Property(w, "A first user turn submitted when the agent starts (<c>initialPrompt</c>), or null.", $"{str} InitialPrompt");
        Property(w, "Frontmatter keys outside the agent format: scalar values as text, lists and mappings as JSON.", "global::System.Collections.Generic.IReadOnlyDictionary<string, string> Metadata");
        Property(w, "The agent file, relative to the project, or null.", $"{str} SourcePath");
        w.Summary("True when the agent has no <c>tools</c> key and so inherits every tool.");
        w.Line("public bool InheritsAllTools { get { return Tools == null; } }");
        w.Line();
        foreach (var line in Members(s).Split('\n'))
        {
            w.Line(line);
        }
    }

    private static void Property(SourceWriter w, string xmlSummary, string declaration)
    {
        w.DocXml("summary", xmlSummary);
        w.Line($"public {declaration} {{ get; }}");
        w.Line();
    }

    private static string Members(EmitSettings s) => $$"""
        /// <summary>Whether the agent may use a tool: every tool when it inherits all, else the tools its allowlist
        /// names (exactly, through an MCP server or wildcard such as <c>mcp__github__*</c>, or <c>Task</c> for <c>Agent</c>),
        /// less those <see cref="DisallowedTools"/> names.</summary>
        /// <param name="tool">The tool.</param>
        /// <returns>True when the agent may use the tool.</returns>
        public bool CanUse({{s.Shared("AgentTool")}} tool)
        {
            return CanUse({{s.Shared("AgentTools")}}.ToToolName(tool));
        }

        /// <summary>Whether the agent may use a tool given by name, such as <c>Bash</c> or <c>mcp__github__create_issue</c>.</summary>
        /// <param name="toolName">The tool's name.</param>
        /// <returns>True when the agent may use the tool.</returns>
        public bool CanUse(string toolName)
        {
            if (toolName == null) throw new global::System.ArgumentNullException("toolName");
            foreach (var entry in DisallowedTools)
            {
                // An entry with an argument, such as Bash(rm:*), restricts a use of the tool, not the tool itself.
                if (entry.IndexOf('(') < 0 && Matches(entry, toolName))
                {
                    return false;
                }
            }

            if (Tools == null)
            {
                return true;
            }

            foreach (var entry in Tools)
            {
                if (Matches(entry, toolName))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the agent may spawn the named agent: it must be able to use the Agent tool, and an
        /// <c>Agent(a, b)</c> allowlist must name it.</summary>
        /// <param name="agentName">The name of the agent to spawn.</param>
        /// <returns>True when the agent may spawn it.</returns>
        public bool CanSpawn(string agentName)
        {
            if (agentName == null) throw new global::System.ArgumentNullException("agentName");
            if (!CanUse("Agent"))
            {
                return false;
            }

            foreach (var entry in DisallowedTools)
            {
                if (Contains(ArgumentsOf(entry, true), agentName))
                {
                    return false;
                }
            }

            if (Tools == null)
            {
                return true;
            }

            foreach (var entry in Tools)
            {
                if (IsAgentTool(entry) || Contains(ArgumentsOf(entry, true), agentName))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The agent's name.</summary>
        /// <returns>The agent's name.</returns>
        public override string ToString()
        {
            return Name;
        }

        private static bool Matches(string entry, string toolName)
        {
            var name = BaseName(entry);
            if (name == toolName || (IsAgentTool(name) && IsAgentTool(toolName)))
            {
                return true;
            }

            if (!name.StartsWith("mcp__", global::System.StringComparison.Ordinal) || !toolName.StartsWith("mcp__", global::System.StringComparison.Ordinal))
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

        private static bool IsAgentTool(string name)
        {
            return name == "Agent" || name == "Task";
        }

        private static string BaseName(string entry)
        {
            // As the build reads it: only a complete "Name(...)" has an argument; "Bash(foo" is a name of its own.
            var open = entry.IndexOf('(');
            return open > 0 && entry.EndsWith(")", global::System.StringComparison.Ordinal) ? entry.Substring(0, open).Trim() : entry.Trim();
        }

        private static string[] ArgumentsOf(string entry, bool agentOnly)
        {
            var open = entry.IndexOf('(');
            var close = entry.LastIndexOf(')');
            if (open <= 0 || close < open || (agentOnly && !IsAgentTool(BaseName(entry))))
            {
                return new string[0];
            }

            var parts = entry.Substring(open + 1, close - open - 1).Split(',');
            var names = new global::System.Collections.Generic.List<string>();
            foreach (var part in parts)
            {
                var trimmed = part.Trim();
                if (trimmed.Length > 0)
                {
                    names.Add(trimmed);
                }
            }

            return names.ToArray();
        }

        private static bool Contains(string[] names, string name)
        {
            return global::System.Array.IndexOf(names, name) >= 0;
        }

        private static {{s.Shared("AgentModel")}} KindOf({{s.Nullable("string")}} model)
        {
            switch (model)
            {
                case null:
                case "inherit":
                    return {{s.Shared("AgentModel")}}.Inherit;
                case "sonnet":
                    return {{s.Shared("AgentModel")}}.Sonnet;
                case "opus":
                    return {{s.Shared("AgentModel")}}.Opus;
                case "haiku":
                    return {{s.Shared("AgentModel")}}.Haiku;
                case "fable":
                    return {{s.Shared("AgentModel")}}.Fable;
                default:
                    return {{s.Shared("AgentModel")}}.Custom;
            }
        }

        private static global::System.Collections.Generic.IReadOnlyList<string> Freeze(global::System.Collections.Generic.IEnumerable<string> items)
        {
            return new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(new global::System.Collections.Generic.List<string>(items).ToArray());
        }

        private static global::System.Collections.Generic.IReadOnlyList<string> SpawnTargets({{s.Nullable("global::System.Collections.Generic.IReadOnlyList<string>")}} tools)
        {
            var names = new global::System.Collections.Generic.List<string>();
            if (tools != null)
            {
                foreach (var entry in tools)
                {
                    foreach (var name in ArgumentsOf(entry, true))
                    {
                        if (!names.Contains(name))
                        {
                            names.Add(name);
                        }
                    }
                }
            }

            return new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(names.ToArray());
        }
        """;
}
