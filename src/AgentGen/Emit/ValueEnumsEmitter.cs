using System.Collections.Generic;
using AgentGen.Model;
using AgentGen.Parsing;

namespace AgentGen.Emit;

/// <summary>
/// The enums for frontmatter values with a fixed set (model, permission mode, effort, memory, color), and the mapping
/// from a frontmatter value to an enum member, shared by the emitters so both sides agree.
/// </summary>
internal static class ValueEnumsEmitter
{
    public static readonly ValueEnum Model = new("AgentModel", "The model an agent runs on: an alias, or <see cref=\"Custom\"/> for a full model id.",
        new[] { ("Inherit", "inherit", "Uses the model of the conversation that spawns the agent (the default)."), ("Sonnet", "sonnet", "The Sonnet model alias."), ("Opus", "opus", "The Opus model alias."), ("Haiku", "haiku", "The Haiku model alias."), ("Fable", "fable", "The Fable model alias."), ("Custom", "", "A full model id, such as claude-opus-4-6; see AgentDefinition.Model.") });

    public static readonly ValueEnum PermissionMode = new("AgentPermissionMode", "How the agent asks for permission (the frontmatter key permissionMode).",
        new[] { ("Default", "default", "Asks as configured (also written 'manual')."), ("AcceptEdits", "acceptEdits", "Accepts file edits without asking."), ("Auto", "auto", "Decides automatically."), ("DontAsk", "dontAsk", "Never asks; denies what is not allowed."), ("BypassPermissions", "bypassPermissions", "Skips permission checks."), ("Plan", "plan", "Plans without making changes.") });

    public static readonly ValueEnum Effort = new("AgentEffort", "How much reasoning effort the agent spends (the frontmatter key effort).",
        new[] { ("Low", "low", "Low effort."), ("Medium", "medium", "Medium effort."), ("High", "high", "High effort."), ("XHigh", "xhigh", "Extra high effort."), ("Max", "max", "Maximum effort.") });

    public static readonly ValueEnum Memory = new("AgentMemory", "Where the agent keeps its memory (the frontmatter key memory).",
        new[] { ("User", "user", "Memory of the user, across projects."), ("Project", "project", "Memory shared by the project."), ("Local", "local", "Memory local to this checkout.") });

    public static readonly ValueEnum Color = new("AgentColor", "The color an agent is shown in (the frontmatter key color).",
        new[] { ("Red", "red", "Red."), ("Blue", "blue", "Blue."), ("Green", "green", "Green."), ("Yellow", "yellow", "Yellow."), ("Purple", "purple", "Purple."), ("Orange", "orange", "Orange."), ("Pink", "pink", "Pink."), ("Cyan", "cyan", "Cyan.") });

    public static IEnumerable<ValueEnum> All => new[] { Model, PermissionMode, Effort, Memory, Color };

    public static void Write(SourceWriter writer, ValueEnum valueEnum, EmitSettings settings)
    {
        writer.DocXml("summary", valueEnum.Summary);
        writer.Line(GeneratedFile.Attribute);
        writer.Open($"{settings.Visibility} enum {valueEnum.Name}");
        for (var i = 0; i < valueEnum.Members.Length; i++)
        {
            if (i > 0)
            {
                writer.Line();
            }

            writer.Summary(valueEnum.Members[i].Summary);
            writer.Line(valueEnum.Members[i].Member + ",");
        }

        writer.Close();
    }

    /// <summary>The fully qualified member for a frontmatter value, or "null" when absent or outside the set.</summary>
    public static string MemberOrNull(ValueEnum valueEnum, string? value, EmitSettings settings)
    {
        if (value == "manual" && valueEnum == PermissionMode)
        {
            value = "default";
        }

        foreach (var (member, text, _) in valueEnum.Members)
        {
            if (text.Length > 0 && text == value)
            {
                return settings.Shared(valueEnum.Name) + "." + member;
            }
        }

        return "null";
    }

    internal sealed class ValueEnum
    {
        public ValueEnum(string name, string summary, (string Member, string Value, string Summary)[] members)
        {
            Name = name;
            Summary = summary;
            Members = members;
        }

        public string Name { get; }

        public string Summary { get; }

        public (string Member, string Value, string Summary)[] Members { get; }
    }
}
