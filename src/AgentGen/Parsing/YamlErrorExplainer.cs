using System;

namespace AgentGen.Parsing;

/// <summary>
/// Turns YamlDotNet's errors into what a Markdown author can act on: the character YAML took as syntax (<c>*</c>, <c>&amp;</c>,
/// <c>!</c>, <c>|</c>, <c>&gt;</c>, <c>%</c>, <c>@</c>, <c>`</c>, <c>[</c>, <c>{</c>, <c>: </c>), an indentation tab or an
/// unclosed quote, located at that character, and what to change. Falls back to YamlDotNet's own words.
/// </summary>
internal static class YamlErrorExplainer
{
    public static (int Start, int Length, string Message) Explain(string text, TextLines lines, YamlError error)
    {
        var errorLine = lines.LineIndex(error.Start);
        var tab = error.Message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0
            ? FirstIndentationTab(text, lines, 0)
            : IndentationTab(text, lines, errorLine) ?? IndentationTab(text, lines, errorLine + 1);
        if (tab is { } tabOffset)
        {
            return (tabOffset, 1, $"line {lines.FileLine(tabOffset)} is indented with a tab, and YAML allows only spaces for indentation: replace the tab with spaces");
        }

        var entry = Entry(text, lines, errorLine);
        if (entry.Value.Length > 0 && ExplainFirstCharacter(text, lines, entry, error) is { } explained)
        {
            return explained;
        }

        if (Mentions(error.Message, "mapping values", "invalid mapping", "did not find expected key") && ColonInValue(text, lines, entry.Line, errorLine) is { } colon)
        {
            return (colon, 1, $"the value of '{entry.Key}' contains ': ' on line {lines.FileLine(colon)}, which YAML reads as the start of a new key: quote the whole value ({entry.Key}: \"...\"), or write it as a block ('{entry.Key}: |' with the text indented on the lines below)");
        }

        if (Mentions(error.Message, "quoted scalar"))
        {
            return (error.Start, Math.Max(1, error.End - error.Start), $"the quoted value of '{entry.Key}' is not closed, or a quote inside it is not escaped: in \"...\" write \\\" for a quote, in '...' write ''");
        }

        if (Mentions(error.Message, "did not find expected", "block"))
        {
            var start = FirstNonSpace(text, lines, errorLine);
            return (start, 1, $"line {lines.FileLine(start)} does not fit the lines around it: keys start at column 1, and list items and the continuation lines of a value are indented with spaces");
        }

        return (error.Start, Math.Max(1, error.End - error.Start), error.Message.TrimEnd('.'));
    }

    private static (int Start, int Length, string Message)? ExplainFirstCharacter(string text, TextLines lines, (int Line, string Key, int ValueStart, string Value) entry, YamlError error)
    {
        var c = entry.Value[0];
        var key = entry.Key;
        var quoteIt = $"quote the value ({key}: \"{Example(entry.Value)}\")";
        string? message = c switch
        {
            '*' when entry.Value.Trim() == "*" && key == "tools" =>
                "'*' is not a wildcard in 'tools': YAML reads it as an alias (a reference to an '&anchor'); to give the agent every tool, remove the 'tools' key",
            '*' => $"the value of '{key}' starts with '*', which YAML reads as an alias (a reference to an '&anchor'): {quoteIt}",
            '&' => $"the value of '{key}' starts with '&', which YAML reads as an anchor (a name given to a value): {quoteIt}",
            '!' => $"the value of '{key}' starts with '!', which YAML reads as a tag: {quoteIt}",
            '|' or '>' => $"the value of '{key}' starts with '{c}', which YAML reads as a block of text that begins on the next line: {quoteIt}, or move the text to the lines below '{key}: {c}', indented",
            '%' or '@' or '`' => $"the value of '{key}' {PlainValueRecovery.ReasonFor(c)}: {quoteIt}",
            '[' => $"the value of '{key}' starts with '[', which YAML reads as a list: close the list with ']', or if it is text, {quoteIt}",
            '{' => $"the value of '{key}' starts with '{{', which YAML reads as a mapping: close it with '}}', or if it is text, {quoteIt}",
            _ => null,
        };
        if (message is null)
        {
            return null;
        }

        // For a list or mapping that is never closed, YamlDotNet stops at the end of the frontmatter: point at the bracket.
        var start = c is '[' or '{' ? UnclosedBracket(text, entry.ValueStart, lines.End) ?? entry.ValueStart : entry.ValueStart;
        return (start, 1, message);
    }

