using System.Collections.Generic;
using System.Linq;
using System.Text;
using AgentGen.Model;
using AgentGen.Parsing;

namespace AgentGen.Emit;

/// <summary>
/// The JSON schema of a tool's arguments, written at compile time from its <see cref="ToolType"/> tables (the shape
/// Microsoft.Extensions.AI infers at run time by reflection): visible in the generated code, nothing to infer at start-up.
/// </summary>
internal static class ToolSchemaWriter
{
    private const string TimeSpanPattern = "^-?(\\\\d+\\\\.)?\\\\d{2}:\\\\d{2}:\\\\d{2}(\\\\.\\\\d{1,7})?$";

    public static string Write(ToolImplementation implementation, IReadOnlyDictionary<string, ToolType> types)
    {
        var json = new StringBuilder("{\"type\":\"object\",\"properties\":{");
        var stack = new HashSet<string>();
        var first = true;
        foreach (var parameter in implementation.Parameters.Where(p => p.Source == ToolParameterSource.Model))
        {
            Property(json, ref first, parameter.JsonName, parameter.Type, parameter.Description, types, stack);
        }

        json.Append('}');
        Required(json, implementation.Parameters.Where(p => p.Source == ToolParameterSource.Model && p.IsRequired).Select(p => p.JsonName));
        return json.Append('}').ToString();
    }

    private static void Property(StringBuilder json, ref bool first, string name, string type, string? description, IReadOnlyDictionary<string, ToolType> types, HashSet<string> stack)
    {
        if (!first)
        {
            json.Append(',');
        }

        first = false;
        YamlJson.WriteString(name, json);
        json.Append(':');
        Schema(json, type, description, types, stack);
    }

    private static void Schema(StringBuilder json, string key, string? description, IReadOnlyDictionary<string, ToolType> types, HashSet<string> stack)
    {
        var members = Members(key, types, stack);
        json.Append('{');
        if (description is not null)
        {
            json.Append("\"description\":");
            YamlJson.WriteString(description, json);
            if (members.Length > 0)
            {
                json.Append(',');
            }
        }

        json.Append(members).Append('}');
    }

    /// <summary>A type's schema without its braces: empty for any JSON (JsonElement, object).</summary>
    private static string Members(string key, IReadOnlyDictionary<string, ToolType> types, HashSet<string> stack)
    {
        if (!types.TryGetValue(key, out var type))
        {
            return Primitive(key);
        }

        var json = new StringBuilder();
        switch (type.Kind)
        {
            case ToolTypeKind.Enum:
                json.Append("\"type\":\"string\",\"enum\":[");
                json.Append(string.Join(",", type.EnumMembers.Select(m => "\"" + m + "\"")));
                json.Append(']');
                break;
            case ToolTypeKind.Nullable:
                json.Append(Members(type.Element!, types, stack)); // described as its value; null is accepted too
                break;
            case ToolTypeKind.Array or ToolTypeKind.List:
                json.Append("\"type\":\"array\",\"items\":");
                Schema(json, type.Element!, null, types, stack);
                break;
            case ToolTypeKind.Dictionary:
                json.Append("\"type\":\"object\",\"additionalProperties\":");
                Schema(json, type.Element!, null, types, stack);
                break;
            case ToolTypeKind.Object:
                json.Append("\"type\":\"object\"");
                if (stack.Add(key))
                {
                    // A type inside itself is described once: its inner occurrences are plain objects.
                    json.Append(",\"properties\":{");
                    var first = true;
                    foreach (var parameter in type.ConstructorParameters)
                    {
                        Property(json, ref first, parameter.JsonName, parameter.Type, parameter.Description, types, stack);
                    }

                    foreach (var property in type.Properties.Where(p => p.Assign != ToolPropertyAssignment.None))
                    {
                        Property(json, ref first, property.JsonName, property.Type, property.Description, types, stack);
                    }

                    json.Append('}');
                    Required(json, type.ConstructorParameters.Where(p => p.IsRequired).Select(p => p.JsonName).Concat(type.Properties.Where(p => p.IsRequired).Select(p => p.JsonName)));
                    stack.Remove(key);
                }

                break;
        }

        return json.ToString();
    }

    private static void Required(StringBuilder json, IEnumerable<string> names)
    {
        var list = names.Distinct(System.StringComparer.Ordinal).ToList();
        if (list.Count > 0)
        {
            json.Append(",\"required\":[");
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0)
                {
                    json.Append(',');
                }

                YamlJson.WriteString(list[i], json);
            }

            json.Append(']');
        }
    }

    /// <summary>The schema members of a built-in value, by its type key (JsonElement and object: any JSON).</summary>
    private static string Primitive(string key) => key switch
    {
        "string" => "\"type\":\"string\"",
        "char" => "\"type\":\"string\",\"minLength\":1,\"maxLength\":1",
        "bool" => "\"type\":\"boolean\"",
        "byte" or "sbyte" or "short" or "ushort" or "int" or "uint" or "long" or "ulong" => "\"type\":\"integer\"",
        "float" or "double" or "decimal" => "\"type\":\"number\"",
        "global::System.DateTime" or "global::System.DateTimeOffset" => "\"type\":\"string\",\"format\":\"date-time\"",
        "global::System.Guid" => "\"type\":\"string\",\"format\":\"uuid\"",
        "global::System.TimeSpan" => "\"type\":\"string\",\"pattern\":\"" + TimeSpanPattern + "\"",
        _ => string.Empty,
    };
}
