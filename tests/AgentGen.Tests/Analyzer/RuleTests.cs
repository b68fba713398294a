using System.Linq;
using AgentGen.Tests.Infrastructure;
using Xunit;

namespace AgentGen.Tests.Analyzer;

/// <summary>One minimal file per rule (and per case of a rule): the ID, severity, 1-based line and column, and the message.</summary>
public sealed class RuleTests
{
    [Theory]
    [InlineData("AGEN001", "# Just notes\n", "AGEN001 Warning (1,1): This file is not an agent file: its first line must be '---' to open the YAML frontmatter; the file is skipped")]
    [InlineData("AGEN002", "---\nname: a\ndescription: b\n", "AGEN002 Error (1,1): The frontmatter opened on line 1 is never closed: add a line '---' after the last key")]
    [InlineData("AGEN002", "---\nname: a\ndescription: b\n----------\nbody", "AGEN002 Error (4,1): The frontmatter opened on line 1 is never closed: add a line '---' after the last key; this line ('----------') looks like the closing line, but it must be exactly '---'")]
    [InlineData("AGEN003", "---\nname: a\ndescription: [b\n---\nbody", "AGEN003 Error (3,14): The frontmatter is not valid YAML: the value of 'description' starts with '[', which YAML reads as a list: close the list with ']', or if it is text, quote the value (description: \"[b\")")]
    [InlineData("AGEN003", "---\nname: a\ndescription: b\n\ttools: Read\n---\nbody", "AGEN003 Error (4,1): The frontmatter is not valid YAML: line 4 is indented with a tab, and YAML allows only spaces for indentation: replace the tab with spaces")]
    [InlineData("AGEN003", "---\nname: a\ndescription: b\ntools:\n\t- Read\n\t- Grep\n---\nbody", "AGEN003 Error (5,1): The frontmatter is not valid YAML: line 5 is indented with a tab, and YAML allows only spaces for indentation: replace the tab with spaces")]
    [InlineData("AGEN004", "---\nname: a\n---\nbody", "AGEN004 Error (3,1): Required key 'description' is missing: add a line 'description: ...' before the closing '---', with when to use this agent")]
    [InlineData("AGEN004", "---\nname: a\ndescription:\n---\nbody", "AGEN004 Error (3,1): Required key 'description' has no value: after 'description:', write when to use this agent")]
    [InlineData("AGEN004", "---\nname: ''\ndescription: b\n---\nbody", "AGEN004 Error (2,1): Required key 'name' has no value: after 'name:', write the agent's name, such as code-reviewer")]
    [InlineData("AGEN005", "---\nname: a\ndescription: b\nmaxTurns: many\n---\nbody", "AGEN005 Error (4,11): 'maxTurns' must be a positive integer, but it is 'many'")]
    [InlineData("AGEN005", "---\nname: a\ndescription: b\nbackground: maybe\n---\nbody", "AGEN005 Error (4,13): 'background' must be true or false, but it is 'maybe'")]
    [InlineData("AGEN005", "---\nname: a\ndescription: b\ntools:\n  Read: yes\n---\nbody", "AGEN005 Error (5,3): 'tools' must be a comma-separated string or a list of tool names, but it is a mapping")]
    [InlineData("AGEN005", "---\nname: a\ndescription: b\nskills:\n  planning: true\n---\nbody", "AGEN005 Error (5,3): 'skills' must be a list, but it is a mapping (write one '- item' per line, or [a, b])")]
    [InlineData("AGEN006", "---\nname: Code Reviewer\ndescription: b\n---\nbody", "AGEN006 Warning (2,7): Agent name 'Code Reviewer' should contain only lowercase letters, digits and hyphens; for example 'code-reviewer'")]
    [InlineData("AGEN006", "---\nname: réviseur-ça\ndescription: b\n---\nbody", "AGEN006 Warning (2,7): Agent name 'réviseur-ça' should contain only lowercase letters, digits and hyphens; for example 'reviseur-ca'")]
    [InlineData("AGEN006", "---\nname: 'team:reviewer'\ndescription: b\n---\nbody", "AGEN006 Error (2,7): Agent name 'team:reviewer' should contain only lowercase letters, digits and hyphens; it must never contain ':' (Claude Code reserves it for plugin agents); for example 'team-reviewer'")]
    [InlineData("AGEN008", "---\nname: a\ndescription: b\ntool: Read\n---\nbody", "AGEN008 Warning (4,1): Unknown key 'tool': did you mean 'tools'? Claude Code ignores unknown keys, so this agent inherits every tool")]
    [InlineData("AGEN008", "---\nname: a\ndescription: b\nmodle: opus\n---\nbody", "AGEN008 Warning (4,1): Unknown key 'modle': did you mean 'model'? Claude Code ignores unknown keys")]
    [InlineData("AGEN008", "---\nname: a\ndescription: b\nallowed-tools: Read\n---\nbody", "AGEN008 Warning (4,1): Unknown key 'allowed-tools': did you mean 'tools'? Claude Code ignores unknown keys, so this agent inherits every tool")]
    [InlineData("AGEN009", "---\nname: a\ndescription: b\ntools: Read, Reed\n---\nbody", "AGEN009 Warning (4,14): Unknown tool 'Reed': did you mean 'Read'?")]
    [InlineData("AGEN010", "---\nname: a\ndescription: b\nmodel: sonet\n---\nbody", "AGEN010 Warning (4,8): 'sonet' is not a valid model (an alias or a full model id such as claude-sonnet-4-5): did you mean 'sonnet'? Allowed: inherit, sonnet, opus, haiku, fable")]
    [InlineData("AGEN010", "---\nname: a\ndescription: b\ncolor: magneta\n---\nbody", "AGEN010 Warning (4,8): 'magneta' is not a valid color; allowed: red, blue, green, yellow, purple, orange, pink, cyan")]
    [InlineData("AGEN011", "---\nname: a\ndescription: b\n---\n  \n", "AGEN011 Warning (4,1): Agent 'a' has an empty prompt: write its system prompt below the closing '---'")]
    [InlineData("AGEN012", "---\nname: a\ndescription: b\nmodel: opus\nmodel: haiku\n---\nbody", "AGEN012 Error (5,1): Key 'model' appears more than once (first on line 4): the last value is used here, and strict YAML loaders reject the file")]
    [InlineData("AGEN013", "---\nname: a\ndescription: b\ntools: Read, Grep, Read\n---\nbody", "AGEN013 Warning (4,20): Tool 'Read' is listed twice in 'tools'")]
    [InlineData("AGEN015", "---\nname: a\ndescription: b\nhooks: []\n---\nbody", "AGEN015 Warning (4,8): 'hooks: []' makes Claude Code hide the agent: remove the key, or give the hooks as a mapping keyed by event (PreToolUse: ...)")]
    [InlineData("AGEN015", "---\nname: a\ndescription: b\ntools: []\n---\nbody", "AGEN015 Warning (4,8): 'tools' is empty: the agent gets no tools at all and Claude Code refuses to spawn it; remove the key to inherit every tool, or list the tools")]
    [InlineData("AGEN016", "\uFEFF---\nname: a\ndescription: b\n---\nbody", "AGEN016 Info (1,1): The file starts with a byte order mark: older Claude Code versions ignore such agent files; save it as UTF-8 without BOM")]
    [InlineData("AGEN019", "---\nname: a\ndescription: Use when: tests fail\n---\nbody", "AGEN019 Warning (3,22): The value of 'description' contains ': ', which YAML reads as the start of a new key: AgentGen reads the rest of the line as the value, as Claude Code does, but other YAML loaders reject the file or read it differently; quote the value")]
    [InlineData("AGEN020", "---\nname: a\ndescription: b\ntools: Foo, Bar\n---\nbody", "AGEN020 Warning (4,8): None of the tools in 'tools' is known (Foo, Bar): Claude Code would refuse to spawn the agent; fix the names, or declare the app's own tools in the MSBuild property AgentGenExtraTools")]
    [InlineData("AGEN021", "---\nname: a\ndescription: b\nteam: platform\n---\nbody", "AGEN021 Info (4,1): Custom key 'team' is not part of the agent format: it is exposed as AgentDefinition.Metadata[\"team\"]")]
    [InlineData("AGEN024", "---\nname: a\ndescription: b\nhooks:\n  InvalidEvent:\n    - matcher: Bash\n      hooks: [{type: command, command: ./x.sh}]\n---\nbody", "AGEN024 Warning (5,3): Unknown hook event 'InvalidEvent': Claude Code runs an agent's hooks on PreToolUse, PostToolUse, Stop; it ignores this one")]
    [InlineData("AGEN024", "---\nname: a\ndescription: b\nhooks:\n  PreToolUs:\n    - hooks: [{type: command, command: ./x.sh}]\n---\nbody", "AGEN024 Warning (5,3): Unknown hook event 'PreToolUs': did you mean 'PreToolUse'? Claude Code runs an agent's hooks on PreToolUse, PostToolUse, Stop; it ignores this one")]
    [InlineData("AGEN025", "---\nname: a\ndescription: b\npermissionMode: bypassPermissions\n---\nbody", "AGEN025 Warning (4,17): 'permissionMode: bypassPermissions' lets this agent run every tool it has, shell commands and file edits included, without asking for approval: use 'acceptEdits' or 'default' unless the agent runs in a sandbox (a project that means it suppresses AGEN025)")]
    [InlineData("AGEN026", "\n---\nname: a\ndescription: b\n---\nbody", "AGEN026 Error (2,1): The frontmatter does not start on line 1, column 1 (it starts on line 2): Claude Code never loads this agent; delete the blank line before the '---' so that it is the file's first line")]
    [InlineData("AGEN026", "    ---\n    name: a\n    description: b\n    ---\nbody", "AGEN026 Error (1,5): The frontmatter does not start on line 1, column 1 (its '---' is indented by 4 characters): Claude Code never loads this agent; move the '---' lines and the keys to column 1")]
    [InlineData("AGEN026", "\n\n  ---\nname: a\ndescription: b\n---\nbody", "AGEN026 Error (3,3): The frontmatter does not start on line 1, column 1 (it starts on line 3, indented by 2 characters): Claude Code never loads this agent; delete the 2 blank lines before it and move the '---' lines and the keys to column 1")]
    public void RuleReportsAtTheToken(string id, string text, string expected)
    {
        var diagnostics = AnalyzerHarness.Run(new[] { AgentFile.Named("agent.md", text) });
        var found = diagnostics.Where(d => d.Id == id).Select(AnalyzerHarness.Format).ToList();
        Assert.True(found.Contains(expected), "Expected:\n" + expected + "\nFound:\n" + string.Join("\n", found));
    }

