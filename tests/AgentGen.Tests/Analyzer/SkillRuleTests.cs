using System.Linq;
using AgentGen.Tests.Infrastructure;
using Xunit;

namespace AgentGen.Tests.Analyzer;

/// <summary>
/// The rules of skill and command files, each at its token in the file: the shared ones (unknown and misspelled keys,
/// value types and sets, required keys, unknown tools) read with the skill's column of the key table, and the skills'
/// own (AGEN040-AGEN046).
/// </summary>
public sealed class SkillRuleTests
{
    private static string[] Skill(string folder, string text, params AgentFile[] others) =>
        AnalyzerHarness.Run(others.Prepend(AgentFile.Skill(folder, text))).Where(d => d.Location.GetLineSpan().Path.Contains("/skills/", System.StringComparison.Ordinal)).Select(AnalyzerHarness.Format).ToArray();

    private static string[] Command(string path, string text) =>
        AnalyzerHarness.Run(new[] { AgentFile.Command(path, text) }).Select(AnalyzerHarness.Format).ToArray();

    [Fact]
    public void AValidSkillAndAPlainCommandRaiseNothing()
    {
        Assert.Empty(Skill("release-notes", "---\nname: release-notes\ndisable-model-invocation: true\ndescription: Writes release notes from merged pull requests. Use before a release.\nargument-hint: [version]\nallowed-tools: Read, Grep, Bash(git log:*)\ncontext: fork\nagent: general-purpose\nmodel: sonnet\neffort: high\npaths: docs/**, CHANGELOG.md\nmetadata:\n  owner: docs-team\n---\nWrite the notes of version $0 from `git log`.\n"));
        Assert.Empty(Command("ops/triage.md", "Triage the issue $ARGUMENTS by severity and area.\n"));
    }

