using System.Linq;
using AgentGen.Tests.Infrastructure;
using Xunit;

namespace AgentGen.Tests.Generator;

/// <summary>The shape of the generated code: golden files in _snapshots/, one per generated file.</summary>
public sealed class SnapshotTests
{
    private static readonly GeneratorRun SeedRun = GeneratorHarness.RunOnce(Seeds.Files(), new HarnessOptions
    {
        Properties = new System.Collections.Generic.Dictionary<string, string> { ["AgentGenExtraToolList"] = "read_file,write_file,search_files,edit_block" },
    });

    /// <summary>Seed 000: a quoted description with escapes and examples, no tools key (inherits every tool), model and color.</summary>
    [Fact]
    public void QuotedDescriptionWithEscapesAndNoToolsKey() => VerifySeed("000");

    /// <summary>Seed 001: a comma tool list with Task, and a long Markdown prompt with placeholders and damaged characters.</summary>
    [Fact]
    public void CommaToolListAndLongMarkdownPrompt() => VerifySeed("001");

    /// <summary>Seed 002: only name, description and tools; the model is inherited.</summary>
    [Fact]
    public void MinimalKeysInheritTheModel() => VerifySeed("002");

    /// <summary>Seed 003: legacy tool names (MultiEdit), a model alias and a color.</summary>
    [Fact]
    public void LegacyToolNamesModelAliasAndColor() => VerifySeed("003");

    /// <summary>Seed 004: the app's own tools (AgentGenExtraTools) and a full model id.</summary>
    [Fact]
    public void AppDefinedToolsAndFullModelId() => VerifySeed("004");

    [Fact]
    public void SharedTypesFollowTheFormatTable() => Snapshot.Verify(SeedRun.Source("AgentGen.SharedTypes.g.cs"), "AgentGen.SharedTypes.g.cs");

    [Fact]
    public void RuntimeCodeIsTheEmbeddedSources() => Snapshot.Verify(SeedRun.Source("AgentGen.Runtime.g.cs"), "AgentGen.Runtime.g.cs");

    [Fact]
    public void ToolEnum() => Snapshot.Verify(SeedRun.Source("AgentGen.AgentTool.g.cs"), "AgentGen.AgentTool.g.cs");

    [Fact]
    public void Catalogs()
    {
        var hints = SeedRun.Sources.Keys.Where(h => h.StartsWith("Catalog.", System.StringComparison.Ordinal)).OrderBy(h => h, System.StringComparer.Ordinal).ToList();
        Assert.Equal(5, hints.Count); // the shared namespace and the four seed namespaces
        foreach (var hint in hints)
        {
            Snapshot.Verify(SeedRun.Source(hint), hint);
        }
    }

    [Fact]
    public void SeedsCompileCleanly() => SeedRun.AssertCompilesCleanly();

    [Fact]
    public void EveryKeyAtLanguageVersion73()
    {
        var run = GeneratorHarness.RunOnce(
            new[] { AgentFile.Named("lead.md", System.IO.File.ReadAllText(System.IO.Path.Combine(TestPaths.RepositoryRoot, "tests/AgentGen.Tests/.claude/agents/lead.md"))) },
            new HarnessOptions { LanguageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3, NetStandard = true, Nullable = Microsoft.CodeAnalysis.NullableContextOptions.Disable });
        Snapshot.Verify(run.Source("Agent.Sample.Agents.LeadAgent.g.cs"), "Agent.Sample.Agents.LeadAgent.g.cs");
        Snapshot.Verify(run.Source("Catalog.Sample.Agents.g.cs"), "Catalog.Sample.Agents.g.cs");
    }

    private static void VerifySeed(string id, [System.Runtime.CompilerServices.CallerMemberName] string method = "")
    {
        var seed = Seeds.All.Single(s => s.Id == id);
        var hint = SeedRun.Sources.Keys.Single(h => h.StartsWith("Agent." + seed.Namespace + ".", System.StringComparison.Ordinal)
            && SeedRun.Source(h).Contains("\\\"$source\\\":\\\".claude/agents/" + seed.SamplePath + "\\\"", System.StringComparison.Ordinal));
        Snapshot.Verify(SeedRun.Source(hint), hint, method: method);
    }
}