    [Fact]
    public void WithTheAiLayerAnUnknownToolIsToBeImplemented()
    {
        var file = AgentFile.Named("a.md", "---\nname: a\ndescription: b\ntools: Read, summarize_ticket\n---\nbody");

        var plain = AnalyzerHarness.Run(new[] { file }).Select(AnalyzerHarness.Format);
        var running = AnalyzerHarness.Run(new[] { file }, references: AiReferences.ChatOnly).Select(AnalyzerHarness.Format);

        Assert.Contains("AGEN009 Warning (4,14): Unknown tool 'summarize_ticket': not a built-in tool; declare the app's own tools in the MSBuild property AgentGenExtraTools", plain);
        Assert.Contains("AGEN009 Warning (4,14): Unknown tool 'summarize_ticket': not a built-in tool; implement it with a method marked [AgentToolImplementation(\"summarize_ticket\")], or declare it in the MSBuild property AgentGenExtraTools if the app registers it at run time", running);
    }

    [Fact]
    public void MissingCommasGetAHint()
    {
        var diagnostics = AnalyzerHarness.Run(new[] { AgentFile.Named("agent.md", "---\nname: a\ndescription: b\ntools: Read Grep Bash\n---\nbody") });
        Assert.Contains("AGEN009 Warning (4,8): Unknown tool 'Read Grep Bash': the list looks like it lacks commas; write 'Read, Grep, Bash'", diagnostics.Select(AnalyzerHarness.Format));
    }

