using System.Linq;
using AgentGen.Diagnostics;
using AgentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AgentGen.Tests.Analyzer;

/// <summary>
/// AGEN037: a project whose agents hold more text than one assembly's string literals can is told so, in words, before
/// the compiler's CS8103 (the catalogs compile every agent's text as literals; the user-string heap holds 16 MB).
/// </summary>
public sealed class TextVolumeRuleTests
{
    /// <summary>Agents of about 900,000 characters each (under the 1 MB file limit).</summary>
    private static AgentFile[] Agents(int count) =>
        Enumerable.Range(0, count).Select(i => AgentFile.Named($"big{i}.md", Fixtures.Minimal($"big{i}", new string('x', 900_000 + i) + "\n"))).ToArray();

    [Fact]
    public void MoreTextThanAnAssemblyHoldsIsAWarningAtTheLargestFile()
    {
        var found = AnalyzerHarness.Run(Agents(9)).Where(d => d.Id == "AGEN037").Select(AnalyzerHarness.Format).ToList();
        Assert.Equal(new[] { "AGEN037 Warning (1,1): The agent files of this project hold 8,100,486 characters of text, and one assembly holds about 8.3 million characters of string literals; past that the build fails with CS8103: add <Features>$(Features);experimental-data-section-string-literals</Features> to the project, or split the agents over two or more projects (the largest file is 900,058 characters)" }, found);
        Assert.Contains("big8.md", AnalyzerHarness.Run(Agents(9)).Single(d => d.Id == "AGEN037").Location.GetLineSpan().Path, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AProjectUnderTheThresholdHearsNothing()
    {
        Assert.DoesNotContain(AnalyzerHarness.Run(Agents(7)), d => d.Id == "AGEN037");
        Assert.True(7 * 900_058 < CrossFileRules.TextWarningCharacters);
    }

    [Fact]
    public void PastTheLimitTheCompilerFailsAsTheRuleSays()
    {
        // The reason for the rule: ten such agents compile to more user strings than the metadata format allows.
        var run = GeneratorHarness.RunOnce(Agents(10));
        using var stream = new System.IO.MemoryStream();
        var emit = run.Output.Emit(stream);
        Assert.False(emit.Success);
        Assert.Contains(emit.Diagnostics, d => d.Id == "CS8103" && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void TheCompilersDataSectionLiteralsLiftTheLimit()
    {
        // The fix AGEN037 names first: long literals become UTF-8 data outside the user-string heap.
        var run = GeneratorHarness.RunOnce(Agents(10));
        var features = new System.Collections.Generic.Dictionary<string, string> { [CrossFileRules.DataSectionFeature] = string.Empty };
        var trees = run.Output.SyntaxTrees.Select(t => t.WithRootAndOptions(t.GetRoot(), ((Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)t.Options).WithFeatures(features)));
        using var stream = new System.IO.MemoryStream();
        var emit = run.Output.RemoveAllSyntaxTrees().AddSyntaxTrees(trees).Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        Assert.Empty(AnalyzerHarness.Run(Agents(9), features: features).Where(d => d.Id == "AGEN037"));
    }
}
