using System.Linq;
using AgentGen.Tests.Infrastructure;
using Xunit;

namespace AgentGen.Tests.Analyzer;

/// <summary>
/// AGEN039: an agent's skills: entry that names no skill or command of the project, at the entry, with did-you-mean.
/// Skills are known by folder and by declared name, commands by file name.
/// </summary>
public sealed class SkillReferenceRuleTests
{
    private const string Lead = "---\nname: lead\ndescription: Leads.\nskills:\n  - summarise-findings\n  - release-notes\n  - triage\n---\nLead.\n";

    private static string[] Run(params AgentFile[] files) =>
        AnalyzerHarness.Run(files).Where(d => d.Id == "AGEN039").Select(AnalyzerHarness.Format).ToArray();

    [Fact]
    public void EntriesNamingNoSkillAreReportedAtTheEntryWithTheClosestName()
    {
        var found = Run(AgentFile.Named("lead.md", Lead), AgentFile.Skill("summarize-findings", "---\nname: summarize-findings\ndescription: Sums up.\n---\nSum up.\n"));

        Assert.Equal(new[]
        {
            "AGEN039 Warning (5,5): Agent 'lead' preloads the skill 'summarise-findings', and the project has no skill or command of that name: did you mean 'summarize-findings'?",
            "AGEN039 Warning (6,5): Agent 'lead' preloads the skill 'release-notes', and the project has no skill or command of that name: add it as .claude/skills/release-notes/SKILL.md, or remove the entry",
            "AGEN039 Warning (7,5): Agent 'lead' preloads the skill 'triage', and the project has no skill or command of that name: add it as .claude/skills/triage/SKILL.md, or remove the entry",
        }, found);
    }

    [Fact]
    public void SkillsByFolderOrDeclaredNameAndCommandsByFileNameAreKnown()
    {
        var found = Run(
            AgentFile.Named("lead.md", Lead),
            AgentFile.Skill("summarise-findings", "---\ndescription: Sums up (no name: the folder's).\n---\nSum up.\n"),
            AgentFile.Skill("notes", "---\nname: release-notes\ndescription: Writes release notes.\n---\nWrite.\n"),
            AgentFile.Command("ops/triage.md", "---\ndescription: Triage an issue.\n---\nTriage $ARGUMENTS.\n"));

        Assert.Empty(found);
    }

    [Fact]
    public void AnInlineListIsReportedAtEachEntry() =>
        Assert.Equal(new[] { "AGEN039 Warning (4,10)", "AGEN039 Warning (4,20)" },
            Run(AgentFile.Named("a.md", "---\nname: a\ndescription: b\nskills: [planning, triage]\n---\nbody\n")).Select(d => d.Substring(0, d.IndexOf(':'))));

    [Fact]
    public void ACommaSeparatedSkillsStringIsReadEntryByEntry() =>
        // Claude Code loads 'skills: a, b' as it loads the list form.
        Assert.Equal(
            new[] { "AGEN039 Warning (4,19): Agent 'a' preloads the skill 'triag', and the project has no skill or command of that name: did you mean 'triage'?" },
            Run(AgentFile.Named("a.md", "---\nname: a\ndescription: b\nskills: planning, triag\n---\nbody\n"), AgentFile.Skill("planning", "---\nname: planning\ndescription: Plans.\n---\nPlan.\n"), AgentFile.Skill("triage", "---\nname: triage\ndescription: Sorts.\n---\nSort.\n")));

    [Fact]
    public void SkillAndCommandFilesAreCheckedAsWhatTheyAre() =>
        Assert.Equal(
            new[] { "AGEN054 Warning (1,1): The skill has no frontmatter, so no description: Claude Code describes it by its first paragraph ('no frontmatter at all'), and that is what the model decides on, while the Agent Skills standard requires a description; add 'description:' with what the skill does and when to use it", "AGEN044 Warning (2,16): 'Bash' lets the command run any shell command without asking: scope it to the commands it needs, such as Bash(git status:*), Bash(npm test:*)" },
            AnalyzerHarness.Run(new[] { AgentFile.Skill("x", "no frontmatter at all"), AgentFile.Command("y.md", "---\nallowed-tools: Bash\n---\n") }).Select(AnalyzerHarness.Format));
}
