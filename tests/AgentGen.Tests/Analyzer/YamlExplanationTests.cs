using System.Linq;
using AgentGen.Tests.Infrastructure;
using Xunit;

namespace AgentGen.Tests.Analyzer;

/// <summary>
/// A value that YAML reads as syntax is explained in a Markdown author's words, at the character YAML took as syntax:
/// which character, what YAML made of it, and what to write instead (AGEN003 when the file cannot be read, AGEN019 when
/// AgentGen reads the line as text as Claude Code does).
/// </summary>
public sealed class YamlExplanationTests
{
    [Theory]
    [InlineData("tools: *", "AGEN003 Error (4,8): The frontmatter is not valid YAML: '*' is not a wildcard in 'tools': YAML reads it as an alias (a reference to an '&anchor'); to give the agent every tool, remove the 'tools' key")]
    [InlineData("tools:\n  - Read\n  - *", "AGEN003 Error (6,5): The frontmatter is not valid YAML: '*' is not a wildcard in 'tools': YAML reads it as an alias (a reference to an '&anchor'); to give the agent every tool, remove the 'tools' key")]
    [InlineData("initialPrompt: **TECHNICAL DESIGN SPECIALIST**: start", "AGEN003 Error (4,16): The frontmatter is not valid YAML: the value of 'initialPrompt' starts with '*', which YAML reads as an alias (a reference to an '&anchor'): quote the value (initialPrompt: \"**TECHNICAL DESIGN SPECIALIST...\")")]
    [InlineData("initialPrompt: & co", "AGEN003 Error (4,16): The frontmatter is not valid YAML: the value of 'initialPrompt' starts with '&', which YAML reads as an anchor (a name given to a value): quote the value (initialPrompt: \"& co\")")]
    [InlineData("initialPrompt: | start here", "AGEN003 Error (4,16): The frontmatter is not valid YAML: the value of 'initialPrompt' starts with '|', which YAML reads as a block of text that begins on the next line: quote the value (initialPrompt: \"| start here\"), or move the text to the lines below 'initialPrompt: |', indented")]
    [InlineData("initialPrompt: > start here", "AGEN003 Error (4,16): The frontmatter is not valid YAML: the value of 'initialPrompt' starts with '>', which YAML reads as a block of text that begins on the next line: quote the value (initialPrompt: \"> start here\"), or move the text to the lines below 'initialPrompt: >', indented")]
    [InlineData("initialPrompt: [draft] start", "AGEN003 Error (4,16): The frontmatter is not valid YAML: the value of 'initialPrompt' starts with '[', which YAML reads as a list: close the list with ']', or if it is text, quote the value (initialPrompt: \"[draft] start\")")]
    [InlineData("initialPrompt: {draft} start", "AGEN003 Error (4,16): The frontmatter is not valid YAML: the value of 'initialPrompt' starts with '{', which YAML reads as a mapping: close it with '}', or if it is text, quote the value (initialPrompt: \"{draft} start\")")]
    [InlineData("skills:\n  - @team/planning", "AGEN003 Error (5,5): The frontmatter is not valid YAML: the value of 'skills' starts with '@', a character YAML reserves: quote the value (skills: \"@team/planning\")")]
    [InlineData("skills:\n  - `plan`", "AGEN003 Error (5,5): The frontmatter is not valid YAML: the value of 'skills' starts with '`', a character YAML reserves: quote the value (skills: \"`plan`\")")]
    [InlineData("skills:\n  - %plan", "AGEN003 Error (5,5): The frontmatter is not valid YAML: the value of 'skills' starts with '%', which YAML reads as a directive: quote the value (skills: \"%plan\")")]
    [InlineData("initialPrompt: Start\n  with this: first", "AGEN003 Error (5,12): The frontmatter is not valid YAML: the value of 'initialPrompt' contains ': ' on line 5, which YAML reads as the start of a new key: quote the whole value (initialPrompt: \"...\"), or write it as a block ('initialPrompt: |' with the text indented on the lines below)")]
    [InlineData("initialPrompt: \"Start", "AGEN003 Error (4,16): The frontmatter is not valid YAML: the quoted value of 'initialPrompt' is not closed, or a quote inside it is not escaped: in \"...\" write \\\" for a quote, in '...' write ''")]
    [InlineData("initialPrompt: %start", "AGEN019 Warning (4,16): The value of 'initialPrompt' starts with '%', which YAML reads as a directive: AgentGen reads the rest of the line as the value, as Claude Code does, but other YAML loaders reject the file or read it differently; quote the value")]
    [InlineData("initialPrompt: @team start", "AGEN019 Warning (4,16): The value of 'initialPrompt' starts with '@', a character YAML reserves: AgentGen reads the rest of the line as the value, as Claude Code does, but other YAML loaders reject the file or read it differently; quote the value")]
    [InlineData("initialPrompt: !important start", "AGEN019 Warning (4,16): The value of 'initialPrompt' starts with '!', which YAML reads as a tag and drops from the value: AgentGen reads the rest of the line as the value, as Claude Code does, but other YAML loaders reject the file or read it differently; quote the value")]
    [InlineData("initialPrompt: Start: now", "AGEN019 Warning (4,21): The value of 'initialPrompt' contains ': ', which YAML reads as the start of a new key: AgentGen reads the rest of the line as the value, as Claude Code does, but other YAML loaders reject the file or read it differently; quote the value")]
    public void SyntaxCharacterIsNamedAtItsPosition(string line, string expected)
    {
        var file = AgentFile.Named("a.md", $"---\nname: a\ndescription: b\n{line}\n---\nbody");
        var found = AnalyzerHarness.Run(new[] { file }).Where(d => d.Id is "AGEN003" or "AGEN019").Select(AnalyzerHarness.Format).ToList();
        Assert.Equal(new[] { expected }, found);
    }

    [Fact]
    public void DescriptionStartingWithBoldMarkdownIsExplained()
    {
        // Seen in a real collection: Markdown bold at the start of a description.
        var file = AgentFile.Named("a.md", "---\nname: a\ndescription: **TECHNICAL DESIGN SPECIALIST**: designs systems\n---\nbody");
        var diagnostic = Assert.Single(AnalyzerHarness.Run(new[] { file }));
        Assert.Equal("AGEN003 Error (3,14): The frontmatter is not valid YAML: the value of 'description' starts with '*', which YAML reads as an alias (a reference to an '&anchor'): quote the value (description: \"**TECHNICAL DESIGN SPECIALIST...\")", AnalyzerHarness.Format(diagnostic));
    }

    [Fact]
    public void TaggedValueKeepsItsTextLikeClaudeCode()
    {
        var document = AgentGen.Parsing.AgentFileParser.Parse("---\nname: a\ndescription: !important Use me first # note\n---\nbody");
        Assert.True(document.IsUsable);
        Assert.Equal("!important Use me first", document.Description!.Value.Value);
    }
}
