using System.Linq;
using AgentGen.Parsing;
using Xunit;

namespace AgentGen.Tests.Parsing;

/// <summary>The shared parser: what it reads from a file and where it says things are.</summary>
public sealed class ParserTests
{
    [Fact]
    public void PromptIsTheExactBodyWithCrlfNormalised()
    {
        var text = "---\r\nname: a\r\ndescription: b\r\n---\r\n\r\nLine \"one\" {{x}}\r\n---\r\n* * *\r\nünï\r\n";
        var document = AgentFileParser.Parse(text);
        Assert.True(document.IsUsable);
        Assert.Equal("\nLine \"one\" {{x}}\n---\n* * *\nünï\n", document.Prompt);
    }

    [Fact]
    public void DescriptionEscapesAreYamls()
    {
        var document = AgentFileParser.Parse("---\nname: a\ndescription: \"x\\\\ny\\nz\"\n---\nbody");
        Assert.Equal("x\\ny\nz", document.Description!.Value.Value);
    }

    [Fact]
    public void ToolsSplitAtTopLevelCommasOnly()
    {
        var text = "---\nname: a\ndescription: b\ntools: Read, Agent(x, y), mcp__s__t, mcp__s, mcp__s__*, Bash(git:*)\n---\n";
        var tools = AgentFileParser.Parse(text).Tools!.Entries;
        Assert.Equal(new[] { "Read", "Agent(x, y)", "mcp__s__t", "mcp__s", "mcp__s__*", "Bash(git:*)" }, tools.Select(t => t.Text));
        Assert.Equal(new[] { ToolKind.Named, ToolKind.Named, ToolKind.McpTool, ToolKind.McpServer, ToolKind.McpWildcard, ToolKind.Named }, tools.Select(t => t.Kind));
        Assert.Equal(new[] { "x", "y" }, tools[1].SpawnAgents);
        Assert.Equal("Bash", tools[5].BaseName);
        Assert.Equal(text.IndexOf("mcp__s__t", System.StringComparison.Ordinal), tools[2].Start);
    }

    [Fact]
    public void UnquotedColonIsRecoveredAsTheWholeLine()
    {
        var text = "---\nname: a\ndescription: Use when: the build fails. Examples: x\ntools: Read\n---\nbody";
        var document = AgentFileParser.Parse(text);
        Assert.True(document.IsUsable);
        Assert.Equal("Use when: the build fails. Examples: x", document.Description!.Value.Value);
        var problem = Assert.Single(document.Problems);
        Assert.Equal("AGEN019", problem.Id);
        Assert.Equal(text.IndexOf("when:", System.StringComparison.Ordinal) + 4, problem.Start);
        Assert.Equal(text.IndexOf("Use when", System.StringComparison.Ordinal), document.Description!.Value.Start);
    }

    [Theory]
    [InlineData("no frontmatter here\n", "AGEN001")]
    [InlineData("---\nname: a\ndescription: b\n", "AGEN002")]
    [InlineData("---\nname: a\ndescription: b\n-----\nbody", "AGEN002")]
    [InlineData("---\nname: a\ndescription: [b\n---\nbody", "AGEN003")]
    [InlineData("---\nname: a\n---\nbody", "AGEN004")]
    [InlineData("---\nname: a\ndescription: \"\"\n---\nbody", "AGEN004")]
    public void UnusableFilesSayWhy(string text, string id)
    {
        var document = AgentFileParser.Parse(text);
        Assert.False(document.IsUsable);
        Assert.Contains(document.Problems, p => p.Id == id);
    }

    [Fact]
    public void AliasBombIsBounded()
    {
        var lines = new System.Text.StringBuilder("---\nname: a\ndescription: b\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 12; i++)
        {
            lines.Append($"x{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10)) + "]\n");
        }

        lines.Append("---\nbody\n");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var document = AgentFileParser.Parse(lines.ToString());
        Assert.True(watch.Elapsed < System.TimeSpan.FromSeconds(5));
        Assert.Contains(document.Problems, p => p.Id == "AGEN022");
    }

    [Fact]
    public void DeepNestingIsBounded()
    {
        var document = AgentFileParser.Parse("---\nname: a\ndescription: b\nx: " + new string('[', 10_000) + new string(']', 10_000) + "\n---\nbody");
        Assert.False(document.IsUsable);
        Assert.Contains(document.Problems, p => p.Id == "AGEN022");
    }
}
