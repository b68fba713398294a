using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AgentGen.Parsing;

/// <summary>
/// Writes a YAML value as compact JSON text (hooks, inline MCP server configs, structured custom keys).
/// Plain scalars follow YAML 1.2's core schema (null, booleans, numbers); every other scalar is a string.
/// Expansion is bounded: an alias bomb stops at <see cref="YamlLimits.MaxExpandedNodes"/> nodes per file.
/// </summary>
internal static class YamlJson
{
    private static readonly Regex Integer = new(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex JsonNumber = new(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The JSON text, or null when expanding it would exceed <paramref name="budget"/>: the nodes left to write for the
    /// whole document (one budget per file, so that many small expansions cannot add up to an alias bomb).
    /// </summary>
    public static string? Write(YamlNode node, ref int budget)
    {
        var builder = new StringBuilder();
        return WriteNode(node, builder, ref budget, 0) ? builder.ToString() : null;
    }

    public static bool IsBoolean(YamlScalar scalar, out bool value)
    {
        value = false;
        if (!scalar.IsPlain)
        {
            return false;
        }

        switch (scalar.Value)
        {
            case "true" or "True" or "TRUE":
                value = true;
                return true;
            case "false" or "False" or "FALSE":
                return true;
            default:
                return false;
        }
    }

    public static bool IsInteger(YamlScalar scalar, out long value)
    {
        value = 0;
        return scalar.IsPlain && Integer.IsMatch(scalar.Value)
            && long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    private static bool WriteNode(YamlNode node, StringBuilder builder, ref int budget, int depth)
    {
        // Aliases can make a small graph expand exponentially; depth is bounded by the tree builder, but a
        // cycle-free alias chain can still re-enter deep nodes, so both budget and depth are checked here.
        if (--budget < 0 || depth > YamlLimits.MaxDepth)
        {
            return false;
        }

        switch (node)
        {
            case YamlScalar scalar:
                WriteScalar(scalar, builder);
                return true;
            case YamlSequence sequence:
                builder.Append('[');
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    if (!WriteNode(sequence.Items[i], builder, ref budget, depth + 1))
                    {
                        return false;
                    }
                }

                builder.Append(']');
                return true;
            case YamlMapping mapping:
                builder.Append('{');
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    var key = mapping.Entries[i].Key;
                    WriteString(key is YamlScalar keyScalar ? keyScalar.Value : string.Empty, builder);
                    builder.Append(':');
                    if (!WriteNode(mapping.Entries[i].Value, builder, ref budget, depth + 1))
                    {
                        return false;
                    }
                }

                builder.Append('}');
                return true;
            default:
                return false;
        }
    }

    private static void WriteScalar(YamlScalar scalar, StringBuilder builder)
    {
        if (scalar.IsNull)
        {
            builder.Append("null");
        }
        else if (IsBoolean(scalar, out var flag))
        {
            builder.Append(flag ? "true" : "false");
        }
        else if (scalar.IsPlain && scalar.Value.Length < 40 && JsonNumber.IsMatch(scalar.Value))
        {
            // Only numbers JSON can carry as written; YAML-only forms (.5, 0x1F, 007) stay strings.
            builder.Append(scalar.Value);
        }
        else
        {
            WriteString(scalar.Value, builder);
        }
    }

    public static void WriteString(string value, StringBuilder builder)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c < 0x20 || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
