using System.Collections.Generic;
using System.Linq;
using AgentGen.Model;
using AgentGen.Parsing;

namespace AgentGen.Generation;

/// <summary>Maps a parsed <see cref="AgentDocument"/> to the generator's equatable <see cref="AgentSpec"/>.</summary>
internal static class AgentSpecFactory
{
    public static AgentSpec Create(AgentDocument document, string ns, string sourcePath)
    {
        var tools = document.Tools;
        var disallowed = document.DisallowedTools?.Entries ?? new List<ToolEntry>();
        var allEntries = (tools?.Entries ?? new List<ToolEntry>()).Concat(disallowed);
        return new AgentSpec(
            SourcePath: sourcePath,
            Namespace: ns,
            Name: document.Name!.Value.Value,
            Description: document.Description!.Value.Value,
            Prompt: document.Prompt,
            Model: document.Model?.Value,
            Tools: tools is null ? null : tools.Entries.Select(e => e.Text).ToEquatableArray(),
            DisallowedTools: disallowed.Select(e => e.Text).ToEquatableArray(),
            SpawnableAgents: (tools?.Entries ?? new List<ToolEntry>()).SelectMany(e => e.SpawnAgents).Distinct().ToEquatableArray(),
            PermissionMode: document.PermissionMode?.Value,
            MaxTurns: document.MaxTurns?.Value,
            Skills: document.Skills.Select(s => s.Value).ToEquatableArray(),
            McpServers: document.McpServers.Select(s => new McpServerSpec(s.Name, s.ConfigJson)).ToEquatableArray(),
            HooksJson: document.HooksJson,
            Memory: document.Memory?.Value,
            Background: document.Background?.Value ?? false,
            Effort: document.Effort?.Value,
            Isolation: document.Isolation?.Value,
            Color: document.Color?.Value,
            InitialPrompt: document.InitialPrompt?.Value,
            Metadata: document.Metadata.Select(m => new MetadataEntry(m.Key, m.Value)).ToEquatableArray(),
            AllowedConcreteTools: (tools?.Entries ?? new List<ToolEntry>()).Where(e => e.IsConcrete).Select(e => e.BaseName).Distinct().ToEquatableArray(),
            NamedTools: allEntries.Where(e => e.IsConcrete && e.BaseName.Length > 0).Select(e => e.BaseName).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToEquatableArray());
    }
}
