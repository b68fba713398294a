using System.Linq;
using AgentGen.Tests.Infrastructure;
using Xunit;

namespace AgentGen.Tests.Analyzer;

/// <summary>
/// AGEN024: hooks Claude Code would silently ignore are reported at the part that is wrong, with did-you-mean; hooks of
/// the documented shape (event, then entries of matcher + hooks, then handlers of type + command) raise nothing.
/// </summary>
public sealed class HookRuleTests
{
    private static string File(string hooks) => $"---\nname: a\ndescription: b\nhooks:\n{hooks}\n---\nbody";

    [Fact]
    public void DocumentedShapeRaisesNothing()
    {
        var hooks = "  PreToolUse:\n    - matcher: Bash|Edit\n      hooks:\n        - type: command\n          command: ./check.sh\n          timeout: 30\n" +
                    "  PostToolUse:\n    - matcher: Write\n      hooks: [{type: command, command: ./format.sh}]\n" +
                    "  Stop:\n    - hooks:\n        - type: prompt\n          prompt: Check the work is done.";
        Assert.Empty(AnalyzerHarness.Run(new[] { AgentFile.Named("a.md", File(hooks)) }));
    }

    [Theory]
    [InlineData("  PreToolUse:\n    matcher: Bash", "AGEN024 Warning (6,5): 'PreToolUse' must be a list of entries ('- matcher: ...' with 'hooks:'), but it is a mapping")]
    [InlineData("  PreToolUse:\n    - ./check.sh", "AGEN024 Warning (6,7): A 'PreToolUse' entry must be a mapping with 'matcher' and 'hooks', but it is './check.sh'")]
    [InlineData("  PreToolUse:\n    - matcher: Bash", "AGEN024 Warning (6,7): This 'PreToolUse' entry has no 'hooks' list, so it runs nothing: add hooks: [{type: command, command: ...}]")]
    [InlineData("  PreToolUse:\n    - matcher: Bash\n      hook:\n        - type: command\n          command: x", "AGEN024 Warning (7,7): Unknown key 'hook' in a hook entry: did you mean 'hooks'?")]
    [InlineData("  PreToolUse:\n    - matcher: [Bash]\n      hooks: [{type: command, command: x}]", "AGEN024 Warning (6,16): 'matcher' must be a tool name or pattern such as Bash or Edit|Write, but it is a list")]
    [InlineData("  PreToolUse:\n    - hooks: ./check.sh", "AGEN024 Warning (6,14): 'hooks' in a 'PreToolUse' entry must be a list of handlers ('- type: command' with 'command:'), but it is './check.sh'")]
    [InlineData("  PreToolUse:\n    - hooks:\n        - command: x", "AGEN024 Warning (7,11): This hook handler has no 'type': add type: command (with command: the shell command to run)")]
    [InlineData("  PreToolUse:\n    - hooks:\n        - type: comand\n          command: x", "AGEN024 Warning (7,17): Unknown hook type 'comand': did you mean 'command'? the types are command, prompt, agent, http")]
    [InlineData("  PreToolUse:\n    - hooks:\n        - type: command", "AGEN024 Warning (7,17): A 'command' hook needs a 'command' key: without it Claude Code runs nothing")]
    [InlineData("  PreToolUse:\n    - hooks:\n        - type: command\n          command: x\n          timout: 5", "AGEN024 Warning (9,11): Unknown key 'timout' in a hook handler: did you mean 'timeout'?")]
    public void MalformedPartIsReportedWhereItIs(string hooks, string expected)
    {
        var found = AnalyzerHarness.Run(new[] { AgentFile.Named("a.md", File(hooks)) }).Select(AnalyzerHarness.Format).ToList();
        Assert.Equal(new[] { expected }, found);
    }

    [Fact]
    public void SuggestionIsInProperties()
    {
        var diagnostic = AnalyzerHarness.Run(new[] { AgentFile.Named("a.md", File("  Stopp:\n    - hooks: [{type: command, command: x}]")) }).Single();
        Assert.Equal("Stop", diagnostic.Properties["Suggestion"]);
    }
}
