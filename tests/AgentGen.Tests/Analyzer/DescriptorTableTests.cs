using System.IO;
using System.Linq;
using AgentGen.Diagnostics;
using AgentGen.Tests.Infrastructure;
using Xunit;

namespace AgentGen.Tests.Analyzer;

/// <summary>Every rule of the descriptor table is documented: its page behind the help link, its row in the index, its release entry.</summary>
public sealed class DescriptorTableTests
{
    public static TheoryData<string> Ids => new(DiagnosticDescriptors.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryRuleHasItsPageIndexRowAndReleaseEntry(string id)
    {
        var descriptor = DiagnosticDescriptors.All.Single(d => d.Id == id);
        var docs = Path.Combine(TestPaths.RepositoryRoot, "docs", "diagnostics");
        var page = Path.Combine(docs, id + ".md");
        Assert.True(File.Exists(page), $"{id} has no page docs/diagnostics/{id}.md (its help link points there)");
        Assert.StartsWith($"# {id}: {descriptor.Title}", File.ReadAllText(page), System.StringComparison.Ordinal);
        Assert.Equal(DiagnosticDescriptors.HelpUri(id), descriptor.HelpLinkUri);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"{id} has no description");
        Assert.Contains($"| [{id}]({id}.md) | {descriptor.DefaultSeverity}", File.ReadAllText(Path.Combine(docs, "README.md")), System.StringComparison.Ordinal);
        Assert.Contains($"{id} | {DiagnosticDescriptors.Category} | {descriptor.DefaultSeverity} | {descriptor.Title}",
            File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "AgentGen", "AnalyzerReleases.Unshipped.md")), System.StringComparison.Ordinal);
    }

    [Fact]
    public void TheAnalyzerSupportsTheWholeTableNumberedWithoutGaps()
    {
        // The table is read by reflection: a descriptor field with a reused or skipped ID would pass unnoticed otherwise.
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToList();
        Assert.Equal(Enumerable.Range(1, ids.Count).Select(i => $"AGEN{i:D3}"), ids);
        Assert.Equal(DiagnosticDescriptors.All, new AgentFileAnalyzer().SupportedDiagnostics);
    }
}
