using System.Linq;
using AgentGen.Model;

namespace AgentGen.Emit;

/// <summary>
/// Emits one agent's static class: constants for its text values, typed members for every frontmatter key of the
/// format, and its <c>AgentDefinition</c>. Depends only on that agent (plus its assigned names and tool members).
/// </summary>
internal static class AgentClassEmitter
{
    public static string Emit(AgentEmitModel model)
    {
        var a = model.Agent;
        var s = model.Settings;
        var str = s.Nullable("string");
        var list = "global::System.Collections.Generic.IReadOnlyList";
        var w = GeneratedFile.Start(s, a.Namespace);
        w.DocXml("summary", $"The agent <c>{CSharpText.XmlDoc(a.Name)}</c>: {CSharpText.XmlDoc(a.Description)}");
        w.DocXml("remarks", $"Generated from <c>{CSharpText.XmlDoc(a.SourcePath)}</c>.");
        w.Line(GeneratedFile.Attribute);
        w.Open($"{s.Visibility} static partial class {model.Identity.ClassName}");
        Const(w, "The agent's name (frontmatter key <c>name</c>).", "string", "Name", CSharpText.Literal(a.Name));
        Const(w, "When to use the agent (frontmatter key <c>description</c>).", "string", "Description", CSharpText.Literal(a.Description));
        Const(w, "The system prompt: the file's body after the closing <c>---</c> line (CRLF normalised to LF).", "string", "Prompt", CSharpText.Literal(a.Prompt));
        Const(w, "The <c>model</c> value as written, or null when the agent inherits the model.", str, "Model", CSharpText.Literal(a.Model));
        Const(w, "The model as an enum.", s.Shared("AgentModel"), "ModelKind", s.Shared("AgentModel") + "." + ModelKind(a.Model));
        Forward(w, "The allowlist as written (<c>tools</c>), or null when the agent inherits every tool.", s.Nullable(list + "<string>"), "Tools");
        w.DocXml("summary", "The allowlist's concrete tools as <see cref=\"" + s.Shared("AgentTool") + "\"/> members (MCP servers and wildcards are only in <see cref=\"Tools\"/>), or null when the agent inherits every tool.");
        var typedTools = a.Tools is null
            ? "null"
            : $"new global::System.Collections.ObjectModel.ReadOnlyCollection<{s.Shared("AgentTool")}>({Array(s.Shared("AgentTool"), model.AllowedTools.Select(t => s.Shared("AgentTool") + "." + t.Identifier))})";
        w.Line($"public static {s.Nullable($"{list}<{s.Shared("AgentTool")}>")} TypedTools {{ get; }} = {typedTools};");
        w.Line();
        Forward(w, "Tools removed from the allowed set (<c>disallowedTools</c>).", $"{list}<string>", "DisallowedTools");
        Forward(w, "The agents this agent may spawn, from <c>Agent(a, b)</c> entries; empty when unrestricted.", $"{list}<string>", "SpawnableAgents");
        Forward(w, "The permission mode (<c>permissionMode</c>), or null.", s.Shared("AgentPermissionMode") + "?", "PermissionMode");
        Forward(w, "The most turns the agent may take (<c>maxTurns</c>), or null.", "int?", "MaxTurns");
        Forward(w, "Skills preloaded into the agent (<c>skills</c>).", $"{list}<string>", "Skills");
        Forward(w, "MCP servers the agent uses (<c>mcpServers</c>).", $"{list}<{s.Shared("AgentMcpServer")}>", "McpServers");
        Const(w, "The hooks (<c>hooks</c>) as JSON text, or null.", str, "HooksJson", CSharpText.Literal(a.HooksJson));
        Forward(w, "The memory scope (<c>memory</c>), or null.", s.Shared("AgentMemory") + "?", "Memory");
        Const(w, "Whether the agent runs in the background (<c>background</c>).", "bool", "Background", a.Background ? "true" : "false");
        Forward(w, "The reasoning effort (<c>effort</c>), or null.", s.Shared("AgentEffort") + "?", "Effort");
        Const(w, "The isolation mode (<c>isolation</c>), or null.", str, "Isolation", CSharpText.Literal(a.Isolation));
        Forward(w, "The display color (<c>color</c>), or null.", s.Shared("AgentColor") + "?", "Color");
        Const(w, "A first user turn submitted when the agent starts (<c>initialPrompt</c>), or null.", str, "InitialPrompt", CSharpText.Literal(a.InitialPrompt));
        Forward(w, "Frontmatter keys outside the agent format.", "global::System.Collections.Generic.IReadOnlyDictionary<string, string>", "Metadata");
        Const(w, "The agent file, relative to the project.", "string", "SourcePath", CSharpText.Literal(a.SourcePath));
        w.Summary("The agent as an immutable definition, for code that handles agents generically.");
        w.Line($"public static {s.Shared("AgentDefinition")} Definition {{ get; }} = new {s.Shared("AgentDefinition")}(");
        var arguments = Arguments(model);
        for (var i = 0; i < arguments.Length; i++)
        {
            w.Line("    " + arguments[i] + (i + 1 < arguments.Length ? "," : ");"));
        }

        w.Line();
        w.Summary("Whether the agent may use a tool (see AgentDefinition.CanUse).");
        w.Line("/// <param name=\"tool\">The tool.</param>");
        w.Line("/// <returns>True when the agent may use the tool.</returns>");
        w.Line($"public static bool CanUse({s.Shared("AgentTool")} tool) {{ return Definition.CanUse(tool); }}");
        w.Close();
        return GeneratedFile.End(w);
    }