    [Fact]
    public void SuggestionsAreInProperties()
    {
        var diagnostic = AnalyzerHarness.Run(new[] { AgentFile.Named("agent.md", "---\nname: a\ndescription: b\ntools: Reed\n---\nbody") }).First(d => d.Id == "AGEN009");
        Assert.Equal("Read", diagnostic.Properties["Suggestion"]);
    }

    [Fact]
    public void FileTooLarge()
    {
        var diagnostics = AnalyzerHarness.Run(new[] { AgentFile.Named("agent.md", Fixtures.Minimal("a", new string('x', 2000))) }, new System.Collections.Generic.Dictionary<string, string> { ["AgentGenMaxFileSize"] = "1000" });
        Assert.Equal(new[] { "AGEN017 Error (1,1): The agent file is 2043 bytes, more than the limit of 1000 bytes (MSBuild property AgentGenMaxFileSize); the file is skipped" }, diagnostics.Select(AnalyzerHarness.Format));
    }

    [Fact]
    public void CrossFileRules()
    {
        var diagnostics = AnalyzerHarness.Run(new[]
        {
            AgentFile.Named("one/reviewer.md", Fixtures.Minimal("reviewer")),
            AgentFile.Named("two/reviewer.md", Fixtures.Minimal("reviewer")),
            AgentFile.Named("code_reviewer.md", "---\nname: code-reviewer\ndescription: b\n---\nbody"),
            AgentFile.Named("code-reviewer.md", "---\nname: code-reviewer-agent\ndescription: b\n---\nbody"),
            AgentFile.Named("lead.md", "---\nname: lead\ndescription: b\ntools: Agent(reviewr, general-purpose, plugin:x)\n---\nbody"),
        }).Select(AnalyzerHarness.Format).ToList();
        Assert.Contains("AGEN007 Error (2,7): Agent name 'reviewer' is defined more than once in namespace 'Sample.Agents' (also in '.claude/agents/two/reviewer.md'): Claude Code keeps only one of them", diagnostics);
        Assert.Contains("AGEN007 Error (2,7): Agent name 'reviewer' is defined more than once in namespace 'Sample.Agents' (also in '.claude/agents/one/reviewer.md'): Claude Code keeps only one of them", diagnostics);
        Assert.Contains("AGEN018 Error (2,7): Agent names 'code-reviewer' and 'code-reviewer-agent' both map to the C# class 'CodeReviewerAgent' in namespace 'Sample.Agents': 'code-reviewer-agent' is generated as 'CodeReviewerAgent2'; rename one of them", diagnostics);
        Assert.Contains("AGEN014 Warning (4,14): 'Agent(reviewr, general-purpose, plugin:x)' lets this agent spawn 'reviewr', but the project defines no agent of that name; did you mean 'reviewer'?", diagnostics);
        Assert.Equal(4, diagnostics.Count);
    }

