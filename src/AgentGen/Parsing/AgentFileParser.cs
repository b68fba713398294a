using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AgentGen.Diagnostics;
using AgentGen.Schema;

namespace AgentGen.Parsing;

/// <summary>
/// The one parser of agent, skill and command files, shared by the generator and the analyzer: text and kind in,
/// <see cref="AgentDocument"/> out. Pure (no Roslyn text or file objects, no paths), never throws on any input, and
/// locates every problem by offset. The kind picks the keys of the table that apply and the checks of the body.
/// </summary>
internal static class AgentFileParser
{
    private const string Delimiter = "---";

    /// <param name="text">The file's text.</param>
    /// <param name="decoderFoundBom">True when the file's decoder consumed a byte order mark the text no longer shows.</param>
    /// <param name="kind">What the file is: an agent (the default), a skill or a command.</param>
    public static AgentDocument Parse(string text, bool decoderFoundBom = false, DocumentKinds kind = DocumentKinds.Agent)
    {
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

        if (kind != DocumentKinds.Agent && !IsDelimiter(text, start, LineContentEnd(text, start)))
        {
            // A command without frontmatter is a prompt and nothing else, as Claude Code reads it; a skill is one too, named
            // by its folder and described by its first paragraph (AGEN054 asks for a description).
            TextChecks.Encoding(text, problems);
            if (kind == DocumentKinds.Skill)
            {
                problems.Add(new Problem(DiagnosticDescriptors.SkillWithoutDescription, start, LineContentEnd(text, start) - start, "has no frontmatter, so no description", Excerpt(SkillText.FallbackDescription(text.Substring(start).Replace("\r\n", "\n"), kind, string.Empty))));
            }

            SkillChecks.Body(text, start, Enumerable.Empty<FrontmatterValue>(), kind, problems);
            return new AgentDocument(true, Enumerable.Empty<FrontmatterValue>(), ImmutableArray<CustomKey>.Empty, text.Substring(start).Replace("\r\n", "\n"), start, Sorted(problems)) { Kind = kind };
        }

        var document = ParseFrom(text, start, problems, kind);
        var placeholders = ImmutableArray<string>.Empty;
        var hasExamples = false;
        if (document is { } skill && kind != DocumentKinds.Agent)
        {
            TextChecks.Encoding(text, problems);
            if (kind == DocumentKinds.Skill && !skill.Reader.Values.Any(v => v.Key == AgentSchema.Description && v.Text!.Trim().Length > 0))
            {
                var key = skill.Reader.KeyToken(AgentSchema.Description.Key);
                var body = skill.PromptStart <= text.Length ? text.Substring(skill.PromptStart).Replace("\r\n", "\n") : string.Empty;
                problems.Add(new Problem(DiagnosticDescriptors.SkillWithoutDescription, key?.Start ?? start, key?.Length ?? Delimiter.Length, "has no description", Excerpt(SkillText.FallbackDescription(body, kind, string.Empty))));
            }

            SkillChecks.Frontmatter(skill.Reader.Values, kind, problems);
            SkillChecks.Body(text, skill.PromptStart, skill.Reader.Values, kind, problems);
        }
        else if (document is { } parsed)
        {
            // Only files that are agents: a Markdown file without frontmatter is not AgentGen's to judge (AGEN001 alone).
            // The template and the examples are read here once, for the rules and for the generator's model.
            TextChecks.Encoding(text, problems);
            placeholders = TextChecks.Prompt(text, parsed.PromptStart, problems);
            if (parsed.Reader.Values.FirstOrDefault(v => v.Key == AgentSchema.Description) is { } description)
            {
                hasExamples = TextChecks.Description(text, description.AsLocatedText, problems);
            }
        }

        var sorted = Sorted(problems);
        return document is null
            ? AgentDocument.Unusable(sorted, kind)
            : new AgentDocument(document.Value.IsUsable, document.Value.Reader.Values, document.Value.Reader.CustomKeys, document.Value.Prompt, document.Value.PromptStart, sorted)
            {
                PromptPlaceholders = placeholders,
                HasExamples = hasExamples,
                Kind = kind,
            };
    }

    private static ImmutableArray<Problem> Sorted(List<Problem> problems) =>
        problems.OrderBy(p => p.Start).ThenBy(p => p.Id, System.StringComparer.Ordinal).ToImmutableArray();

