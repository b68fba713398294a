using System.Collections.Generic;
using System.Linq;
using AgentGen.Tests.Infrastructure;
using Xunit;

namespace AgentGen.Tests.Analyzer;

/// <summary>
/// The five seeds produce exactly these diagnostics: seed 004's app tools until the app declares them, and seed 001's
/// text saved with the wrong encoding, each damaged line with its repair.
/// </summary>
public sealed class SeedDiagnosticsTests
{
    [Fact]
    public void SeedsWithTheAppsToolsDeclaredAreCleanButForTheDamagedText() =>
        Assert.All(AnalyzerHarness.Run(Seeds.Files(), new Dictionary<string, string> { ["AgentGenExtraToolList"] = "read_file,write_file,search_files,edit_block" }),
            d => Assert.Equal("AGEN035", d.Id));

    [Fact]
    public void Seed001sDamagedLinesAreReportedWithTheirRepairedText()
    {
        var diagnostics = AnalyzerHarness.Run(new[] { Seeds.AgentFile("001") }).Select(AnalyzerHarness.Format);
                Assert.Equal(new[]
        {
            $"AGEN035 Warning (10,1): '<U+F8FF>üîß' is '🔧' saved with the wrong encoding (UTF-8 read as Mac Roman): replace it with '🔧'",
            $"AGEN035 Warning (16,1): '<U+F8FF>üîß' is '🔧' saved with the wrong encoding (UTF-8 read as Mac Roman): replace it with '🔧'",
            $"AGEN035 Warning (19,4): '<U+F8FF>üéØ' is '🎯' saved with the wrong encoding (UTF-8 read as Mac Roman): replace it with '🎯'",
            $"AGEN035 Warning (147,4): '<U+F8FF>üìù' is '📝' saved with the wrong encoding (UTF-8 read as Mac Roman): replace it with '📝'",
            $"AGEN035 Warning (159,1): '‚îú‚îÄ‚îÄ' is '├──' saved with the wrong encoding (UTF-8 read as Mac Roman): replace it with '├──'",
            "AGEN035 Warning (160,1): 25 more lines have text saved with the wrong encoding, from line 160 on: repair them as the lines above",
        }, diagnostics);
    }

    [Fact]
    public void SeedsWithoutTheAppsToolsReportThem()
    {
        var diagnostics = AnalyzerHarness.Run(Seeds.Files()).Where(d => d.Id != "AGEN035").Select(d => $"{System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(d.Location.GetLineSpan().Path))} {AnalyzerHarness.Format(d)}");
        Assert.Equal(string.Join("\n", new[]
        {
            "tooling AGEN009 Warning (4,8): Unknown tool 'read_file': not a built-in tool; declare the app's own tools in the MSBuild property AgentGenExtraTools",
            "tooling AGEN020 Warning (4,8): None of the tools in 'tools' is known (read_file, write_file, search_files, edit_block): Claude Code would refuse to spawn the agent; fix the names, or declare the app's own tools in the MSBuild property AgentGenExtraTools",
            "tooling AGEN009 Warning (4,18): Unknown tool 'write_file': not a built-in tool; declare the app's own tools in the MSBuild property AgentGenExtraTools",
            "tooling AGEN009 Warning (4,29): Unknown tool 'search_files': not a built-in tool; declare the app's own tools in the MSBuild property AgentGenExtraTools",
            "tooling AGEN009 Warning (4,42): Unknown tool 'edit_block': not a built-in tool; declare the app's own tools in the MSBuild property AgentGenExtraTools",
        }), string.Join("\n", diagnostics));
    }
}
