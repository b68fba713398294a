using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using AgentGen.Diagnostics;
using AgentGen.Runtime;

namespace AgentGen.Parsing;

/// <summary>
/// Checks of the text itself rather than of the frontmatter's structure: the prompt's placeholders (AGEN032, AGEN033),
/// Jinja or Liquid syntax in it (AGEN038),
/// the description's example tags (AGEN034) and text saved with the wrong encoding (AGEN035). The prompt and the
/// description are read by the same readers the generated code uses at run time (Runtime/AgentPromptTemplate.cs,
/// Runtime/AgentExamples.cs), so the build reports exactly what run time does.
/// </summary>
internal static class TextChecks
{
    /// <summary>The example tags reported per description: the first ones say what is wrong; thousands would bury them.</summary>
    private const int MaxExampleProblems = 20;

    /// <summary>Braces that are not placeholders, in a prompt that has placeholders (elsewhere braces are just text).</summary>
    /// <returns>The prompt's placeholders, in order of first use.</returns>
    public static ImmutableArray<string> Prompt(string text, int promptStart, List<Problem> problems)
    {
        var template = AgentPromptTemplate.Parse(text.Substring(promptStart));
        foreach (var finding in template.Findings)
        {
            var written = text.Substring(promptStart + finding.Start, finding.Length);
            if (TemplateLanguageKind(finding.Kind) is { } kind)
            {
                // Jinja or Liquid is never rendered, so it is reported in any prompt; the other findings only where the
                // prompt has placeholders (elsewhere braces are just text).
                problems.Add(new Problem(DiagnosticDescriptors.TemplateLanguage, promptStart + finding.Start, finding.Length, written, kind));
            }
            else if (template.Placeholders.Count > 0)
            {
                problems.Add(finding.Kind == AgentPromptTemplate.FindingKind.InvalidPath
                    ? new Problem(DiagnosticDescriptors.InvalidPlaceholder, promptStart + finding.Start, finding.Length, written)
                    : new Problem(DiagnosticDescriptors.MustacheForm, promptStart + finding.Start, finding.Length, written, MustacheKind(written)));
            }
        }

        if (template.Placeholders.Count == 0)
        {
            return ImmutableArray<string>.Empty;
        }

        if (PromptLimits.Excess(template.Placeholders) is { } excess)
        {
            // At the placeholder as written (spaces inside the braces allowed), else at its path.
            var at = text.IndexOf("{{" + excess.Placeholder + "}}", promptStart, System.StringComparison.Ordinal);
            at = at >= 0 ? at : text.IndexOf(excess.Placeholder, promptStart, System.StringComparison.Ordinal);
            var shown = excess.Placeholder.Length > 80 ? excess.Placeholder.Substring(0, 77) + "..." : excess.Placeholder;
            problems.Add(new Problem(DiagnosticDescriptors.PromptArgumentsLimit, at < 0 ? promptStart : at, at < 0 ? 0 : excess.Placeholder.Length, shown, excess.Limit));
        }

        return template.Placeholders.ToImmutableArray();
    }

    /// <summary>Example tags that are not closed, nested or not opened, located at the tag in the file.</summary>
    /// <returns>Whether the description has examples.</returns>
    public static bool Description(string text, Located<string> description, List<Problem> problems)
    {
        var examples = AgentExamples.Parse(description.Value);
        foreach (var problem in examples.Problems.Take(MaxExampleProblems))
        {
            // The description may be escaped in the file: the tag is found as the same occurrence of its text.
            var tag = description.Value.Substring(problem.Start, problem.Length);
            var occurrence = Occurrence(description.Value, tag, problem.Start);
            var start = Find(text, tag, description.Start, description.Start + description.Length, occurrence) ?? description.Start;
            var message = problem.Kind switch
            {
                AgentExamples.ProblemKind.Unclosed => $"'{tag}' is never closed: add '</example>' where the example ends; until then it is not one of the agent's examples",
                AgentExamples.ProblemKind.Nested => $"'{tag}' opens an example inside another one, and examples do not nest: end the first with '</example>' before this tag, or remove this tag",
                _ => $"'{tag}' closes an example that was not opened: add '<example>' where it starts, or remove it",
            };
            problems.Add(new Problem(DiagnosticDescriptors.ExampleTag, start, tag.Length, message));
        }

        return examples.All.Count > 0;
    }

    /// <summary>Mis-decoded text: the first damaged run of each line, a few lines, then one summary.</summary>
    public static void Encoding(string text, List<Problem> problems)
    {
        var report = MojibakeReport.Create(text);
        foreach (var finding in report.Findings)
        {
            var run = finding.Run;
            var more = finding.RunsOnLine > 1 ? $" (and {finding.RunsOnLine - 1} more on this line)" : string.Empty;
            problems.Add(new Problem(DiagnosticDescriptors.WrongEncoding, run.Start, run.Length,
                $"'{Visible(run.Damaged)}' is '{Visible(run.Repaired)}' saved with the wrong encoding (UTF-8 read as {run.EncodingName}){more}: replace it with '{Visible(run.Repaired)}'"));
        }

        if (report.MoreLines > 0)
        {
            var start = LineStart(text, report.FirstMoreLine);
            problems.Add(new Problem(DiagnosticDescriptors.WrongEncoding, start, 0,
                $"{report.MoreLines} more lines have text saved with the wrong encoding, from line {report.FirstMoreLine.ToString(CultureInfo.InvariantCulture)} on: repair them as the lines above"));
        }
    }

    private static string? TemplateLanguageKind(AgentPromptTemplate.FindingKind kind) => kind switch
    {
        AgentPromptTemplate.FindingKind.Filter => "a filter",
        AgentPromptTemplate.FindingKind.Tag => "a tag",
        AgentPromptTemplate.FindingKind.WhitespaceControl => "whitespace control",
        _ => null,
    };

    private static string MustacheKind(string written)
    {
        if (written.StartsWith("{{{", System.StringComparison.Ordinal))
        {
            return "unescaped value (triple braces)";
        }

        return written.Substring(2).TrimStart()[0] switch
        {
            '#' => "section",
            '^' => "inverted section",
            '/' => "section end",
            '>' => "partial",
            '!' => "comment",
            _ => "unescaped value",
        };
    }

    /// <summary>Invisible characters (such as the private-use U+F8FF a Mac Roman round trip leaves) written as U+XXXX.</summary>
    private static string Visible(string text)
    {
        var visible = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.PrivateUse or UnicodeCategory.Format or UnicodeCategory.Control || (category == UnicodeCategory.SpaceSeparator && c != ' '))
            {
                visible.Append("<U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('>');
            }
            else
            {
                visible.Append(c);
            }
        }

        return visible.ToString();
    }

    private static int Occurrence(string value, string tag, int at)
    {
        var count = 0;
        for (var i = value.IndexOf(tag, System.StringComparison.Ordinal); i >= 0 && i < at; i = value.IndexOf(tag, i + 1, System.StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static int? Find(string text, string tag, int start, int end, int occurrence)
    {
        for (var i = start; i >= 0 && i < end; i++)
        {
            i = text.IndexOf(tag, i, end - i, System.StringComparison.Ordinal);
            if (i < 0)
            {
                return null;
            }

            if (occurrence-- == 0)
            {
                return i;
            }
        }

        return null;
    }

    private static int LineStart(string text, int line)
    {
        var at = 0;
        for (var current = 1; current < line && at < text.Length; current++)
        {
            var next = text.IndexOfAny(new[] { '\n', '\r' }, at);
            if (next < 0)
            {
                return text.Length;
            }

            at = text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? next + 2 : next + 1;
        }

        return at;
    }
}