    private static (bool IsUsable, FrontmatterReader Reader, string Prompt, int PromptStart)? ParseFrom(string text, int start, List<Problem> problems, DocumentKinds kind)
    {
        var firstLineEnd = LineContentEnd(text, start);
        if (!IsDelimiter(text, start, firstLineEnd))
        {
            ReportNoFrontmatterOnLineOne(text, start, firstLineEnd, problems, kind);
            return null;
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
            return null;
        }

        var closingEnd = LineContentEnd(text, closing);
        var promptStart = NextLineStart(text, closingEnd);
        var prompt = text.Substring(promptStart).Replace("\r\n", "\n");
        var lines = new TextLines(text, frontmatterStart, closing);
        var root = ParseYaml(text, lines, problems, out var fatal);
        if (fatal)
        {
            return null;
        }

        if (root is not null and not YamlMapping)
        {
            problems.Add(new Problem(DiagnosticDescriptors.InvalidYaml, root.Start, root.Length, "the frontmatter must be a mapping of 'key: value' lines"));
            return null;
        }

        var reader = new FrontmatterReader(text, lines, problems, kind);
        reader.Read(root as YamlMapping ?? new YamlMapping(new List<KeyValuePair<YamlNode, YamlNode>>(), closing, closing));
        var hasRequired = RequireKeys(reader, problems, closing, closingEnd - closing, kind);
        if (kind == DocumentKinds.Agent && reader.Values.FirstOrDefault(v => v.Key == AgentSchema.Name) is { } name && prompt.Trim().Length == 0)
        {
            problems.Add(new Problem(DiagnosticDescriptors.EmptyPrompt, closing, closingEnd - closing, name.Text!));
        }

        var isUsable = hasRequired && !problems.Any(p => p.Descriptor == DiagnosticDescriptors.LimitExceeded);
        return (isUsable, reader, prompt, promptStart);
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

        var (start, length, message) = YamlErrorExplainer.Explain(text, lines, error);
        problems.Add(new Problem(DiagnosticDescriptors.InvalidYaml, start, length, message));
        return null;
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

    /// <summary>Reports a missing (at the closing '---', where it goes) or empty (at the key) name or description; false when one is.</summary>
    private static bool RequireKeys(FrontmatterReader reader, List<Problem> problems, int closing, int closingLength, DocumentKinds kind)
    {
        var complete = true;
        var required = kind == DocumentKinds.Agent
            ? new[] { (AgentSchema.Name, "the agent's name, such as code-reviewer"), (AgentSchema.Description, "when to use this agent") }
            : AgentSchema.KeysOf(kind).Where(k => (k.RequiredIn & kind) != 0).Select(k => (k, k == AgentSchema.Description ? "what the skill does and when to use it" : "a value")).ToArray();
        foreach (var (spec, what) in required)
        {
            var value = reader.Values.FirstOrDefault(v => v.Key == spec);
            if (value is not null && value.Text!.Trim().Length > 0)
            {
                continue;
            }

            complete = false;
            if (reader.KeyToken(spec.Key) is { } key)
            {
                problems.Add(new Problem(DiagnosticDescriptors.RequiredKeyMissing, key.Start, key.Length, spec.Key, $"has no value: after '{spec.Key}:', write {what}"));
            }
            else
            {
                problems.Add(new Problem(DiagnosticDescriptors.RequiredKeyMissing, closing, closingLength, spec.Key, $"is missing: add a line '{spec.Key}: ...' before the closing '---', with {what}"));
            }
        }

        return complete;
    }

    /// <summary>
    /// AGEN001, unless the file plainly holds frontmatter that does not start on line 1, column 1 (blank lines before it, or
    /// an indented block): Claude Code never loads such an agent, so that is an error of its own (AGEN026) at the '---'.
    /// </summary>
    private static void ReportNoFrontmatterOnLineOne(string text, int start, int firstLineEnd, List<Problem> problems, DocumentKinds kind)
    {
        var lineStart = start;
        var line = 1;
        while (lineStart < text.Length && text.Substring(lineStart, LineContentEnd(text, lineStart) - lineStart).Trim().Length == 0 && NextLineStart(text, LineContentEnd(text, lineStart)) > lineStart)
        {
            lineStart = NextLineStart(text, LineContentEnd(text, lineStart));
            line++;
        }

        var lineEnd = LineContentEnd(text, lineStart);
        var content = text.Substring(lineStart, lineEnd - lineStart);
        if (content.Trim() != Delimiter)
        {
            problems.Add(new Problem(DiagnosticDescriptors.NotAnAgentFile, start, firstLineEnd - start, "an agent file"));
            return;
        }

        var indentation = content.Length - content.TrimStart().Length;
        var where = line > 1 && indentation > 0 ? $"it starts on line {line}, indented by {indentation} characters"
            : line > 1 ? $"it starts on line {line}"
            : $"its '---' is indented by {indentation} characters";
        var blankLines = line - 1 == 1 ? "the blank line" : $"the {line - 1} blank lines";
        var fix = line > 1 && indentation > 0 ? $"delete {blankLines} before it and move the '---' lines and the keys to column 1"
            : line > 1 ? $"delete {blankLines} before the '---' so that it is the file's first line"
            : "move the '---' lines and the keys to column 1";
        problems.Add(new Problem(DiagnosticDescriptors.FrontmatterNotOnFirstLine, lineStart + indentation, Delimiter.Length, where, fix));
    }

    /// <summary>The start of a text for a message: its first 60 characters.</summary>
    private static string Excerpt(string text) => text.Length <= 60 ? text : text.Substring(0, 57).TrimEnd() + "...";

    private static void ReportUnclosed(string text, int start, int firstLineEnd, int lookalike, List<Problem> problems)
    {
        if (lookalike >= 0)
        {
            var end = LineContentEnd(text, lookalike);
            var raw = text.Substring(lookalike, end - lookalike);
            var line = raw.Trim();
            var indentation = raw.Length - raw.TrimStart().Length;
            var why = indentation > 0 ? $"it is indented by {indentation} characters, and the closing '---' must start at column 1" : "it must be exactly '---'";
            problems.Add(new Problem(DiagnosticDescriptors.FrontmatterNotClosed, lookalike, end - lookalike,
                $"; this line ('{(line.Length > 20 ? line.Substring(0, 20) + "..." : line)}') looks like the closing line, but {why}"));
        }
        else
        {
            problems.Add(new Problem(DiagnosticDescriptors.FrontmatterNotClosed, start, firstLineEnd - start, string.Empty));
        }
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
