using System.Globalization;
using System.Text;
using AgentGen.Helpers;
using Microsoft.CodeAnalysis.CSharp;

namespace AgentGen.Naming;

/// <summary>
/// The naming policy: arbitrary names (agent names, tool names, folders, namespaces) to valid C# identifiers. A
/// <see cref="Pascal"/> name never contains '_' except as a leading escape for a name that starts with a digit, so
/// suffixes of the form <c>_2</c> added to resolve collisions can never produce another natural identifier.
/// </summary>
internal static class Identifiers
{
    /// <summary>Longest base identifier; leaves room for suffixes within C#'s 512-character limit.</summary>
    public const int MaxBaseLength = 400;

    /// <summary>
    /// <c>backend-dev</c> becomes <c>BackendDev</c>, <c>mcp__context7__get-docs</c> becomes <c>McpContext7GetDocs</c>. Never a
    /// keyword, so never '@'-escaped: C# keywords are lowercase ASCII, and the result starts with an uppercase letter, a
    /// caseless letter or '_'.
    /// </summary>
    public static string Pascal(string name, string fallback)
    {
        var builder = new StringBuilder(name.Length);
        var upperNext = true;
        foreach (var c in name)
        {
            if (c != '_' && SyntaxFacts.IsIdentifierPartCharacter(c) && !IsFormatting(c))
            {
                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        if (builder.Length == 0)
        {
            builder.Append(fallback);
        }

        if (!SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var identifier = builder.ToString();
        if (identifier.Length > MaxBaseLength)
        {
            // Keep long names distinct: the cut-off part is represented by a stable hash of the whole name.
            identifier = identifier.Substring(0, MaxBaseLength - 9) + "X" + StableHash.Hex8(name);
        }

        return identifier;
    }

    /// <summary>A dotted namespace whose every part is a valid identifier (<c>My-App.Agents</c> becomes <c>MyApp.Agents</c>).</summary>
    public static string Namespace(string value)
    {
        var parts = value.Split('.');
        var builder = new StringBuilder(value.Length);
        foreach (var part in parts)
        {
            if (part.Trim().Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            var identifier = Clean(part.Trim());
            builder.Append(identifier);
        }

        return builder.Length == 0 ? "Agents" : builder.ToString();
    }

    /// <summary>A hint name made of ASCII letters, digits, '.' and '_' only, short enough for any file system.</summary>
    public static string HintSafe(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c < 128 && (char.IsLetterOrDigit(c) || c == '.' || c == '_') ? c : '_');
        }

        var hint = builder.ToString();
        return hint.Length <= 80 ? hint : hint.Substring(0, 71) + "_" + StableHash.Hex8(value);
    }

    /// <summary>A namespace part keeps its own spelling (case and underscores) but loses invalid characters.</summary>
    private static string Clean(string part)
    {
        var builder = new StringBuilder(part.Length);
        foreach (var c in part)
        {
            if (SyntaxFacts.IsIdentifierPartCharacter(c) && !IsFormatting(c))
            {
                builder.Append(c);
            }
        }

        if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var identifier = builder.Length > MaxBaseLength ? builder.ToString(0, MaxBaseLength) : builder.ToString();
        return SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;
    }

    /// <summary>Formatting characters (zero-width joiners, bidi marks) are legal in identifiers but invisible: drop them.</summary>
    private static bool IsFormatting(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
