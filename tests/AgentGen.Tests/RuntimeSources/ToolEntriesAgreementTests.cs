using System.Linq;
using AgentGen.Parsing;
using AgentGen.Runtime;
using Xunit;

namespace AgentGen.Tests.RuntimeSources;

/// <summary>
/// The run-time tool rules (Runtime/AgentToolEntries.cs, compiled here as it is emitted) read every entry as the build does
/// (Parsing/ToolEntry.cs): the same base name, argument, concreteness and spawn targets, so CanUse and the analyzer agree.
/// </summary>
public sealed class ToolEntriesAgreementTests
{
    public static readonly TheoryData<string> Entries = new()
    {
        "Read", "Bash", "Task", "Agent", "Agent(a, b)", "Task(worker)", "Agent()", "Agent( a ,, b )", "Bash(git:*)", "Bash(rm -rf /)",
        "Bash(foo", "foo)", "(x)", "mcp__github", "mcp__github__create_issue", "mcp__github__*", "mcp__*", "mcp__", "mcp____x",
        "mcp__a__b__c", "mcp__x(y)", "read_file", "Agent(Agent(x))", " Read ", "日本語", "mcp__srv__tool-name",
    };

    [Theory]
    [MemberData(nameof(Entries))]
    public void EntryIsReadAlikeAtBuildAndRunTime(string entry)
    {
        var build = ToolEntry.Create(entry.Trim(), 0, entry.Length);
        Assert.Equal(build.BaseName, AgentToolEntries.BaseName(entry));
        Assert.Equal(build.Argument, AgentToolEntries.ArgumentOf(entry));
        Assert.Equal(build.IsConcrete, AgentToolEntries.IsConcrete(entry));
        Assert.Equal(build.SpawnAgents, AgentToolEntries.SpawnTargets(new[] { entry }));
    }

    [Theory]
    [InlineData("Read", "Read", true)]
    [InlineData("Task", "Agent", true)]
    [InlineData("Agent(worker)", "Task", true)]
    [InlineData("mcp__github", "mcp__github__create_issue", true)]
    [InlineData("mcp__github", "mcp__githubx__tool", false)]
    [InlineData("mcp__github__*", "mcp__github__anything", true)]
    [InlineData("mcp__*", "mcp__any__tool", true)]
    [InlineData("mcp__*", "Read", false)]
    [InlineData("Bash(git:*)", "Bash", true)]
    [InlineData("mcp__github__create_issue", "mcp__github__create_issue_2", false)]
    public void EntriesCoverTheirTools(string entry, string tool, bool expected) => Assert.Equal(expected, AgentToolEntries.Matches(entry, tool));

    [Fact]
    public void ArgumentsOfDisallowedEntriesRestrictUseNotTheTool()
    {
        Assert.True(AgentToolEntries.CanUse(new[] { "Bash" }, new[] { "Bash(rm:*)" }, "Bash"));
        Assert.False(AgentToolEntries.CanUse(null, new[] { "Bash" }, "Bash"));
        Assert.False(AgentToolEntries.CanSpawn(new[] { "Agent(a, b)" }, new[] { "Agent(b)" }, "b"));
        Assert.True(AgentToolEntries.CanSpawn(new[] { "Task" }, System.Array.Empty<string>(), "anyone"));
    }
}