    [Theory]
    [InlineData("---\nname: Release_Notes\ndescription: d\n---\nbody\n", "AGEN040 Warning (2,7): Skill name 'Release_Notes' should be 1 to 64 lowercase letters, digits and single hyphens, with no hyphen at either end; for example 'release-notes'")]
    [InlineData("---\nname: notes\ndescription: d\n---\nbody\n", "AGEN040 Warning (2,7): Skill name 'notes' differs from its folder 'release-notes': Claude Code calls the skill by its folder; rename one so that they match")]
    [InlineData("---\nname: release-notes\n---\n# Release notes\n\nWrites the notes\nof a version.\n", "AGEN054 Warning (1,1): The skill has no description: Claude Code describes it by its first paragraph ('Writes the notes of a version.'), and that is what the model decides on, while the Agent Skills standard requires a description; add 'description:' with what the skill does and when to use it")]
    [InlineData("---\nname: release-notes\ndescription: d\nallowed_tools: Read\n---\nbody\n", "AGEN008 Warning (4,1): Unknown key 'allowed_tools': did you mean 'allowed-tools'? Claude Code ignores unknown keys")]
    [InlineData("---\nname: release-notes\ndescription: d\ncontext: isolated\n---\nbody\n", "AGEN010 Warning (4,10): 'isolated' is not a valid context; allowed: fork")]
    [InlineData("---\nname: release-notes\ndescription: d\nuser-invocable: sometimes\n---\nbody\n", "AGEN005 Error (4,17): 'user-invocable' must be true or false, but it is 'sometimes'")]
    [InlineData("---\nname: release-notes\ndescription: d\nallowed-tools: Read, Grpe\n---\nbody\n", "AGEN009 Warning (4,22): Unknown tool 'Grpe': did you mean 'Grep'?")]
    [InlineData("---\nname: release-notes\ndescription: d\n---\nCompare $ARGUMENTS[0] with $1.\n", "AGEN042 Warning (5,9): '$ARGUMENTS[0]' takes an argument by position, but the skill has no 'argument-hint': add one that names the arguments in order, such as argument-hint: \"[arg0] [arg1]\"")]
    [InlineData("---\nname: release-notes\ndescription: d\nagent: Explore\n---\nbody\n", "AGEN043 Warning (4,8): 'agent: Explore' picks the agent of a forked context, and the skill has no 'context: fork', so it is ignored: add context: fork, or remove agent")]
    [InlineData("---\nname: release-notes\ndescription: d\ncontext: fork\nagent: reviewr\n---\nbody\n", "AGEN043 Warning (5,8): The skill runs in the agent 'reviewr', and the project has no agent of that name: did you mean 'reviewer'?")]
    [InlineData("---\nname: release-notes\ndescription: d\nallowed-tools: Read, Bash\n---\nbody\n", "AGEN044 Warning (4,22): 'Bash' lets the skill run any shell command without asking: scope it to the commands it needs, such as Bash(git status:*), Bash(npm test:*)")]
    [InlineData("---\nname: release-notes\ndescription: d\n---\nbody\n", "AGEN045 Warning (2,7): The skill 'release-notes' sounds like it has side effects (release), and the model may invoke it on its own: add disable-model-invocation: true so that only a user runs it")]
    [InlineData("---\nname: release-notes\ndescription: d\nuser-invocable: false\ndisable-model-invocation: true\n---\nbody\n", "AGEN047 Warning (4,17): The skill is hidden from users (user-invocable: false) and the model may not invoke it (disable-model-invocation: true): nobody can run it; remove one of the two")]
    [InlineData("---\nname: release-notes\ndescription: d\nargument-hint: \"[version]\"\n---\nWrite the notes.\n", "AGEN048 Info (4,16): The skill has an argument-hint, but its body uses no argument ($ARGUMENTS, $ARGUMENTS[N] or $N): the user's arguments are only appended as 'ARGUMENTS: ...'; put $ARGUMENTS where they belong")]
    [InlineData("---\nname: release-notes\ndescription: d\npaths: []\n---\nbody\n", "AGEN015 Warning (4,8): 'paths' is empty: the skill applies to no file; remove the key to apply it everywhere, or list the globs it is for")]
    [InlineData("---\nname: release-notes\ndescription: d\n---\nRun /Users/ann/tools/lint.sh, not /home/user/x or ~/bin.\n", "AGEN051 Warning (5,5): '/Users/ann/' is a path in its author's home folder: the skill will not find it on another machine, and it names the author; use a path relative to the project, ~/, or an environment variable")]
    [InlineData("---\nname: release-notes\ndescription: d\ncontext: fork\n---\nThe API has three services.\nEach endpoint takes JSON.\n", "AGEN053 Info (4,10): The skill runs in a forked context (context: fork), and its body has no instruction (no line starts with a verb such as find, run or write): the forked agent sees only the body, so reference text alone gives it nothing to do; say what to do, as in 'Find ...', 'Run ...', 'Summarize ...'")]
    [InlineData("---\nname: release-notes\ndescription: d\ncontext: fork\n---\n", "AGEN053 Info (4,10): The skill runs in a forked context (context: fork), and its body is empty: the forked agent sees only the body, so reference text alone gives it nothing to do; say what to do, as in 'Find ...', 'Run ...', 'Summarize ...'")]
    [InlineData("---\nname: release-notes\ndescription: d\ncompatibility:\n  required:\n    - yt-dlp\n---\nbody\n", "AGEN055 Warning (5,3): 'compatibility' must be a string for the Agent Skills standard, but it is a mapping: Claude Code does not read the key, and AgentGen leaves the value out of SkillDefinition and the Agent Framework skill; write it as text, such as compatibility: Needs Python 3 and yt-dlp")]
    [InlineData("---\nname: release-notes\ndescription: d\nmetadata: internal\n---\nbody\n", "AGEN055 Warning (4,11): 'metadata' must be a mapping for the Agent Skills standard, but it is 'internal': Claude Code does not read the key, and AgentGen leaves the value out of SkillDefinition and the Agent Framework skill; write one 'key: value' per indented line")]
    [InlineData("---\nname: release-notes\ndescription: d\narguments:\n  - name: finding\n    description: The finding.\n---\nbody $finding\n", "AGEN005 Error (5,5): 'arguments item' must be a string, but it is a mapping (Claude Code takes the names alone: write '- finding')")]
    [InlineData("---\nname: release-notes\ndescription: d\n---\n!`git status`\n!`git log -5` and !`git diff`\nA=!`not one`\n!`npm test`\n", "AGEN052 Info (8,1): The skill runs 4 !`command` injections before each use, and the guidance is at most 3: each runs a shell command and pastes its output into the context; move the work into a script in the folder")]
    public void EachRuleIsReportedAtItsToken(string text, string expected)
    {
        var reviewer = AgentFile.Named("reviewer.md", "---\nname: reviewer\ndescription: Reviews.\n---\nReview.\n");
        Assert.Contains(expected, Skill("release-notes", text, reviewer));
    }

