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

using AgentGen.Testing;
using Xunit;

namespace AgentGen.Tests.Infrastructure;

/// <summary>Paths of the repository, the shared folder beside it, and reference assemblies.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    /// <summary>
    /// Moves the shared folder (seeds, corpus) from ../shared. CI points it at a folder that does not exist and runs the
    /// tests that need the folder again, proving that a clone without ../shared still passes: they skip, saying why.
    /// </summary>
    public const string SharedVariable = "AGENTGEN_SHARED_DIR";

    /// <summary>The trait of the tests that read the shared folder (run again by CI with it hidden).</summary>
    public const string NeedsShared = "shared";

    public static string SharedDirectory => Environment.GetEnvironmentVariable(SharedVariable) is { Length: > 0 } moved
        ? Path.GetFullPath(moved)
        : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string CorpusDirectory => Path.Combine(SharedDirectory, "corpus");

    /// <summary>
    /// A folder of the shared folder, or a skip of the calling test (which must be a [SkippableFact] or [SkippableTheory])
    /// with the reason: where it looked, and how to run it.
    /// </summary>
    public static string RequireShared(string folder)
    {
        var path = Path.Combine(SharedDirectory, folder);
        Skip.IfNot(Directory.Exists(path), $"{path} does not exist: this test needs the shared folder (seeds and corpus) beside the repository as ../shared, or {SharedVariable} pointing at it.");
        return path;
    }

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
