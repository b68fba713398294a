namespace AgentGen.Model;

/// <summary>
/// One agent, as the generator needs it: plain values only (no spans, no Roslyn or YamlDotNet objects), so the
/// incremental pipeline can tell an unchanged agent by value. Built from an <see cref="Parsing.AgentDocument"/>.
/// <see cref="NamedTools"/> is derived from the tool lists on purpose: the pipeline projects it before its Collect step,
/// so that a prompt edit leaves the tool set step Cached.
/// </summary>
/// <param name="SettingsJson">Every key but name and description, as the generated <c>AgentDefinition</c> reads them (see <see cref="Generation.SettingsJsonWriter"/>).</param>
/// <param name="NamedTools">The concrete tools the agent's lists name, sorted: members of the <c>AgentTool</c> enum.</param>
/// <param name="PromptPlaceholders">The prompt's <c>{{path}}</c> placeholders, in order of first use (typed arguments are generated for them).</param>
/// <param name="HasExamples">Whether the description has <c>&lt;example&gt;</c> blocks (the agent class then exposes them).</param>
internal sealed record AgentSpec(
    string SourcePath,
    string Namespace,
    string Name,
    string Description,
    string Prompt,
    string SettingsJson,
    EquatableArray<string> NamedTools,
    EquatableArray<string> PromptPlaceholders,
    bool HasExamples)
{
    public AgentKey Key => new(Namespace, Name, SourcePath);
}

/// <summary>What identifies an agent for naming: its namespace, its name and the file it comes from.</summary>
internal readonly record struct AgentKey(string Namespace, string Name, string SourcePath);
