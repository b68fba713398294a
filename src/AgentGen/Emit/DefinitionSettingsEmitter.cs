using System.Collections.Generic;
using System.Linq;
using AgentGen.Model;
using AgentGen.Schema;

namespace AgentGen.Emit;

/// <summary>
/// The part of <c>AgentDefinition</c> that follows the format, emitted from <see cref="AgentSchema"/>: a property per key
/// (and per known sub-key), the reading of each key from an agent's settings JSON, and the mapping of each value set's
/// spellings (aliases included) to its enum. The fixed part is Runtime/AgentDefinition.cs.
/// </summary>
internal static class DefinitionSettingsEmitter
{
    private const string List = "global::System.Collections.Generic.IReadOnlyList";

    public static void Write(SourceWriter w, EmitSettings s)
    {
        w.Line(GeneratedFile.Attribute);
        w.Open($"{s.Visibility} sealed partial class AgentDefinition");
        var keys = SettingKeys.All;
        foreach (var (key, dataKey, _) in keys)
        {
            WriteProperty(w, s, key, dataKey);
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
        foreach (var set in AgentSchema.ValueSets)
        {
            w.Line();
            WriteMapping(w, s, set);
        }

        w.Close();
    }

    private static void WriteProperty(SourceWriter w, EmitSettings s, KeySpec key, string dataKey)
    {
        var (type, initializer) = PropertyType(key, s);
        w.DocXml("summary", $"{CSharpText.XmlDoc(key.Doc)} Frontmatter key <c>{dataKey}</c>.");
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
        ValueShape.Boolean => ("bool", string.Empty),
        ValueShape.PositiveInteger => ("int?", string.Empty),
        ValueShape.ToolList or ValueShape.TextList when key.AbsentMeansAll => (s.Nullable(List + "<string>"), string.Empty),
        ValueShape.ToolList or ValueShape.TextList => (List + "<string>", " = NoStrings;"),
        ValueShape.McpServers => ($"{List}<{s.Shared("AgentMcpServer")}>", $" = new global::System.Collections.ObjectModel.ReadOnlyCollection<{s.Shared("AgentMcpServer")}>(new {s.Shared("AgentMcpServer")}[0]);"),
        _ => (s.Nullable("string"), string.Empty),
    };

    private static string ReadStatement(KeySpec key) => key.Shape switch
    {
        ValueShape.Choice when key.Values!.OtherMember is not null => $"{key.Property} = reader.ReadString(); {key.Property}Kind = To{key.Values.EnumName}({key.Property});",
        ValueShape.Choice => $"{key.Property} = To{key.Values!.EnumName}(reader.ReadString());",
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