    [Fact]
    public void ValidFilesRaiseNothing()
    {
        Assert.Empty(AnalyzerHarness.Run(Fixtures.Runtime().Where(f => !f.Path.EndsWith("worker.md", System.StringComparison.Ordinal) && !f.Path.EndsWith("lead.md", System.StringComparison.Ordinal))));
    }

    [Fact]
    public void ExtraToolsAreKnown()
    {
        var text = "---\nname: a\ndescription: b\ntools: read_file, write_file\n---\nbody";
        Assert.Empty(AnalyzerHarness.Run(new[] { AgentFile.Named("a.md", text) }, new System.Collections.Generic.Dictionary<string, string> { ["AgentGenExtraToolList"] = "read_file,write_file" }));
    }

    [Fact]
    public void InvalidSettingsAreReported()
    {
        var file = AgentFile.Named("a.md", Fixtures.Minimal("a"), ns: "My-Team.Agents");
        var diagnostics = AnalyzerHarness.Run(new[] { file }, new System.Collections.Generic.Dictionary<string, string>
        {
            ["AgentGenVisibility"] = "private",
            ["AgentGenMaxFileSize"] = "2MB",
            ["AgentGenNamespace"] = "Contoso.2024.Agents",
        }).Select(d => $"{d.Id} {d.Severity}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").OrderBy(m => m, System.StringComparer.Ordinal);
        Assert.Equal(new[]
        {
            "AGEN023 Warning: The MSBuild property AgentGenMaxFileSize is '2MB': it must be a positive number of bytes, such as 262144; 1048576 is used",
            "AGEN023 Warning: The MSBuild property AgentGenNamespace is 'Contoso.2024.Agents': not a valid C# namespace; 'Contoso._2024.Agents' is used",
            "AGEN023 Warning: The MSBuild property AgentGenVisibility is 'private': use internal or public; internal is used",
            "AGEN023 Warning: The Namespace metadata of this agent file is 'My-Team.Agents': not a valid C# namespace; 'MyTeam.Agents' is used",
        }, diagnostics);
    }

