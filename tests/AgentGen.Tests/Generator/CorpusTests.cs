using System.IO;
using System.Linq;
using AgentGen.Parsing;
using AgentGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace AgentGen.Tests.Generator;

/// <summary>
/// Over the real agent files of ../shared/corpus: every file either yields compiling code or is skipped, and nothing
/// throws. Skipped (with the path it looked for) when the shared folder is not beside the repository.
/// </summary>
public sealed class CorpusTests
{
    private readonly ITestOutputHelper _output;

    public CorpusTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    [Trait("Needs", TestPaths.NeedsShared)]
    public void EveryFileParsesWithoutThrowing()
    {
        var files = CorpusFiles();
        var usable = files.Count(f => AgentFileParser.Parse(f.Text).IsUsable);
        _output.WriteLine($"{files.Length} corpus files: {usable} generate an agent, {files.Length - usable} are skipped.");
        Assert.True(files.Length >= 170, $"expected the 172 corpus files, found {files.Length}");
        Assert.True(usable >= files.Length - 2, $"only {usable} of {files.Length} corpus files are usable");
    }

    [SkippableFact]
    [Trait("Needs", TestPaths.NeedsShared)]
    public void GroupedByCollectionCompilesCleanly()
    {
        var files = CorpusFiles();
        var run = GeneratorHarness.RunOnce(files).AssertCompilesCleanly();
        var agents = run.Sources.Keys.Count(k => k.StartsWith("Agent.", System.StringComparison.Ordinal));
        _output.WriteLine($"{agents} agent classes generated from {files.Length} files.");
        Assert.Equal(files.Count(f => AgentFileParser.Parse(f.Text).IsUsable), agents);
    }

    [SkippableFact]
    [Trait("Needs", TestPaths.NeedsShared)]
    public void AllInOneNamespaceCompilesCleanly()
    {
        // Collections share names (several backend-developer agents): one namespace forces every collision rule.
        var files = CorpusFiles().Select(f => f with { Namespace = null });
        GeneratorHarness.RunOnce(files).AssertCompilesCleanly();
    }

    public static AgentFile[] CorpusFiles()
    {
        var corpus = TestPaths.RequireShared("corpus");
        return Directory.GetFiles(corpus, "*.md", SearchOption.AllDirectories)
            .Where(p => !Path.GetFileName(p).Equals("SOURCES.md", System.StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .Select(p => new AgentFile(
                "/project/.claude/agents/" + Path.GetRelativePath(corpus, p).Replace('\\', '/'),
                File.ReadAllText(p),
                "Corpus." + Path.GetFileName(Path.GetDirectoryName(p))!.Replace("__", ".").Replace("-", string.Empty)))
            .ToArray();
    }
}
