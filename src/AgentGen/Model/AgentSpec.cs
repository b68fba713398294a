namespace AgentGen.Model;

/// <summary>
/// One agent, as the generator needs it: plain values only (no spans, no Roslyn or YamlDotNet objects), so the
/// incremental pipeline can tell an unchanged agent by value. Built from an <see cref="Parsing.AgentDocument"/>.
/// <see cref="AllowedConcreteTools"/> and <see cref="NamedTools"/> are derived from the tool lists on purpose: the
/// pipeline projects them before its Collect steps, so that a prompt edit leaves the tool set step Cached.
/// </summary>
internal sealed record AgentSpec(
    string SourcePath,
    string Namespace,
    string Name,
    string Description,
    string Prompt,
    string? Model,
    EquatableArray<string>? Tools,
    EquatableArray<string> DisallowedTools,
    EquatableArray<string> SpawnableAgents,
    string? PermissionMode,
    int? MaxTurns,
    EquatableArray<string> Skills,
    EquatableArray<McpServerSpec> McpServers,
    string? HooksJson,
    string? Memory,
    bool Background,
    string? Effort,
    string? Isolation,
    string? Color,
    string? InitialPrompt,
    EquatableArray<MetadataEntry> Metadata,
    EquatableArray<string> AllowedConcreteTools,
    EquatableArray<string> NamedTools)
{
    public AgentKey Key => new(Namespace, Name, SourcePath);
}

/// <summary>An <c>mcpServers</c> entry: a name, and the inline config as JSON text (null for a reference).</summary>
internal readonly record struct McpServerSpec(string Name, string? ConfigJson);

/// <summary>A custom frontmatter key and its value (scalars as text, lists and mappings as JSON).</summary>
internal readonly record struct MetadataEntry(string Key, string Value);

/// <summary>What identifies an agent for naming: its namespace, its name and the file it comes from.</summary>
internal readonly record struct AgentKey(string Namespace, string Name, string SourcePath);
