using System.Collections.Generic;
using System.Linq;
using AgentGen.Tests.Infrastructure;
using Xunit;

namespace AgentGen.Tests.Analyzer;

/// <summary>The five seeds produce exactly these diagnostics, and none once the app declares its own tools.</summary>
public sealed class SeedDiagnosticsTests
{
    [Fact]
    public void SeedsWithTheAppsToolsDeclaredAreClean() =>
        Assert.Empty(AnalyzerHarness.Run(Seeds.Files(), new Dictionary<string, string> { ["AgentGenExtraToolList"] = "read_file,write_file,search_files,edit_block" }));

    [Fact]
    public void SeedsWithoutTheAppsToolsReportThem()
    {
        var diagnostics = AnalyzerHarness.Run(Seeds.Files()).Select(d => $"{System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(d.Location.GetLineSpan().Path))} {AnalyzerHarness.Format(d)}");
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