    private const string Pair = "global::System.Collections.Generic.KeyValuePair<string, string>";

    private static string[] Arguments(AgentEmitModel model)
    {
        var a = model.Agent;
        var s = model.Settings;
        return new[]
        {
            "name: Name",
            "description: Description",
            "prompt: Prompt",
            "model: Model",
            "tools: " + (a.Tools is { } tools ? Strings(tools) : "null"),
            "disallowedTools: " + Strings(a.DisallowedTools),
            "permissionMode: " + ValueEnumsEmitter.MemberOrNull(ValueEnumsEmitter.PermissionMode, a.PermissionMode, s),
            "maxTurns: " + (a.MaxTurns?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"),
            "skills: " + Strings(a.Skills),
            "mcpServers: " + Array(s.Shared("AgentMcpServer"), a.McpServers.Select(m => $"new {s.Shared("AgentMcpServer")}({CSharpText.Literal(m.Name)}, {CSharpText.Literal(m.ConfigJson)})")),
            "hooksJson: HooksJson",
            "memory: " + ValueEnumsEmitter.MemberOrNull(ValueEnumsEmitter.Memory, a.Memory, s),
            "background: Background",
            "effort: " + ValueEnumsEmitter.MemberOrNull(ValueEnumsEmitter.Effort, a.Effort, s),
            "isolation: Isolation",
            "color: " + ValueEnumsEmitter.MemberOrNull(ValueEnumsEmitter.Color, a.Color, s),
            "initialPrompt: InitialPrompt",
            "metadata: " + Array(Pair, a.Metadata.Select(m => $"new {Pair}({CSharpText.Literal(m.Key)}, {CSharpText.Literal(m.Value)})")),
            "sourcePath: SourcePath",
        };
    }

    private static string ModelKind(string? model) => model switch
    {
        null or "inherit" => "Inherit",
        "sonnet" => "Sonnet",
        "opus" => "Opus",
        "haiku" => "Haiku",
        "fable" => "Fable",
        _ => "Custom",
    };

    private static string Strings(EquatableArray<string> values) => Array("string", values.Select(CSharpText.Literal));

    private static string Array(string type, System.Collections.Generic.IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? $"new {type}[0]" : $"new {type}[] {{ {string.Join(", ", list)} }}";
    }

    private static void Const(SourceWriter w, string summaryXml, string type, string name, string value)
    {
        w.DocXml("summary", summaryXml);
        w.Line($"public const {type} {name} = {value};");
        w.Line();
    }

    private static void Forward(SourceWriter w, string summaryXml, string type, string name)
    {
        w.DocXml("summary", summaryXml);
        w.Line($"public static {type} {name} {{ get {{ return Definition.{name}; }} }}");
        w.Line();
    }
}
