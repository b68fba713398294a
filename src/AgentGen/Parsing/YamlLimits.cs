namespace AgentGen.Parsing;

/// <summary>
/// Structural bounds on frontmatter, so that no file can make the IDE hang or the compiler run out of stack:
/// agent frontmatter is a flat mapping with a few small nested values (hooks, MCP configs).
/// </summary>
internal static class YamlLimits
{
    /// <summary>Deepest nesting of sequences and mappings accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most YAML nodes accepted in one frontmatter block.</summary>
    public const int MaxNodes = 100_000;

    /// <summary>Most nodes written when a value is expanded to JSON (aliases count each time they are expanded).</summary>
    public const int MaxExpandedNodes = 100_000;
}
