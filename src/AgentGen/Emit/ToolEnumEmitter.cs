using AgentGen.Model;

namespace AgentGen.Emit;

/// <summary>Emits the <c>AgentTool</c> enum and <c>AgentTools</c> (name mapping): one file for the whole compilation.</summary>
internal static class ToolEnumEmitter
{
    public const string HintName = "AgentGen.AgentTool.g.cs";

    public static string Emit(ToolSetModel model)
    {
        var s = model.Settings;
        var w = GeneratedFile.Start(s, s.SharedNamespace);
        w.Summary("Every tool an agent can name: Claude Code's built-in tools (current and legacy names), the tools named in this project's agent files, and the extra tools declared in the MSBuild property AgentGenExtraTools. Member values follow the names' order and may change when tools are added; store names (ToToolName), not numbers.");
        w.Line(GeneratedFile.Attribute);
        w.Open($"{s.Visibility} enum AgentTool");
        for (var i = 0; i < model.Members.Count; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            w.DocXml("summary", $"The tool <c>{CSharpText.XmlDoc(model.Members[i].Name)}</c>.");
            w.Line(model.Members[i].Identifier + ",");
        }

        w.Close();
        w.Line();
        w.Summary("Maps AgentTool members to and from the tool names used in agent files and by the runtimes.");
        w.Line(GeneratedFile.Attribute);
        w.Open($"{s.Visibility} static partial class AgentTools");
        w.Line($"private static readonly {s.Shared("AgentTool")}[] AllTools = new {s.Shared("AgentTool")}[]");
        w.Line("{");
        foreach (var member in model.Members)
        {
            w.Line($"    {s.Shared("AgentTool")}.{member.Identifier},");
        }

        w.Line("};");
        w.Line();
        w.Summary("Every member of AgentTool, in declaration order.");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{s.Shared("AgentTool")}> All {{ get; }} = new global::System.Collections.ObjectModel.ReadOnlyCollection<{s.Shared("AgentTool")}>(AllTools);");
        w.Line();
        w.Summary("The tool's name as written in agent files, such as Bash or mcp__github__create_issue.");
        w.Line("/// <param name=\"tool\">The tool.</param>");
        w.Line("/// <returns>The tool's name.</returns>");
        w.Open($"public static string ToToolName(this {s.Shared("AgentTool")} tool)");
        w.Open("switch (tool)");
        foreach (var member in model.Members)
        {
            w.Line($"case {s.Shared("AgentTool")}.{member.Identifier}: return {CSharpText.Literal(member.Name)};");
        }

        w.Line("default: throw new global::System.ArgumentOutOfRangeException(\"tool\", tool, \"Not an AgentTool member.\");");
        w.Close();
        w.Close();
        w.Line();
        w.Summary("Finds the AgentTool member for a tool name (case-sensitive, as tool names are).");
        w.Line("/// <param name=\"name\">The tool's name, such as Read.</param>");
        w.Line("/// <param name=\"tool\">The member, when found.</param>");
        w.Line("/// <returns>True when the name is a member's tool name.</returns>");
        w.Open($"public static bool TryParse({s.Nullable("string")} name, out {s.Shared("AgentTool")} tool)");
        w.Open("switch (name)");
        foreach (var member in model.Members)
        {
            w.Line($"case {CSharpText.Literal(member.Name)}: tool = {s.Shared("AgentTool")}.{member.Identifier}; return true;");
        }

        w.Line($"default: tool = default({s.Shared("AgentTool")}); return false;");
        w.Close();
        w.Close();
        w.Close();
        return GeneratedFile.End(w);
    }
}
