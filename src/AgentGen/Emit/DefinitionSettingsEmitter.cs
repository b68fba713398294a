using System.Collections.Generic;
using System.Linq;
using AgentGen.Model;
using AgentGen.Schema;

namespace AgentGen.Emit;

/// <summary>
/// The parts of <c>AgentDefinition</c> and <c>SkillDefinition</c> that follow the format, emitted from
/// <see cref="AgentSchema"/>: a property per key of the kind (and per known sub-key), the reading of each key from a
/// document's settings JSON, and (on AgentDefinition, used by both) the mapping of each value set's spellings (aliases
/// included) to its enum. The fixed parts are Runtime/AgentDefinition.cs and Runtime/SkillDefinition.cs.
/// </summary>
internal static class DefinitionSettingsEmitter
{
    private const string List = "global::System.Collections.Generic.IReadOnlyList";

    public static void Write(SourceWriter w, EmitSettings s)
    {
        Write(w, s, "AgentDefinition", SettingKeys.All, mappings: true);
        w.Line();
        Write(w, s, "SkillDefinition", SettingKeys.Skills, mappings: false);
    }

    private static void Write(SourceWriter w, EmitSettings s, string type, IReadOnlyList<SettingKey> keys, bool mappings)
    {
        w.Line(GeneratedFile.Attribute);
        w.Open($"{s.Visibility} sealed partial class {type}");
        foreach (var (key, dataKey, _) in keys)
        {
            WriteProperty(w, s, key, dataKey, type == "SkillDefinition" ? key.SkillDoc ?? key.Doc : key.Doc);
        }

        w.Open("private bool ReadSetting(string key, AgentJsonReader reader)");
        w.Open("switch (key)");
        foreach (var (key, dataKey, _) in keys)
        {
            w.Line($"case {CSharpText.Literal(dataKey)}:");
            w.Line("    " + ReadStatement(key));
            w.Line("    return true;");
        }

        w.Line("default:");
        w.Line("    return false;");
        w.Close();
        w.Close();
        foreach (var set in mappings ? AgentSchema.ValueSets : Enumerable.Empty<ValueSet>())
        {
            w.Line();
            WriteMapping(w, s, set);
        }

        w.Close();
    }

    private static void WriteProperty(SourceWriter w, EmitSettings s, KeySpec key, string dataKey, string doc)
    {
        var (type, initializer) = PropertyType(key, s);
        w.DocXml("summary", $"{CSharpText.XmlDoc(doc)} Frontmatter key <c>{dataKey}</c>.");
        w.Line($"public {type} {key.Property} {{ get; private set; }}{initializer}");
        w.Line();
        if (key.Values is { OtherMember: not null } set)
        {
            w.DocXml("summary", $"The <c>{dataKey}</c> value as an enum: {(set.AbsentMember is null ? string.Empty : $"<see cref=\"{set.EnumName}.{set.AbsentMember}\"/> when absent, ")}<see cref=\"{set.EnumName}.{set.OtherMember}\"/> for any other value.");
            var absent = set.AbsentMember is null ? string.Empty : $" = {s.Shared(set.EnumName)}.{set.AbsentMember};";
            w.Line($"public {s.Shared(set.EnumName)} {key.Property}Kind {{ get; private set; }}{absent}");
            w.Line();
        }
    }

    private static (string Type, string Initializer) PropertyType(KeySpec key, EmitSettings s) => key.Shape switch
    {
        ValueShape.Choice when key.Values!.OtherMember is null => (s.Shared(key.Values.EnumName) + "?", string.Empty),
        ValueShape.Boolean => ("bool", key.AbsentMeansTrue ? " = true;" : string.Empty),
        ValueShape.PositiveInteger => ("int?", string.Empty),
        ValueShape.ToolList or ValueShape.TextList when key.AbsentMeansAll => (s.Nullable(List + "<string>"), string.Empty),
        ValueShape.ToolList or ValueShape.TextList => (List + "<string>", " = NoStrings;"),
        ValueShape.McpServers => ($"{List}<{s.Shared("AgentMcpServer")}>", $" = new global::System.Collections.ObjectModel.ReadOnlyCollection<{s.Shared("AgentMcpServer")}>(new {s.Shared("AgentMcpServer")}[0]);"),
        _ => (s.Nullable("string"), string.Empty),
    };

    private static string ReadStatement(KeySpec key) => key.Shape switch
    {
        ValueShape.Choice when key.Values!.OtherMember is not null => $"{key.Property} = reader.ReadString(); {key.Property}Kind = AgentDefinition.To{key.Values.EnumName}({key.Property});",
        ValueShape.Choice => $"{key.Property} = AgentDefinition.To{key.Values!.EnumName}(reader.ReadString());",
        ValueShape.Boolean => $"{key.Property} = reader.ReadBoolean();",
        ValueShape.PositiveInteger => $"{key.Property} = reader.ReadInt32();",
        ValueShape.ToolList or ValueShape.TextList => $"{key.Property} = reader.ReadStrings();",
        ValueShape.McpServers => $"{key.Property} = AgentMcpServer.ReadList(reader);",
        ValueShape.Hooks or ValueShape.Mapping => $"{key.Property} = reader.ReadRaw();",
        _ => $"{key.Property} = reader.ReadString();",
    };

    /// <summary>A value's enum member: its canonical spelling or an alias; the set's member for other values, or null.</summary>
    private static void WriteMapping(SourceWriter w, EmitSettings s, ValueSet set)
    {
        var type = s.Shared(set.EnumName);
        var returnType = set.OtherMember is null ? type + "?" : type;
        // Internal: the chat layer resolves model ids with ToAgentModel, the one reading of model values.
        w.Open($"internal static {returnType} To{set.EnumName}({s.Nullable("string")} value)");
        w.Open("switch (value)");
        if (set.AbsentMember is not null)
        {
            w.Line("case null:");
            w.Line($"    return {type}.{set.AbsentMember};");
        }

        foreach (var value in set.Values)
        {
            foreach (var spelling in value.Aliases.Insert(0, value.Value))
            {
                w.Line($"case {CSharpText.Literal(spelling)}:");
            }

            w.Line($"    return {type}.{value.Member};");
        }

        w.Line("default:");
        w.Line(set.OtherMember is null ? "    return null;" : $"    return {type}.{set.OtherMember};");
        w.Close();
        w.Close();
    }
}
