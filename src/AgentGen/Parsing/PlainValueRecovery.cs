using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace AgentGen.Parsing;

/// <summary>A top-level value AgentGen re-read as a string after strict YAML rejected it (AGEN019).</summary>
internal sealed class RecoveredValue
{
    public RecoveredValue(string key, int lineStart, int valueStart, int valueLength, int problemOffset, string reason)
    {
        Key = key;
        LineStart = lineStart;
        ValueStart = valueStart;
        ValueLength = valueLength;
        ProblemOffset = problemOffset;
        Reason = reason;
    }

    public string Key { get; }

    public int LineStart { get; }

    public int ValueStart { get; }

    public int ValueLength { get; }

    /// <summary>Offset of the character that makes the value invalid (the ':' of ': ', or a reserved first character).</summary>
    public int ProblemOffset { get; }

    public string Reason { get; }
}

/// <summary>
/// Claude Code tolerates the most common YAML mistake in agent files, an unquoted ': ' inside a one-line value
/// (<c>description: Use when: ...</c>), by reading the rest of the line as a string. AgentGen does the same so the
/// agent is still generated, and the analyzer says (AGEN019) that stricter loaders reject the file.
/// Only top-level one-line plain values are rewritten, and only after strict parsing failed.
/// </summary>
internal static class PlainValueRecovery
{
    // Greedy value, trailing blanks trimmed in code: a lazy value followed by [ \t]*$ is quadratic on long runs of spaces.
    private static readonly Regex KeyValueLine = new(@"^(?<key>[A-Za-z_][A-Za-z0-9_-]*)[ \t]*:[ \t]+(?<value>\S.*)$", RegexOptions.CultureInvariant);

    /// <summary>Rewrites the lines that strict YAML cannot read; false when there is none.</summary>
    public static bool TryRewrite(string text, TextLines lines, out string yaml, out List<RecoveredValue> recovered)
    {
        recovered = new List<RecoveredValue>();
        var builder = new StringBuilder(lines.End - lines.LineStart(0) + 64);
        for (var i = 0; i < lines.Count; i++)
        {
            var lineStart = lines.LineStart(i);
            var next = i + 1 < lines.Count ? lines.LineStart(i + 1) : lines.End;
            var contentEnd = next;
            while (contentEnd > lineStart && TextLines.IsBreak(text[contentEnd - 1]))
            {
                contentEnd--;
            }

            var line = text.Substring(lineStart, contentEnd - lineStart);
            var match = KeyValueLine.Match(line);
            var continues = next < lines.End && (text[next] == ' ' || text[next] == '\t') && !IsBlankLine(text, next, lines.End);
            string? reason = null;
            var problem = -1;
            if (match.Success && !continues)
            {
                var group = match.Groups["value"];
                var value = group.Value.TrimEnd(' ', '\t');
                reason = Diagnose(value, out problem);
                if (reason is not null)
                {
                    var valueStart = lineStart + group.Index;
                    recovered.Add(new RecoveredValue(match.Groups["key"].Value, lineStart, valueStart, value.Length, valueStart + problem, reason));
                    builder.Append(match.Groups["key"].Value).Append(": \"");
                    foreach (var c in value)
                    {
                        builder.Append(c == '\\' ? "\\\\" : c == '"' ? "\\\"" : c.ToString());
                    }

                    builder.Append('"').Append(text, contentEnd, next - contentEnd);
                    continue;
                }
            }

            builder.Append(text, lineStart, next - lineStart);
        }

        yaml = builder.ToString();
        return recovered.Count > 0;
    }

    private static string? Diagnose(string value, out int offset)
    {
        offset = 0;
        switch (value[0])
        {
            case '"' or '\'' or '|' or '>' or '[' or '{' or '&' or '*' or '!' or '#':
                return null; // a value YAML reads differently on purpose: AGEN003 explains it
            case '@' or '`' or '%':
                return ReasonFor(value[0]);
        }

        offset = value.IndexOf(": ", System.StringComparison.Ordinal);
        if (offset >= 0)
        {
            return "contains ': ', which YAML reads as the start of a new key";
        }

        offset = value.Length - 1;
        return value[offset] == ':' ? "ends with ':', which YAML reads as a key" : null;
    }

    /// <summary>Why a value starting with <paramref name="first"/> is not plain text to YAML, in a Markdown author's words.</summary>
    public static string ReasonFor(char first) => first switch
    {
        '%' => "starts with '%', which YAML reads as a directive",
        '!' => "starts with '!', which YAML reads as a tag and drops from the value",
        _ => $"starts with '{first}', a character YAML reserves",
    };

    private static bool IsBlankLine(string text, int start, int end)
    {
        for (var i = start; i < end && !TextLines.IsBreak(text[i]); i++)
        {
            if (text[i] != ' ' && text[i] != '\t')
            {
                return false;
            }
        }

        return true;
    }
}
