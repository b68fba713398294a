using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AgentGen.Parsing;
using AgentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AgentGen.Tests.Fuzzing;

/// <summary>Every limit holds and says so: file size, alias expansion, nesting depth, identifier length.</summary>
public sealed class LimitsTests
{
    [Fact]
    public void OversizedFilesAreSkippedByTheGeneratorAndReported()
    {
        var big = AgentFile.Named("big.md", Fixtures.Minimal("big", new string('x', 5000)));
        var properties = new Dictionary<string, string> { ["AgentGenMaxFileSize"] = "4096" };
        var run = GeneratorHarness.RunOnce(new[] { big, AgentFile.Named("small.md", Fixtures.Minimal("small")) }, new HarnessOptions { Properties = properties }).AssertCompilesCleanly();
        Assert.DoesNotContain("Agent.Sample.Agents.BigAgent.g.cs", run.Sources.Keys);
        Assert.Contains("Agent.Sample.Agents.SmallAgent.g.cs", run.Sources.Keys);
        Assert.Equal("AGEN017", Assert.Single(AnalyzerHarness.Run(new[] { big }, properties)).Id);
    }

    [Fact]
    public void BillionLaughsIsBoundedInTimeAndMemory()
    {
        var text = new StringBuilder("---\nname: laughs\ndescription: d\nl0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            text.Append($"l{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10)) + "]\n");
        }

        text.Append("hooks:\n  Stop: *a9\n---\nbody\n");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var document = AgentFileParser.Parse(text.ToString());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // 10^10 nodes if expanded; the expansion budget stops at 100,000 nodes (a few MB at most).
        Assert.False(document.IsUsable);
        Assert.Contains(document.Problems, p => p.Id == "AGEN022");
        Assert.True(allocated < 64 * 1024 * 1024, $"allocated {allocated:N0} bytes");
        var run = GeneratorHarness.RunOnce(new[] { AgentFile.Named("laughs.md", text.ToString()) }).AssertCompilesCleanly();
        Assert.DoesNotContain(run.Sources.Keys, k => k.Contains("Laughs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(65)]
    [InlineData(100_000)]
    public void DeepNestingIsReportedNotRecursed(int depth)
    {
        var text = "---\nname: deep\ndescription: d\nx: " + new string('[', depth) + new string(']', depth) + "\n---\nbody\n";
        var document = AgentFileParser.Parse(text);
        var problem = Assert.Single(document.Problems, p => p.Id == "AGEN022");
        Assert.Equal("The frontmatter exceeds a limit (nesting deeper than 64 levels); the file is skipped", problem.Message);
        Assert.Null(GeneratorHarness.RunOnce(new[] { AgentFile.Named("deep.md", text) }).Generator.Exception);
    }

    [Fact]
    public void NestingUpToTheLimitIsFine()
    {
        var text = "---\nname: nested\ndescription: d\nhooks:\n  Stop: " + new string('[', 60) + new string(']', 60) + "\n---\nbody\n";
        Assert.True(AgentFileParser.Parse(text).IsUsable);
    }

    [Fact]
    public void GeneratedIdentifiersStayWithinTheLanguageLimit()
    {
        var files = new[]
        {
            AgentFile.Named("long1.md", $"---\nname: {new string('a', 5000)}\ndescription: d\ntools: {new string('T', 3000)}, mcp__{new string('s', 2000)}__{new string('t', 2000)}\n---\nbody\n"),
            AgentFile.Named("long2.md", $"---\nname: {new string('a', 5000)}-b\ndescription: d\n---\nbody\n"),
        };
        var run = GeneratorHarness.RunOnce(files).AssertCompilesCleanly();
        var identifiers = run.Output.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantTokens()).Where(t => t.IsKind(SyntaxKind.IdentifierToken));
        Assert.All(identifiers, t => Assert.True(t.ValueText.Length <= 512, $"identifier of {t.ValueText.Length} characters"));
        Assert.All(run.Sources.Keys, hint => Assert.True(hint.Length <= 100, hint));
    }

    [Fact]
    public void AliasExpansionBudgetIsPerFileNotPerValue()
    {
        // Many keys each expanding a medium bomb: under the per-value budget each would pass, together they must not.
        var text = new StringBuilder("---\nname: many\ndescription: d\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n");
        for (var i = 0; i < 2000; i++)
        {
            text.Append("k").Append(i).Append(": *c\n");
        }

        text.Append("---\nbody\n");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var document = AgentFileParser.Parse(text.ToString());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Single(document.Problems, p => p.Id == "AGEN022");
        Assert.False(document.IsUsable);
        Assert.True(allocated < 64 * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void LongRunsOfSpacesInRecoveredLinesStayLinear()
    {
        // Strict YAML fails on 'a: b', so recovery reads every line: its pattern must not be quadratic in the spaces.
        var text = "---\nname: spaces\ndescription: a: b" + new string(' ', 200_000) + "c\n---\nbody\n";
        var before = GC.GetAllocatedBytesForCurrentThread();
        var document = AgentFileParser.Parse(text);
        Assert.True(document.IsUsable);
        Assert.Equal("a: b" + new string(' ', 200_000) + "c", document.Description!.Value.Value);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64 * 1024 * 1024);
    }

    /// <summary>
    /// A hang guard, not a speed target: each of these inputs took minutes when a tag search restarted from every tag
    /// (10^10 character comparisons and more); linear, they take well under a second even on a loaded machine.
    /// </summary>
    [Theory]
    [InlineData("strays")]
    [InlineData("nested")]
    [InlineData("opens")]
    [InlineData("placeholders")]
    public void ThousandsOfTagsOrPlaceholdersStayLinear(string shape)
    {
        const int Count = 60_000;
        var (description, prompt) = shape switch
        {
            "strays" => ("d " + string.Concat(Enumerable.Repeat("</example>", Count)), "body"),
            "nested" => (string.Concat(Enumerable.Repeat("<example>", Count)) + string.Concat(Enumerable.Repeat("</example>", Count)), "body"),
            "opens" => (string.Concat(Enumerable.Repeat("<example>", Count)) + "</example>", "body"),
            _ => ("d", string.Concat(Enumerable.Range(0, Count).Select(i => "{{p" + i + "}} "))),
        };
        var text = $"---\nname: many\ndescription: \"{description}\"\n---\n{prompt}\n";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var diagnostics = AnalyzerHarness.Run(new[] { AgentFile.Named("many.md", text) });
        var run = GeneratorHarness.RunOnce(new[] { AgentFile.Named("many.md", text) });
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"{shape}: {watch.Elapsed}");
        Assert.Null(run.Generator.Exception);
        Assert.True(diagnostics.Count(d => d.Id == "AGEN034") <= 20);
        if (shape == "placeholders")
        {
            var limit = Assert.Single(diagnostics, d => d.Id == "AGEN036");
            Assert.Equal("The agent gets no typed PromptArguments: placeholder 'p256' is beyond a limit (the prompt has more than 256 placeholders); fill the prompt with RenderPrompt(path => ...), or use fewer or shorter paths", limit.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void APathOfThousandsOfNamesGivesNoTypedArgumentsAndSaysWhy()
    {
        var deep = string.Join(".", Enumerable.Repeat("a", 100_000));
        var text = "---\nname: deep\ndescription: d\n---\nUse {{stack.name}} and {{" + deep + "}}.\n";
        var run = GeneratorHarness.RunOnce(new[] { AgentFile.Named("deep.md", text) }, new HarnessOptions
        {
            Source = "namespace Consumer { internal static class Uses { internal static string R() { return Sample.Agents.DeepAgent.RenderPrompt(p => p, keepMissing: true); } } }",
        }).AssertCompilesCleanly();
        Assert.DoesNotContain("PromptArguments", run.Source("Agent.Sample.Agents.DeepAgent.g.cs"), StringComparison.Ordinal);
        var limit = Assert.Single(AnalyzerHarness.Run(new[] { AgentFile.Named("deep.md", text) }), d => d.Id == "AGEN036");
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(4, 23), limit.Location.GetLineSpan().StartLinePosition);
        Assert.Contains("it has 100000 names, more than 16", limit.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