    [Fact]
    public void TabsInsideValuesAreNotBlamed()
    {
        var diagnostics = AnalyzerHarness.Run(new[] { AgentFile.Named("a.md", "---\nname: a\ndescription: \"Fix bugs.\tQuickly\ntools: Read\n---\nbody") }).Select(AnalyzerHarness.Format).ToList();
        var yaml = Assert.Single(diagnostics, d => d.StartsWith("AGEN003", System.StringComparison.Ordinal));
        Assert.DoesNotContain("tabs", yaml, System.StringComparison.Ordinal);
    }

    [Fact]
    public void SpawnTargetIsLocatedAsAWholeArgument()
    {
        var diagnostics = AnalyzerHarness.Run(new[]
        {
            AgentFile.Named("reviewer-2.md", Fixtures.Minimal("reviewer-2")),
            AgentFile.Named("lead.md", "---\nname: lead\ndescription: b\ntools: Agent(reviewer-2, reviewer)\n---\nbody"),
        }).Select(AnalyzerHarness.Format).ToList();
        Assert.Contains(diagnostics, d => d.StartsWith("AGEN014 Warning (4,26):", System.StringComparison.Ordinal));
    }

    [Fact]
    public void MisspelledToolKeyMessageDoesNotDependOnKeyOrder()
    {
        var diagnostics = AnalyzerHarness.Run(new[] { AgentFile.Named("a.md", "---\nname: a\ndescription: b\ntool: Read\ntools: Read, Grep\n---\nbody") }).Select(AnalyzerHarness.Format).ToList();
        Assert.Contains("AGEN008 Warning (4,1): Unknown key 'tool': did you mean 'tools'? Claude Code ignores unknown keys", diagnostics);
    }

    [Fact]
    public void TheSamePathTwiceDoesNotCrashTheAnalyzer()
    {
        var file = AgentFile.Named("a.md", Fixtures.Minimal("a"));
        var texts = System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.AdditionalText>(
            new AgentGen.Testing.TestAdditionalText(file.Path, file.Text), new AgentGen.Testing.TestAdditionalText(file.Path, file.Text));
        var diagnostics = AnalyzerHarness.Run(texts, GeneratorHarness.OptionsProvider(new[] { file }, new System.Collections.Generic.Dictionary<string, string>()));
        Assert.All(diagnostics, d => Assert.Equal("AGEN007", d.Id));
    }
}
