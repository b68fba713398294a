using System.Globalization;
using System.Text;

namespace AgentGen.Emit;

/// <summary>Escaping of arbitrary text into C# string literals and XML documentation comments.</summary>
internal static class CSharpText
{
    /// <summary>
    /// A regular (never verbatim or raw) string literal. Everything that could end the literal, end the line, or
    /// hide in the source (line separators, bidi controls, lone surrogates, NUL) is written as an escape.
    /// </summary>
    public static string Literal(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 16);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c <= '~' && c != '"' && c != '\\')
            {
                // Printable ASCII, most of any prompt: no lookup needed.
                builder.Append(c);
                continue;
            }

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
                case '\0':
                    builder.Append("\\0");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Text for an XML doc comment: XML-escaped, one string per comment line ('\n'-separated), with characters that
    /// XML or a '///' line cannot hold replaced by a space.
    /// </summary>
    public static string XmlDoc(string value)
    {
        var builder = new StringBuilder(value.Length + 16);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c <= '~' && c != '&' && c != '<' && c != '>')
            {
                builder.Append(c);
                continue;
            }

            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '\r':
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    builder.Append('\n');
                    break;
                case '\n' or '\u0085' or '\u2028' or '\u2029':
                    builder.Append('\n');
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else
                    {
                        builder.Append(c == '\t' || !NeedsEscape(c) ? c : ' ');
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Control, format (bidi, zero-width), separator, surrogate, private-use and unassigned characters.</summary>
    private static bool NeedsEscape(char c)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return true;
            default:
                return c == '\uFFFE' || c == '\uFFFF';
        }
    }
}
