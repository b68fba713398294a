using AgentGen.Naming;
using System.Linq;
using AgentGen.Generation;
using AgentGen.Model;
using AgentGen.Tests.Infrastructure;
using System.Collections.Immutable;
using Xunit;

namespace AgentGen.Tests.Generator;

/// <summary>Identifiers are valid, deterministic whatever the file order, and collisions never break the build.</summary>
public sealed class IdentifierTests
{
    [Theory]
    [InlineData("backend-dev", "BackendDev")]
    [InlineData("code_reviewer", "CodeReviewer")]
    [InlineData("class", "Class")]
    [InlineData("2fast", "_2fast")]
    [InlineData("日本語-agent", "日本語")]
    [InlineData("café-bot", "CaféBot")]
    [InlineData("---", "Unnamed")]
    [InlineData("x-agent", "X")]
    [InlineData("agent", "Agent")]
    public void BaseNames(string name, string expected) => Assert.Equal(expected, IdentifierAssigner.BaseName(name));

    [Fact]
    public void LongNamesStayDistinctAndWithinTheLimit()
    {
        var a = IdentifierAssigner.BaseName(new string('n', 600));
        var b = IdentifierAssigner.BaseName(new string('n', 600) + "-b");
        Assert.NotEqual(a, b);
        Assert.True(a.Length <= 400 && b.Length <= 400);
    }

    [Fact]
    public void CollisionsGetSuffixesInSortedOrder()
    {
        var keys = new[]
        {
            new AgentKey("N", "code_reviewer", "b.md"),
            new AgentKey("N", "code-reviewer", "a.md"),
            new AgentKey("N", "code-reviewer", "c.md"),
            new AgentKey("M", "code-reviewer", "d.md"),
            new AgentKey("N", "all", "e.md"),
        };
        var forward = IdentifierAssigner.Assign(keys.ToImmutableArray()).Identities;
        var backward = IdentifierAssigner.Assign(keys.Reverse().ToImmutableArray()).Identities;
        Assert.Equal(forward, backward);
        Assert.Equal(
            new[] { "M.CodeReviewerAgent", "N.AllAgent", "N.CodeReviewerAgent", "N.CodeReviewerAgent2", "N.CodeReviewerAgent3" },
            forward.Select(i => i.Key.Namespace + "." + i.ClassName));
        Assert.Equal(new[] { "CodeReviewer", "All_", "CodeReviewer", "CodeReviewer_2", "CodeReviewer_3" }, forward.Select(i => i.CatalogProperty));
        Assert.Equal("a.md", forward.Single(i => i.ClassName == "CodeReviewerAgent" && i.Key.Namespace == "N").Key.SourcePath);
    }

    [Fact]
    public void HintNamesDifferBeyondCase()
    {
        var identities = IdentifierAssigner.Assign(new[] { new AgentKey("N", "ab", "1.md"), new AgentKey("N", "aB", "2.md") }.ToImmutableArray()).Identities;
        Assert.Equal(2, identities.Select(i => i.HintName.ToUpperInvariant()).Distinct().Count());
    }

    [Fact]
    public void DuplicateNamesInOneNamespaceStillCompile()
    {
        var run = GeneratorHarness.RunOnce(new[]
        {
            AgentFile.Named("one/reviewer.md", Fixtures.Minimal("reviewer")),
            AgentFile.Named("two/reviewer.md", Fixtures.Minimal("reviewer")),
        }).AssertCompilesCleanly();
        Assert.Contains("Agent.Sample.Agents.ReviewerAgent.g.cs", run.Sources.Keys);
        Assert.Contains("Agent.Sample.Agents.ReviewerAgent2.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void OutputIsIdenticalInAnyFileOrder()
    {
        var files = Seeds.Files().Concat(Fixtures.Runtime()).Concat(Fixtures.TrickyNames()).ToList();
        var forward = GeneratorHarness.RunOnce(files).Sources;
        var reversed = Enumerable.Reverse(files).ToList();
        var backward = GeneratorHarness.RunOnce(reversed).Sources;
        Assert.Equal(forward.OrderBy(p => p.Key, System.StringComparer.Ordinal), backward.OrderBy(p => p.Key, System.StringComparer.Ordinal));
    }

    [Fact]
    public void CrlfAndLfCopiesGiveIdenticalOutput()
    {
        var lf = GeneratorHarness.RunOnce(Seeds.Files()).Sources;
        var crlf = GeneratorHarness.RunOnce(Seeds.Files().Select(f => f with { Text = f.Text.Replace("\r\n", "\n").Replace("\n", "\r\n") })).Sources;
        Assert.Equal(lf, crlf);
    }

    [Fact]
    public void SubfoldersGiveSubNamespacesUnlessANamespaceIsGiven()
    {
        var run = GeneratorHarness.RunOnce(new[]
        {
            new AgentFile("/project/.claude/agents/studio/backend-developer.md", Fixtures.Minimal("backend-developer"), Folder: "studio/"),
            new AgentFile("/project/.claude/agents/my-team/2024/backend-developer.md", Fixtures.Minimal("backend-developer"), Folder: "my-team/2024/"),
            new AgentFile("/project/.claude/agents/other/backend-developer.md", Fixtures.Minimal("backend-developer"), Namespace: "Explicit.Agents", Folder: "other/"),
            new AgentFile("/project/.claude/agents/backend-developer.md", Fixtures.Minimal("backend-developer")),
        }).AssertCompilesCleanly();
        Assert.Equal(
            new[] { "Agent.Explicit.Agents.BackendDeveloperAgent.g.cs", "Agent.Sample.Agents.BackendDeveloperAgent.g.cs", "Agent.Sample.Agents.MyTeam._2024.BackendDeveloperAgent.g.cs", "Agent.Sample.Agents.Studio.BackendDeveloperAgent.g.cs" },
            run.Sources.Keys.Where(k => k.StartsWith("Agent.", System.StringComparison.Ordinal)).OrderBy(k => k, System.StringComparer.Ordinal));
    }

    [Fact]
    public void FolderNamespacesCanBeTurnedOff()
    {
        var files = new[]
        {
            new AgentFile("/project/.claude/agents/a/reviewer.md", Fixtures.Minimal("reviewer"), Folder: "a/"),
            new AgentFile("/project/.claude/agents/b/reviewer.md", Fixtures.Minimal("reviewer"), Folder: "b/"),
        };
        var properties = new System.Collections.Generic.Dictionary<string, string> { ["AgentGenFolderNamespaces"] = "false" };
        var run = GeneratorHarness.RunOnce(files, new HarnessOptions { Properties = properties }).AssertCompilesCleanly();
        Assert.Contains("Agent.Sample.Agents.ReviewerAgent2.g.cs", run.Sources.Keys);
        Assert.Equal(2, AnalyzerHarness.Run(files, properties).Count(d => d.Id == "AGEN007"));
    }
}
