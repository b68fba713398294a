using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AgentGen.Naming;
using AgentGen.Parsing;
using AgentGen.Testing;
using Microsoft.CodeAnalysis;

namespace AgentGen.Benchmarks;

/// <summary>
/// One agent file of the build-cost benchmark. <see cref="RelativePath"/> is its path under the agents folder
/// (forward slashes); its folder is its collection, which AgentGen turns into the sub-namespace <see cref="Namespace"/>.
/// <see cref="SourcePath"/> is the file to copy (null for a synthetic agent, which has only its text).
/// </summary>
public sealed record BuildCostAgent(string RelativePath, string? SourcePath, string Text, string Namespace, string Name, string Description, string Prompt);

/// <summary>The agents a build-cost run uses, and a sentence saying where they came from.</summary>
public sealed record BuildCostAgentSet(IReadOnlyList<BuildCostAgent> Agents, string Source);

/// <summary>
/// Chooses the agent files: only files AgentGen accepts, and none that would fail the build, so that every variant
/// builds and the three consumers compile the same agents.
/// </summary>
public static class BuildCostAgents
{
    // Corpus bookkeeping, and files AgentGen's default items never read as agents.
    private static readonly HashSet<string> NotAgents = new(StringComparer.OrdinalIgnoreCase) { "SOURCES.md", "README.md" };

    public static BuildCostAgentSet Load(string repositoryRoot, string? folder)
    {
        var corpus = Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "corpus"));
        var root = folder is not null ? Path.GetFullPath(folder) : Directory.Exists(corpus) ? corpus : null;
        if (root is null)
        {
            var synthetic = SyntheticAgents.Create(200).Select(f => (Path: "synthetic/" + Path.GetFileName(f.Path), Source: (string?)null, f.Text));
            return Select(synthetic, $"200 synthetic agents (SyntheticAgents.Create(200); {corpus} is absent)");
        }

        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"--agents: no folder {root}");
        }

        var files = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(p => !NotAgents.Contains(Path.GetFileName(p)))
            .Select(p => (Path: Path.GetRelativePath(root, p).Replace('\\', '/'), Source: (string?)p, Text: File.ReadAllText(p)));
        return Select(files, root);
    }

    private static BuildCostAgentSet Select(IEnumerable<(string Path, string? Source, string Text)> files, string from)
    {
        var considered = 0;
        var unusable = 0;
        var erroneous = 0;
        var usable = new List<BuildCostAgent>();
        foreach (var (path, source, text) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            considered++;
            var document = AgentFileParser.Parse(text);
            if (!document.IsUsable)
            {
                unusable++;
                continue;
            }

            // A usable file can still carry an error of its own (a duplicate key, a value of the wrong type): it would
            // fail the AgentGen build, so it is left out too.
            if (document.Problems.Any(p => (p.Severity ?? p.Descriptor.DefaultSeverity) == DiagnosticSeverity.Error))
            {
                erroneous++;
                continue;
            }

            usable.Add(new BuildCostAgent(path, source, text, FolderNamespace(path), document.Name!.Value.Value, document.Description!.Value.Value, document.Prompt));
        }

        // AGEN007 and AGEN018 are errors: keep the first file (by path) per C# identifier within each namespace.
        var agents = usable.GroupBy(a => (a.Namespace, IdentifierAssigner.BaseName(a.Name))).Select(g => g.First()).ToList();
        var collections = agents.Select(a => a.Namespace).Distinct().Count();
        var summary = $"{agents.Count} agents in {collections} collection(s) from {from} ({considered} .md files; left out: {unusable} not usable, "
            + $"{erroneous} with an error of their own, {usable.Count - agents.Count} same identifier as an earlier file)";
        return new BuildCostAgentSet(agents, summary);
    }

    /// <summary>The sub-namespace AgentGen gives a file's folder (its AgentGenFolderNamespaces rule), "" at the top.</summary>
    private static string FolderNamespace(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        return slash < 0 ? string.Empty : string.Join(".", relativePath.Substring(0, slash).Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => Identifiers.Pascal(part, "Folder")));
    }
}
