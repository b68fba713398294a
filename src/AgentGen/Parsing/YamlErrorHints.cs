namespace AgentGen.Parsing;

/// <summary>Plain-language hints for YamlDotNet's messages about the mistakes seen in real agent files.</summary>
internal static class YamlErrorHints
{
    public const string Tabs = " (hint: YAML does not allow tabs for indentation; indent with spaces)";

    public static string For(string message, string text, int errorOffset)
    {
        if (message.IndexOf("mapping values", System.StringComparison.OrdinalIgnoreCase) >= 0
            || message.IndexOf("invalid mapping", System.StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return " (hint: a value containing ': ' must be quoted, e.g. description: \"Use when: ...\")";
        }

        if (errorOffset < text.Length && (text[errorOffset] == '@' || text[errorOffset] == '`' || text[errorOffset] == '%'))
        {
            return $" (hint: a value cannot start with '{text[errorOffset]}'; quote the value)";
        }

        if (message.IndexOf("quoted scalar", System.StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return " (hint: a quoted value is not closed, or a quote inside it is not escaped; in \"...\" write \\\" and in '...' write '')";
        }

        if (message.IndexOf("flow sequence", System.StringComparison.OrdinalIgnoreCase) >= 0
            || message.IndexOf("flow mapping", System.StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return " (hint: a value starting with '[' or '{' is read as a YAML list or mapping and must be closed; quote the value if it is text)";
        }

        if (message.IndexOf("did not find expected", System.StringComparison.OrdinalIgnoreCase) >= 0
            || message.IndexOf("block", System.StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return " (hint: check the indentation: keys start at column 1, list items and continuation lines are indented with spaces)";
        }

        return string.Empty;
    }
}