    /// <summary>The entry an error line belongs to: its own "key: value" or "- item" line, or the key line above that it continues.</summary>
    private static (int Line, string Key, int ValueStart, string Value) Entry(string text, TextLines lines, int line)
    {
        var indent = Indentation(text, lines, line);
        var owner = line;
        if (indent > 0 && !IsListItem(text, lines, line))
        {
            // An indented line that is no list item: a nested key, or a further line of the value above it. It belongs
            // to the line above only when that line's value starts on it (a plain value that runs on).
            var above = line - 1;
            while (above > 0 && (IsBlank(text, lines, above) || Indentation(text, lines, above) >= indent))
            {
                above--;
            }

            if (above >= 0 && HasInlineValue(text, lines, above))
            {
                owner = above;
            }
        }

        while (owner > 0 && KeyOf(text, lines, owner) is null && !IsListItem(text, lines, owner))
        {
            owner--;
        }

        // A list item belongs to the key above it, at a smaller indentation (or the same, for YAML's compact lists).
        var keyLine = owner;
        while (keyLine > 0 && (KeyOf(text, lines, keyLine) is null || (keyLine != owner && Indentation(text, lines, keyLine) > indent)))
        {
            keyLine--;
        }

        var key = KeyOf(text, lines, keyLine)?.Key ?? "the frontmatter";
        var start = lines.LineStart(owner) + Indentation(text, lines, owner);
        var end = ContentEnd(text, lines, owner);
        if (IsListItem(text, lines, owner))
        {
            start++;
        }
        else if (KeyOf(text, lines, owner) is { } own)
        {
            start = own.ValueStart;
        }

        while (start < end && text[start] == ' ')
        {
            start++;
        }

        return (owner, key, start, text.Substring(start, end - start));
    }

    private static (string Key, int ValueStart)? KeyOf(string text, TextLines lines, int line)
    {
        var start = lines.LineStart(line) + Indentation(text, lines, line);
        var end = ContentEnd(text, lines, line);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '#' or '"' or '\'' or '[' or '{' or '-' && i == start)
            {
                return null;
            }

            if (c == ':' && (i + 1 == end || text[i + 1] == ' '))
            {
                return i == start ? null : (text.Substring(start, i - start).Trim(), i + 1);
            }
        }

        return null;
    }

    private static bool HasInlineValue(string text, TextLines lines, int line)
    {
        var end = ContentEnd(text, lines, line);
        var start = KeyOf(text, lines, line) is { } key ? key.ValueStart : IsListItem(text, lines, line) ? lines.LineStart(line) + Indentation(text, lines, line) + 1 : end;
        return text.Substring(start, end - start).Trim().Length > 0;
    }

    private static bool IsBlank(string text, TextLines lines, int line) =>
        text.Substring(lines.LineStart(line), ContentEnd(text, lines, line) - lines.LineStart(line)).Trim().Length == 0;

    private static bool IsListItem(string text, TextLines lines, int line)
    {
        var start = lines.LineStart(line) + Indentation(text, lines, line);
        return start < ContentEnd(text, lines, line) && text[start] == '-' && (start + 1 == ContentEnd(text, lines, line) || text[start + 1] == ' ');
    }

    /// <summary>The ': ' inside a value, from its first line to the line where parsing failed.</summary>
    private static int? ColonInValue(string text, TextLines lines, int first, int last)
    {
        for (var line = first; line <= last && line < lines.Count; line++)
        {
            var start = line == first && KeyOf(text, lines, line) is { } key ? key.ValueStart : lines.LineStart(line);
            var index = text.IndexOf(": ", start, ContentEnd(text, lines, line) - start, StringComparison.Ordinal);
            if (index >= 0)
            {
                return index;
            }
        }

        return null;
    }

    private static int? UnclosedBracket(string text, int start, int end)
    {
        var open = new System.Collections.Generic.Stack<int>();
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

        var unclosed = -1;
        foreach (var offset in open)
        {
            unclosed = offset; // the stack enumerates from the innermost: the last one is the outermost
        }

        return unclosed >= 0 ? unclosed : null;
    }

    private static int? FirstIndentationTab(string text, TextLines lines, int from)
    {
        for (var line = from; line < lines.Count; line++)
        {
            if (IndentationTab(text, lines, line) is { } tab)
            {
                return tab;
            }
        }

        return null;
    }

    /// <summary>A tab in a line's indentation (tabs inside values are valid YAML), or null.</summary>
    private static int? IndentationTab(string text, TextLines lines, int line)
    {
        if (line >= lines.Count)
        {
            return null;
        }

        var end = ContentEnd(text, lines, line);
        for (var i = lines.LineStart(line); i < end; i++)
        {
            if (text[i] == '\t')
            {
                return i;
            }

            if (text[i] != ' ')
            {
                return null;
            }
        }

        return null;
    }

    private static string Example(string value)
    {
        var line = value.Trim().Replace("\"", "\\\"");
        return line.Length <= 32 ? line : line.Substring(0, 29).TrimEnd() + "...";
    }

    private static bool Mentions(string message, params string[] fragments)
    {
        foreach (var fragment in fragments)
        {
            if (message.IndexOf(fragment, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int Indentation(string text, TextLines lines, int line)
    {
        var start = lines.LineStart(line);
        var end = ContentEnd(text, lines, line);
        var i = start;
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        return i - start;
    }

    private static int FirstNonSpace(string text, TextLines lines, int line) => lines.LineStart(Math.Min(line, lines.Count - 1)) + Indentation(text, lines, Math.Min(line, lines.Count - 1));

    private static int ContentEnd(string text, TextLines lines, int line)
    {
        var end = line + 1 < lines.Count ? lines.LineStart(line + 1) : lines.End;
        while (end > lines.LineStart(line) && TextLines.IsBreak(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
