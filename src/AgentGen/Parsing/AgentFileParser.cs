using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AgentGen.Diagnostics;

namespace AgentGen.Parsing;

/// <summary>
/// The one parser of agent files, shared by the generator and the analyzer: text in, <see cref="AgentDocument"/> out.
/// Pure (no Roslyn text or file objects), never throws on any input, and locates every problem by offset.
/// </summary>
internal static class AgentFileParser
{
    private const string Delimiter = "---";

    /// <param name="text">The file's text.</param>
    /// <param name="decoderFoundBom">True when the file's decoder consumed a byte order mark the text no longer shows.</param>
    public static AgentDocument Parse(string text, bool decoderFoundBom = false)
    {
        var document = new AgentDocument();
        var problems = new List<Problem>();
        var start = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            start = 1;
            problems.Add(new Problem(DiagnosticDescriptors.ByteOrderMark, 0, 1));
        }
        else if (decoderFoundBom)
        {
            problems.Add(new Problem(DiagnosticDescriptors.ByteOrderMark, 0, 0));
        }

        ParseInto(text, start, document, problems);
        document.Problems = problems.OrderBy(p => p.Start).ThenBy(p => p.Id, System.StringComparer.Ordinal).ToImmutableArray();
        return document;
    }

    private static void ParseInto(string text, int start, AgentDocument document, List<Problem> problems)
    {
        var firstLineEnd = LineContentEnd(text, start);
        if (!IsDelimiter(text, start, firstLineEnd))
        {
            problems.Add(new Problem(DiagnosticDescriptors.NotAnAgentFile, start, firstLineEnd - start));
            return;
        }

        var frontmatterStart = NextLineStart(text, firstLineEnd);
        var closing = -1;
        var lookalike = -1;
        for (var lineStart = frontmatterStart; lineStart < text.Length; lineStart = NextLineStart(text, LineContentEnd(text, lineStart)))
        {
            var lineEnd = LineContentEnd(text, lineStart);
            if (IsDelimiter(text, lineStart, lineEnd))
            {
                closing = lineStart;
                break;
            }

            if (lookalike < 0 && LooksLikeDelimiter(text, lineStart, lineEnd))
            {
                lookalike = lineStart;
            }
        }

        if (closing < 0)
        {
            ReportUnclosed(text, start, firstLineEnd, lookalike, problems);
            return;
        }

        var closingEnd = LineContentEnd(text, closing);
        document.Prompt = text.Substring(NextLineStart(text, closingEnd)).Replace("\r\n", "\n");

        var lines = new TextLines(text, frontmatterStart, closing);
        var root = ParseYaml(text, lines, problems, out var fatal);
        if (fatal)
        {
            return;
        }

        if (root is not null and not YamlMapping)
        {
            problems.Add(new Problem(DiagnosticDescriptors.InvalidYaml, root.Start, root.Length,
                "the frontmatter must be a mapping of 'key: value' lines", string.Empty));
            return;
        }

        new FrontmatterReader(text, lines, document, problems).Read(root as YamlMapping ?? new YamlMapping(new List<KeyValuePair<YamlNode, YamlNode>>(), closing, closing));
        RequireKeys(document, problems, closing, closingEnd - closing);
        if (document.Name is { } name && document.Prompt.Trim().Length == 0)
        {
            problems.Add(new Problem(DiagnosticDescriptors.EmptyPrompt, closing, closingEnd - closing, name.Value));
        }

        document.IsUsable = document.Name is not null && document.Description is not null
            && !problems.Any(p => p.Descriptor == DiagnosticDescriptors.LimitExceeded);
    }

    private static YamlNode? ParseYaml(string text, TextLines lines, List<Problem> problems, out bool fatal)
    {
        fatal = false;
        var yaml = text.Substring(lines.LineStart(0), lines.End - lines.LineStart(0));
        var root = YamlTreeBuilder.Build(yaml, lines, out var error);
        if (error is null)
        {
            return root;
        }

        if (!error.IsLimit && PlainValueRecovery.TryRewrite(text, lines, out var rewritten, out var recovered))
        {
            var recoveredRoot = YamlTreeBuilder.Build(rewritten, lines, out var retryError);
            if (retryError is null)
            {
                foreach (var value in recovered)
                {
                    problems.Add(new Problem(DiagnosticDescriptors.UnquotedColon, value.ProblemOffset, 1, value.Key, value.Reason));
                }

                return RestoreSpans(recoveredRoot, recovered);
            }
        }

        fatal = true;
        if (error.IsLimit)
        {
            problems.Add(new Problem(DiagnosticDescriptors.LimitExceeded, error.Start, error.End - error.Start, error.Message));
            return null;
        }

        var errorLine = FindLine(lines, error.Start);
        var nextLine = FindLine(lines, errorLine.End);
        var tab = IndentationTab(text, errorLine.Start, errorLine.End);
        tab = tab >= 0 ? tab : IndentationTab(text, nextLine.Start, nextLine.End);
        var hint = tab >= 0 ? YamlErrorHints.Tabs : YamlErrorHints.For(error.Message, text, error.Start);
        // YamlDotNet stops at the end of the line before a tab-indented one, and at the end of the frontmatter for an
        // unclosed '[' or '{': point at the tab or at the bracket that is never closed.
        var start = tab >= 0 ? tab : UnclosedBracket(text, lines.LineStart(0), error.Start, error.Message) ?? error.Start;
        problems.Add(new Problem(DiagnosticDescriptors.InvalidYaml, start, System.Math.Max(1, tab >= 0 ? 1 : error.End - error.Start), error.Message.TrimEnd('.'), hint));
        return null;
    }

    /// <summary>A tab in a line's indentation (tabs inside values are valid YAML), or -1.</summary>
    private static int IndentationTab(string text, int start, int end)
    {
        for (var i = start; i < end && i < text.Length; i++)
        {
            if (text[i] == '\t')
            {
                return i;
            }

            if (text[i] != ' ')
            {
                return -1;
            }
        }

        return -1;
    }

    private static int? UnclosedBracket(string text, int start, int end, string message)
    {
        if (message.IndexOf("flow sequence", System.StringComparison.OrdinalIgnoreCase) < 0
            && message.IndexOf("flow mapping", System.StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        var open = new Stack<int>();
        var quote = '\0';
        for (var i = start; i < end && i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' && i > 0 && (text[i - 1] is ' ' or '[' or '{' or ','))
            {
                quote = c;
            }
            else if (c is '[' or '{')
            {
                open.Push(i);
            }
            else if (c is ']' or '}' && open.Count > 0)
            {
                open.Pop();
            }
        }

        return open.Count > 0 ? open.Last() : null;
    }

    /// <summary>Values re-read by <see cref="PlainValueRecovery"/> were parsed from rewritten lines: give them their original spans.</summary>
    private static YamlNode? RestoreSpans(YamlNode? root, List<RecoveredValue> recovered)
    {
        if (root is not YamlMapping mapping)
        {
            return root;
        }

        var entries = mapping.Entries.Select(entry =>
        {
            var value = recovered.FirstOrDefault(r => r.LineStart == entry.Key.Start);
            return value is not null && entry.Value is YamlScalar scalar
                ? new KeyValuePair<YamlNode, YamlNode>(entry.Key, new YamlScalar(scalar.Value, YamlScalarKind.DoubleQuoted, value.ValueStart, value.ValueStart + value.ValueLength))
                : entry;
        }).ToList();
        return new YamlMapping(entries, mapping.Start, mapping.End);
    }

    private static void RequireKeys(AgentDocument document, List<Problem> problems, int closing, int closingLength)
    {
        foreach (var (key, value) in new[] { (AgentFormat.Name, document.Name), (AgentFormat.Description, document.Description) })
        {
            if (value is null)
            {
                // A missing key has no token: point at the closing '---', where it would be added.
                problems.Add(new Problem(DiagnosticDescriptors.RequiredKeyMissing, closing, closingLength, key, "missing"));
            }
            else if (value.Value.Value.Trim().Length == 0)
            {
                problems.Add(new Problem(DiagnosticDescriptors.RequiredKeyMissing, value.Value.Start, value.Value.Length, key, "empty"));
            }
        }

        if (document.Name is { } name && name.Value.Trim().Length == 0)
        {
            document.Name = null;
        }

        if (document.Description is { } description && description.Value.Trim().Length == 0)
        {
            document.Description = null;
        }
    }

    private static void ReportUnclosed(string text, int start, int firstLineEnd, int lookalike, List<Problem> problems)
    {
        if (lookalike >= 0)
        {
            var end = LineContentEnd(text, lookalike);
            var line = text.Substring(lookalike, end - lookalike).Trim();
            problems.Add(new Problem(DiagnosticDescriptors.FrontmatterNotClosed, lookalike, end - lookalike,
                $"; this line ('{(line.Length > 20 ? line.Substring(0, 20) + "..." : line)}') looks like the closing line, but it must be exactly '---'"));
        }
        else
        {
            problems.Add(new Problem(DiagnosticDescriptors.FrontmatterNotClosed, start, firstLineEnd - start, string.Empty));
        }
    }

    private static (int Start, int End) FindLine(TextLines lines, int offset)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (lines.LineStart(i) <= offset)
            {
                var end = i + 1 < lines.Count ? lines.LineStart(i + 1) : lines.End;
                return (lines.LineStart(i), end);
            }
        }

        return (lines.LineStart(0), lines.End);
    }

    private static bool IsDelimiter(string text, int start, int end)
    {
        while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        {
            end--;
        }

        return end - start == Delimiter.Length && string.CompareOrdinal(text, start, Delimiter, 0, Delimiter.Length) == 0;
    }

    /// <summary>A line of four or more dashes, or '---' with leading spaces: a closing line written wrong.</summary>
    private static bool LooksLikeDelimiter(string text, int start, int end)
    {
        var trimmed = text.Substring(start, end - start).Trim();
        return trimmed.Length >= 3 && trimmed.All(c => c == '-') && (trimmed.Length > 3 || text[start] != '-');
    }

    private static int LineContentEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && !TextLines.IsBreak(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int NextLineStart(string text, int contentEnd)
    {
        if (contentEnd >= text.Length)
        {
            return text.Length;
        }

        return text[contentEnd] == '\r' && contentEnd + 1 < text.Length && text[contentEnd + 1] == '\n' ? contentEnd + 2 : contentEnd + 1;
    }
}
