using System.Text;
using AgentGen.Parsing;
using AgentGen.Schema;

namespace AgentGen.Generation;

/// <summary>
/// Writes a document's keys other than name and description as the compact JSON its generated <c>AgentDefinition</c> or
/// <c>SkillDefinition</c> reads on first use (Emit/DefinitionSettingsEmitter.cs reads it back with the same
/// <see cref="SettingKeys"/>): one string constant per document is far cheaper to compile than the code that would build
/// the same values. Keys in the table's order; known sub-keys flattened (<c>experimental.cacheTtl</c>); custom keys under
/// <c>$custom</c>, the source path under <c>$source</c>, a command's subfolder under <c>$group</c>.
/// </summary>
internal static class SettingsJsonWriter
{
    public static string Write(AgentDocument document, string sourcePath, string? group = null)
    {
        var json = new StringBuilder("{");
        foreach (var (key, dataKey, parent) in SettingKeys.Of(document.Kind))
        {
            var value = parent is null ? document[key] : SubValue(document, parent, key);
            if (value is not null)
            {
                Property(json, dataKey);
                WriteValue(json, value);
            }
        }

        if (document.CustomKeys.Length > 0)
        {
            Property(json, "$custom");
            json.Append('{');
            for (var i = 0; i < document.CustomKeys.Length; i++)
            {
                if (i > 0)
                {
                    json.Append(',');
                }

                YamlJson.WriteString(document.CustomKeys[i].Key, json);
                json.Append(':');
                YamlJson.WriteString(document.CustomKeys[i].Value, json);
            }

            json.Append('}');
        }

        Property(json, "$source");
        YamlJson.WriteString(sourcePath, json);
        if (group is { Length: > 0 })
        {
            Property(json, "$group");
            YamlJson.WriteString(group, json);
        }

        return json.Append('}').ToString();
    }

    private static FrontmatterValue? SubValue(AgentDocument document, KeySpec parent, KeySpec key)
    {
        if (document[parent] is not { } mapping)
        {
            return null;
        }

        foreach (var value in mapping.SubValues)
        {
            if (value.Key == key)
            {
                return value;
            }
        }

        return null;
    }

    private static void WriteValue(StringBuilder json, FrontmatterValue value)
    {
        switch (value.Key.Shape)
        {
            case ValueShape.Boolean:
                json.Append(value.Flag ? "true" : "false");
                break;
            case ValueShape.PositiveInteger:
                json.Append(value.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ValueShape.ToolList:
                json.Append('[');
                for (var i = 0; i < value.Tools!.Entries.Count; i++)
                {
                    json.Append(i > 0 ? "," : string.Empty);
                    YamlJson.WriteString(value.Tools.Entries[i].Text, json);
                }

                json.Append(']');
                break;
            case ValueShape.TextList:
                json.Append('[');
                for (var i = 0; i < value.Items.Length; i++)
                {
                    json.Append(i > 0 ? "," : string.Empty);
                    YamlJson.WriteString(value.Items[i].Value, json);
                }

                json.Append(']');
                break;
            case ValueShape.McpServers or ValueShape.Hooks or ValueShape.Mapping:
                json.Append(value.Json);
                break;
            default:
                YamlJson.WriteString(value.Text!, json);
                break;
        }
    }

    private static void Property(StringBuilder json, string name)
    {
        if (json.Length > 1)
        {
            json.Append(',');
        }

        YamlJson.WriteString(name, json);
        json.Append(':');
    }
}
