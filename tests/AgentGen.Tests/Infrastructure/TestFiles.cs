using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AgentGen.Tests.Infrastructure;

/// <summary>An in-memory AdditionalFiles item.</summary>
public sealed class TestAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public TestAdditionalText(string path, string text)
    {
        Path = path;
        // Like the compiler's decoder for a file without BOM: UTF-8 whose encoder writes no preamble.
        _text = SourceText.From(text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    public TestAdditionalText(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Analyzer config options: global build properties plus per-file metadata, as MSBuild would pass them.</summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly ImmutableDictionary<string, ImmutableDictionary<string, string>> _perFile;

    public TestOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile)
    {
        GlobalOptions = new Options(global.ToImmutableDictionary(p => "build_property." + p.Key, p => p.Value));
        _perFile = perFile.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableDictionary(m => "build_metadata.AdditionalFiles." + m.Key, m => m.Value));
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _perFile.TryGetValue(textFile.Path, out var values) ? new Options(values) : Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        private readonly ImmutableDictionary<string, string> _values;

        public Options(ImmutableDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value)
        {
            if (_values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = null!;
            return false;
        }
    }
}

/// <summary>Paths of the repository, the shared folder beside it, and reference assemblies.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string SharedDirectory => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string CorpusDirectory => Path.Combine(SharedDirectory, "corpus");

    /// <summary>The seeds as the sample keeps them (byte-identical copies of ../shared/seeds, checked by a test).</summary>
    public static string SampleAgents => Path.Combine(RepositoryRoot, "samples", "AgentGen.Sample", ".claude", "agents");

    public static string Snapshots => Path.Combine(RepositoryRoot, "tests", "AgentGen.Tests", "_snapshots");

    public static string NetStandardReferences => Metadata("NetStandardReferenceDirectory");

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

/// <summary>The five seeds: file in the sample, seed file name, namespace the sample gives it.</summary>
public static class Seeds
{
    public static readonly (string Id, string SamplePath, string SeedFile, string Namespace)[] All =
    {
        ("000", "fullstack/backend-developer.md", "000_6658e2bdc5f26f2f.md", "Sample.Agents.Fullstack"),
        ("001", "fullstack/backend-dev.md", "001_231d13be96718349.md", "Sample.Agents.Fullstack"),
        ("002", "enterprise/backend-developer.md", "002_24987124641d5949.md", "Sample.Agents.Enterprise"),
        ("003", "studio/backend-developer.md", "003_0de9009d941a1773.md", "Sample.Agents.Studio"),
        ("004", "tooling/backend-developer.md", "004_8e1702084dc633a9.md", "Sample.Agents.Tooling"),
    };

    public static string Text(string id) => File.ReadAllText(Path.Combine(TestPaths.SampleAgents, All.Single(s => s.Id == id).SamplePath));

    public static AgentFile AgentFile(string id)
    {
        var seed = All.Single(s => s.Id == id);
        return new Infrastructure.AgentFile("/project/.claude/agents/" + seed.SamplePath, Text(id), seed.Namespace);
    }

    public static IEnumerable<AgentFile> Files() => All.Select(s => AgentFile(s.Id));
}
