using System.Collections.Generic;
using System.Collections.Immutable;
using AgentGen.Diagnostics;

namespace AgentGen.Parsing;

/// <summary>A scalar value read from the frontmatter, with the span of its token in the file.</summary>
internal readonly struct Located<T>
{
    public Located(T value, int start, int length)
    {
        Value = value;
        Start = start;
        Length = length;
    }

    public T Value { get; }

    public int Start { get; }

    public int Length { get; }
}

/// <summary>One <c>mcpServers</c> entry: a server name, with its inline config as JSON text when given inline.</summary>
internal readonly struct McpServerEntry
{
    public McpServerEntry(string name, string? configJson)
    {
        Name = name;
        ConfigJson = configJson;
    }

    public string Name { get; }

    public string? ConfigJson { get; }
}

/// <summary>
/// Everything the parser read from one agent file: typed values with their spans, the prompt, and the
/// problems found on the way. Produced by <see cref="AgentFileParser"/>, consumed by the generator (which maps
/// it to an equatable model and drops the spans) and by the analyzer (which reports the problems).
/// </summary>
internal sealed class AgentDocument
{
    /// <summary>False when a problem stops generation: unclosed frontmatter, unrecoverable YAML, a limit, a missing name or description.</summary>
    public bool IsUsable { get; set; }

    public Located<string>? Name { get; set; }

    public Located<string>? Description { get; set; }

    public string Prompt { get; set; } = string.Empty;

    public ToolList? Tools { get; set; }

    public ToolList? DisallowedTools { get; set; }

    public Located<string>? Model { get; set; }

    public Located<string>? PermissionMode { get; set; }

    public Located<int>? MaxTurns { get; set; }

    public IReadOnlyList<Located<string>> Skills { get; set; } = new List<Located<string>>();

    public IReadOnlyList<McpServerEntry> McpServers { get; set; } = new List<McpServerEntry>();

    public string? HooksJson { get; set; }

    public Located<string>? Memory { get; set; }

    public Located<bool>? Background { get; set; }

    public Located<string>? Effort { get; set; }

    public Located<string>? Isolation { get; set; }

    public Located<string>? Color { get; set; }

    public Located<string>? InitialPrompt { get; set; }

    /// <summary>Keys outside the format, in file order, with scalar values as text and others as JSON.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata { get; set; } = new List<KeyValuePair<string, string>>();

    public ImmutableArray<Problem> Problems { get; set; } = ImmutableArray<Problem>.Empty;
}