    [Theory]
    [InlineData("Find the endpoint in $ARGUMENTS.")]
    [InlineData("## Steps\n1. **Read** the changed files.")]
    [InlineData("For each issue, give its severity.")]
    [InlineData("First, run the tests.")]
    [InlineData("- Step 2: Summarize what failed.")]
    public void AForkedBodyThatAsksForSomethingIsFine(string body) =>
        Assert.DoesNotContain(Skill("notes", "---\nname: notes\ndescription: d\ncontext: fork\n---\n" + body + "\n"), d => d.StartsWith("AGEN053", System.StringComparison.Ordinal));

    [Fact]
    public void NamedArgumentsAreArgumentsAndNameThePositions()
    {
        // 'arguments' as one space-separated string: $name is a use, and $0 has names for its positions.
        Assert.Empty(Skill("scaffold", "---\nname: scaffold\ndescription: d\nargument-hint: \"[name] [type]\"\narguments: name type\n---\nCreate $name of type $type.\n"));
        Assert.Empty(Skill("scaffold", "---\nname: scaffold\ndescription: d\narguments: [name, type]\n---\nCreate $0 of type $1.\n"));
        Assert.Contains(Skill("scaffold", "---\nname: scaffold\ndescription: d\nargument-hint: \"[name]\"\narguments: name\n---\nCreate $names.\n"), d => d.StartsWith("AGEN048", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ACompatibilityOverTheStandardsLimitIsReported() =>
        Assert.Equal(
            new[] { "AGEN041 Warning (4,16): The compatibility is 501 characters, and the Agent Skills standard allows at most 500: say in a sentence or two what the skill needs (products, packages, network access), and move the details into the body" },
            Skill("notes", "---\nname: notes\ndescription: d\ncompatibility: " + new string('x', 501) + "\n---\nbody\n"));

    [Fact]
    public void ATitleCaseNameOfTheFoldersWordsIsOneWarning() =>
        Assert.Equal(
            new[] { "AGEN040 Warning (2,7): Skill name 'Agent Development' should be 1 to 64 lowercase letters, digits and single hyphens, with no hyphen at either end; for example 'agent-development'" },
            Skill("agent-development", "---\nname: Agent Development\ndescription: d\n---\nWrite the agent.\n"));

    [Fact]
    public void TheStandardsSpaceSeparatedAllowedToolsAreReadEntryByEntry() =>
        Assert.Equal(
            new[] { "AGEN009 Warning (4,21): Unknown tool 'Grpe': did you mean 'Grep'?", "AGEN044 Warning (4,42): 'Bash' lets the skill run any shell command without asking: scope it to the commands it needs, such as Bash(git status:*), Bash(npm test:*)" },
            Skill("notes", "---\nname: notes\ndescription: d\nallowed-tools: Read Grpe Bash(git log:*) Bash\n---\nbody\n"));

    [Fact]
    public void FilesTheBodyRefersToMustBeInTheSkillsFolder()
    {
        var found = Skill("notes",
            "---\nname: notes\ndescription: d\n---\nRead references/api.md, then run `python scripts/check.py`.\nSee [the guide](docs/guide.md#setup), [the site](https://example.com/x.md) and assets/.\n",
            AgentFile.Resource("notes", "references/api.md", "# API"),
            AgentFile.Resource("notes", "assets/logo.png", string.Empty));

        Assert.Equal(new[]
        {
            "AGEN049 Warning (5,42): The skill refers to 'scripts/check.py', and its folder has no such file (.claude/skills/notes/scripts/check.py): add it, or fix the path",
            "AGEN049 Warning (6,17): The skill refers to 'docs/guide.md', and its folder has no such file (.claude/skills/notes/docs/guide.md): add it, or fix the path",
        }, found);
    }

    [Fact]
    public void ASkillAndACommandOfOneNameAreReportedAfterTheFirst() =>
        Assert.Equal(
            new[] { "/project/.claude/skills/triage/SKILL.md(2,7): AGEN050 '/triage' is also the name of .claude/commands/ops/triage.md: Claude Code runs only one of them, and SkillCatalog finds the first by path; rename one" },
            AnalyzerHarness.Run(new[]
            {
                AgentFile.Skill("triage", "---\nname: triage\ndescription: Sorts issues.\n---\nSort them.\n"),
                AgentFile.Command("ops/triage.md", "---\ndescription: Triage.\n---\nTriage $ARGUMENTS.\n"),
            }).Where(d => d.Id == "AGEN050").Select(d => $"{d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));

    [Fact]
    public void PricesVariablesAndCodeAreNotPositionalArguments() =>
        Assert.DoesNotContain(Skill("notes", "---\nname: notes\ndescription: d\n---\nIt costs $500 or x$3y, ${HOME} and $ARG.\n```bash\necho $1\n```\n"), d => d.StartsWith("AGEN042", System.StringComparison.Ordinal));

    [Fact]
    public void ASideEffectSkillForUsersOnlyIsFine() =>
        Assert.DoesNotContain(Skill("deploy-prod", "---\ndescription: Deploys to production.\ndisable-model-invocation: true\n---\nDeploy.\n"), d => d.StartsWith("AGEN045", System.StringComparison.Ordinal));

    [Fact]
    public void ACommandIsNamedByItsFile() =>
        Assert.Equal(new[] { "AGEN045 Warning (1,1): The command 'publish-docs' sounds like it has side effects (publish), and the model may invoke it on its own: add disable-model-invocation: true so that only a user runs it" },
            Command("publish-docs.md", "---\ndescription: Publishes the docs site.\n---\nPublish.\n"));

    [Fact]
    public void ALongDescriptionAndALongBodyAreReported()
    {
        var found = Skill("notes", "---\nname: notes\ndescription: " + new string('x', 1100) + "\n---\n" + string.Concat(Enumerable.Repeat("line\n", 600)));
        Assert.Contains("AGEN041 Warning (3,14): The description is 1100 characters, and the Agent Skills standard allows at most 1024: the model routes on it, so keep what it does and when to use it, and move the rest into the body", found);
        Assert.Contains(found, d => d.StartsWith("AGEN046 Info (5,1): The skill body is 600 lines", System.StringComparison.Ordinal));
    }

    [Fact]
    public void AgentKeysAreNotSkillKeysAndTheOtherWayRound()
    {
        Assert.Contains("AGEN008 Warning (4,1): Unknown key 'tools': did you mean 'allowed-tools'? Claude Code ignores unknown keys", Skill("notes", "---\nname: notes\ndescription: d\ntools: Read\n---\nbody\n"));
        var agent = AnalyzerHarness.Run(new[] { AgentFile.Named("a.md", "---\nname: a\ndescription: b\nallowed-tools: Read\n---\nbody\n") }).Select(AnalyzerHarness.Format);
        Assert.Contains(agent, d => d.StartsWith("AGEN008 Warning (4,1): Unknown key 'allowed-tools': did you mean 'tools'?", System.StringComparison.Ordinal));
    }
}
