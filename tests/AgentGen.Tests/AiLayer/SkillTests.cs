using System.Linq;
using System.Threading.Tasks;
using AgentGen.Tests.Agents;
using Microsoft.Agents.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Xunit;

namespace AgentGen.Tests.AiLayer;

/// <summary>
/// The skills and commands of this project (.claude/skills/planning, triage; .claude/commands/ops/review-pr.md) as the
/// generator types them: constants, the catalog, Render with Claude Code's substitutions, an agent's skills preloaded,
/// and the skills as Agent Framework skills.
/// </summary>
public sealed class SkillTests
{
    [Fact]
    public void SkillsAndCommandsAreTypedAndInTheCatalog()
    {
        Assert.Equal("planning", PlanningSkill.Name);
        Assert.StartsWith("Breaks a goal into ordered steps", PlanningSkill.Description, System.StringComparison.Ordinal);
        Assert.StartsWith("Write the plan as numbered steps.", PlanningSkill.Instructions, System.StringComparison.Ordinal);
        Assert.Equal("review-pr", ReviewPrCommand.Name); // the file's name, not its folder's
        Assert.Equal("[pr-number] [priority]", ReviewPrCommand.ArgumentHint);
        Assert.Equal(new[] { "planning", "review-pr", "triage" }, SkillCatalog.All.Select(s => s.Name));
        Assert.True(SkillCatalog.TryGet("review-pr", out var command));
        Assert.True(command!.IsCommand);
        Assert.True(command.DisableModelInvocation);
        Assert.Equal(new[] { "Read", "Grep", "Bash(gh pr diff:*)" }, command.AllowedTools);
        Assert.Equal(new[] { AgentTool.Read, AgentTool.Grep, AgentTool.Bash }, command.TypedAllowedTools); // scoped Bash by its tool
        Assert.Null(PlanningSkill.Definition.TypedAllowedTools);
        Assert.Equal(AgentModel.Inherit, command.ModelKind);
        Assert.Null(command.EffortLevel);
        Assert.Equal(".claude/commands/ops/review-pr.md", command.SourcePath);
        Assert.Same(command, ReviewPrCommand.Definition);
        Assert.False(SkillCatalog.TryGet("Planning", out _));
    }

    [Fact]
    public void RenderFillsArgumentsCountingFromZero()
    {
        Assert.Equal("Review pull request #1234 with priority high.\nEverything the user typed: 1234 high\n", ReviewPrCommand.Render("1234 high"));
        Assert.Equal("Review pull request #1234 with priority very high.\nEverything the user typed: 1234 \"very high\"\n", ReviewPrCommand.Render("1234", "very high"));
        Assert.Equal("Review pull request #7 with priority .\nEverything the user typed: 7\n", ReviewPrCommand.Render("7")); // a missing word is empty
    }

    [Fact]
    public void PricesAndWordsWithDigitsAreNotArguments()
    {
        // The definition is generated into this assembly, so its internal constructor can make a skill with any body.
        var skill = new SkillDefinition("pricing", "Prices.", "Quote $0 at $500 (x$3y, $$1), then $1.", false, null, null, null, null, false, null, false, true, new string[0], "pricing/SKILL.md", null);

        Assert.Equal("Quote widgets at $500 (x$3y, $$1), then blue.", skill.Render("widgets blue"));
    }

    [Fact]
    public void ArgumentsAreAppendedWhenTheBodyUsesNone() =>
        Assert.Equal(TriageSkill.Instructions + "\nARGUMENTS: #41 #42", TriageSkill.Render("#41 #42"));

    [Fact]
    public async Task AnAgentsSkillsArePreloadedIntoItsInstructions()
    {
        var model = new ScriptedChatClient(_ => ScriptedChatClient.Say("planned"));
        var provider = new FakeLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(provider));

        await LeadAgent.CreateAIAgent(model, new AgentToolbox(), new AgentRunSettings { MissingTools = AgentMissingTools.Skip }, factory).RunAsync("Plan the release.");

        var instructions = model.Requests[0].Instructions!;
        Assert.StartsWith(LeadAgent.Prompt, instructions, System.StringComparison.Ordinal);
        Assert.Contains("<skill name=\"planning\">\n" + PlanningSkill.Instructions.Trim('\n') + "\n</skill>", instructions, System.StringComparison.Ordinal);
        Assert.Contains("<skill name=\"triage\">", instructions, System.StringComparison.Ordinal);
        Assert.DoesNotContain(provider.Collector.GetSnapshot(), r => r.Id.Name == "SkillMissing");
    }

    [Fact]
    public void ASkillsFolderFilesAreEmbedded()
    {
        var resource = Assert.Single(PlanningSkill.Definition.Resources);
        Assert.Equal("references/checklist.md", resource.Path);
        Assert.StartsWith("# Plan checklist", resource.Content, System.StringComparison.Ordinal);
        Assert.Empty(ReviewPrCommand.Definition.Resources);
    }

    [Fact]
    public async Task WithOfferSkillsEveryAgentIsOfferedTheProjectsSkills()
    {
        var model = new ScriptedChatClient(_ => ScriptedChatClient.Say("ok"));

        await ReviewerAgent.CreateAIAgent(model, new AgentToolbox(), new AgentRunSettings { OfferSkills = true }).RunAsync("Review.");
        await ReviewerAgent.CreateAIAgent(model, new AgentToolbox()).RunAsync("Review.");

        string Seen(ChatRequest r) => r.Instructions + string.Join("\n", r.Messages.Select(m => m.Text)) + string.Join(",", r.Tools);
        Assert.Contains(PlanningSkill.Description, Seen(model.Requests[0]), System.StringComparison.Ordinal); // listed for the model
        Assert.DoesNotContain("review-pr", Seen(model.Requests[0]), System.StringComparison.Ordinal); // commands are not skills
        Assert.DoesNotContain(PlanningSkill.Description, Seen(model.Requests[1]), System.StringComparison.Ordinal); // off by default
    }

    [Fact]
    public async Task SkillsAreAgentFrameworkSkillsInMemory()
    {
        var skills = AgentSkills.All();
        Assert.Contains("references/checklist.md", await skills[0].GetContentAsync()); // the provider lists the resource

        Assert.Equal(new[] { "planning", "triage" }, skills.Select(s => s.Frontmatter.Name)); // commands are not skills here
        Assert.Contains(PlanningSkill.Instructions.Trim(), await skills[0].GetContentAsync());
        Assert.NotNull(AgentSkills.CreateProvider());
    }
}
