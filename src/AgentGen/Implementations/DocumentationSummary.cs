using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace AgentGen.Implementations;

/// <summary>
/// The text of a method's XML <c>&lt;summary&gt;</c>, read from its <c>///</c> lines (the compiler parses doc comments
/// only when asked to write a documentation file, so the syntax trivia is read as text): tags reduced to their words
/// (<c>&lt;see cref="T:X.Y"/&gt;</c> gives <c>Y</c>), whitespace collapsed.
/// </summary>
internal static class DocumentationSummary
{
    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant);
    private static readonly Regex Tag = new("<[^>]*>", RegexOptions.CultureInvariant);

    public static string? Of(SyntaxNode declaration)
    {
        var lines = new StringBuilder();
        foreach (var trivia in declaration.GetLeadingTrivia())
        {
            foreach (var line in trivia.ToFullString().Split('\n'))
            {
                var text = line.Trim();
                if (text.StartsWith("///", System.StringComparison.Ordinal))
                {
                    lines.Append(text.Substring(3)).Append('\n');
                }
            }
        }

        if (lines.Length == 0)
        {
            return null;
        }

        string summary;
        try
        {
            var element = XElement.Parse("<doc>" + lines + "</doc>").Element("summary");
            summary = element is null ? string.Empty : string.Concat(element.Nodes().Select(Words));
        }
        catch (System.Xml.XmlException)
        {
            // A malformed comment still says something: keep its words without the tags.
            var raw = lines.ToString();
            var start = raw.IndexOf("<summary>", System.StringComparison.Ordinal);
            var end = raw.IndexOf("</summary>", System.StringComparison.Ordinal);
            summary = start >= 0 && end > start ? Tag.Replace(raw.Substring(start + 9, end - start - 9), " ") : string.Empty;
        }

        summary = Whitespace.Replace(summary, " ").Trim();
        return summary.Length == 0 ? null : summary;
    }

    private static string Words(XNode node) => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "see" or "seealso" } see => see.Attribute("langword")?.Value ?? ShortName(see.Attribute("cref")?.Value ?? see.Value),
        XElement { Name.LocalName: "paramref" or "typeparamref" } reference => reference.Attribute("name")?.Value ?? string.Empty,
        XElement element => string.Concat(element.Nodes().Select(Words)),
        _ => string.Empty,
    };

    private static string ShortName(string cref)
    {
        var name = cref.Contains(':') ? cref.Substring(cref.IndexOf(':') + 1) : cref;
        var paren = name.IndexOf('(');
        name = paren >= 0 ? name.Substring(0, paren) : name;
        return name.Substring(name.LastIndexOf('.') + 1);
    }
}
