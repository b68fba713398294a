using System.Linq;
using AgentGen.Input;
using AgentGen.Model;
using AgentGen.Parsing;

namespace AgentGen.Generation;

/// <summary>Maps a usable <see cref="AgentFile"/> to the generator's equatable <see cref="AgentSpec"/>.</summary>
internal static class AgentSpecFactory
{
    public static AgentSpec Create(AgentFile file)
    {
        var document = file.Document!;
        var entries = (document.Tools?.Entries ?? System.Array.Empty<ToolEntry>()).Concat(document.DisallowedTools?.Entries ?? System.Array.Empty<ToolEntry>());
        return new AgentSpec(
            SourcePath: file.RelativePath,
            Namespace: file.Namespace,
            Name: document.Name!.Value.Value,
            Description: document.Description!.Value.Value,
            Prompt: document.Prompt,
            SettingsJson: SettingsJsonWriter.Write(document, file.RelativePath),
            NamedTools: entries.Where(e => e.IsConcrete && e.BaseName.Length > 0).Select(e => e.BaseName).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToEquatableArray(),
            PromptPlaceholders: document.PromptPlaceholders.ToEquatableArray(),
            HasExamples: document.HasExamples);
    }
}
