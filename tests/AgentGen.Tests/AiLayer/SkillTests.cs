using System.Linq;
using System.Threading.Tasks;
using AgentGen.Tests.Agents;
using Microsoft.Agents.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Xunit;

namespace AgentGen.Tests.AiLayer;

/// <summary>
/// The skills and commands of this project (.claude/skills/planning, triage; .claude/commands/ops/review-pr.md, scaffold.md) as the
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
        Assert.Equal(new[] { "deploy-docs", "planning", "review-pr", "scaffold", "triage" }, SkillCatalog.All.Select(s => s.Name));
        Assert.True(SkillCatalog.TryGet("review-pr", out var command));
        Assert.True(command!.IsCommand);
        Assert.True(command.DisableModelInvocation);
        Assert.Equal(new[] { "Read", "Grep", "Bash(gh pr diff:*)" }, command.AllowedTools);
        Assert.Equal(new[] { AgentTool.Read, AgentTool.Grep, AgentTool.Bash }, command.TypedAllowedTools); // scoped Bash by its tool
        Assert.Empty(PlanningSkill.Definition.TypedAllowedTools);
        Assert.Equal(AgentModel.Inherit, command.ModelKind);
        Assert.Null(command.Effort);
        Assert.Equal(".claude/commands/ops/review-pr.md", command.SourcePath);
        Assert.Equal("ops", command.Group); // Claude Code lists it as (project:ops)
        Assert.Null(ScaffoldCommand.Definition.Group);
        Assert.Null(PlanningSkill.Definition.Group);
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
    public void EveryKeyOfASkillIsTyped()
    {
        var triage = TriageSkill.Definition;

        Assert.Equal("When someone says \"triage\", or pastes a list of issues.", triage.WhenToUse);
        Assert.Equal("MIT", triage.License);
        Assert.Equal("Needs read access to the issue tracker.", triage.Compatibility);
        Assert.Equal(new[] { "owner=platform-team", "version=2" }, triage.Metadata.Select(m => m.Key + "=" + m.Value).OrderBy(m => m));
        Assert.Equal(SkillContext.Fork, triage.Context);
        Assert.True(triage.ForksContext);
        Assert.Equal("reviewer", triage.Agent);
        Assert.Equal(AgentEffort.Low, triage.Effort);
        Assert.True(triage.UserInvocable); // absent: true
        Assert.False(triage.DisableModelInvocation);
        Assert.Null(triage.Shell);
        Assert.Equal(SkillShell.PowerShell, ScaffoldCommand.Definition.Shell);
        Assert.Equal(new[] { "name", "type" }, ScaffoldCommand.Definition.Arguments);
        Assert.Empty(PlanningSkill.Definition.Metadata);
        Assert.Null(PlanningSkill.Definition.Context);
    }

    [Fact]
    public void NestedMetadataValuesAreKeptAsJson()
    {
        var skill = new SkillDefinition("notes", "Notes.", "Write notes.", false, "{\"metadata\":{\"owner\":\"ops\",\"tags\":[\"a\",\"b\"]},\"$source\":\".claude/skills/notes/SKILL.md\"}", null);

        Assert.Equal("ops", skill.Metadata["owner"]);
        Assert.Equal("[\"a\",\"b\"]", skill.Metadata["tags"]);
    }

    [Fact]
    public void NamedArgumentsAreFilledByPosition()
    {
        Assert.Equal("Create a component named SearchBar, of type form.\nLeave $names, $name_x and form's alone: only whole names are arguments.\n", ScaffoldCommand.Render("SearchBar form"));
        Assert.Equal(ScaffoldCommand.Render("'Search Bar' form"), ScaffoldCommand.Render("Search Bar", "form")); // typed, from the arguments key
    }

    [Fact]
    public async Task ACommandsModelAndEffortHoldForItsRunOnly()
    {
        var model = new ScriptedChatClient(_ => ScriptedChatClient.Say("done"));
        var settings = new AgentRunSettings();
        settings.ModelIds["haiku"] = "claude-haiku-4-5";
        var agent = ReviewerAgent.CreateAIAgent(model, new AgentToolbox(), settings);

        await agent.RunSkillAsync(ScaffoldCommand.Definition, "SearchBar form", options: settings);
        await agent.RunAsync("Next.");

        Assert.Equal(ScaffoldCommand.Render("SearchBar form"), model.Requests[0].Messages.Last().Text);
        Assert.Equal("claude-haiku-4-5", model.Requests[0].ModelId);
        Assert.Equal(Microsoft.Extensions.AI.ReasoningEffort.High, model.Requests[0].Effort);
        Assert.Null(model.Requests[1].ModelId); // the reviewer's own: it inherits the model
        Assert.Null(model.Requests[1].Effort);
        Assert.Null(AgentSkills.CreateRunOptions(ReviewPrCommand.Definition)); // sets neither: the agent's options stand
    }

    [Fact]
    public void TypedArgumentsStayOneWordWhateverTheyHold()
    {
        Assert.Equal("Review pull request #don't with priority \"high\".\nEverything the user typed: don't \"high\"\n", ReviewPrCommand.Render("don't", "\"high\""));
    }

    [Fact]
    public void ASkillTheStandardRejectsIsNamedByItsFolderOrLeftOut()
    {
        // Title Case names are common (Anthropic's own plugin-dev skills): the folder's name stands in, as the standard asks.
        var titled = new SkillDefinition("Agent Development", "Develops agents.", "Write the agent.", false, "{\"$source\":\".claude/skills/agent-development/SKILL.md\"}", null);
        Assert.Equal("agent-development", AgentSkills.Create(titled).Frontmatter.Name);
        Assert.Null(AgentSkills.Reject(titled, out _));

        // A description over the standard's 1024 characters cannot be one: Create says why, All() leaves it out.
        var wordy = new SkillDefinition("notes", new string('x', 1100), "Write notes.", false, "{\"$source\":\".claude/skills/notes/SKILL.md\"}", null);
        Assert.Equal("notes", AgentSkills.Reject(wordy, out var reason));
        Assert.False(string.IsNullOrEmpty(reason));
        var error = Assert.Throws<System.InvalidOperationException>(() => AgentSkills.Create(wordy));
        Assert.Contains("AGEN041", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void PricesAndWordsWithDigitsAreNotArguments()
    {
        // The definition is generated into this assembly, so its internal constructor can make a skill with any body.
        var skill = new SkillDefinition("pricing", "Prices.", "Quote $0 at $500 (x$3y, $$1), then $1.", false, "{\"$source\":\"pricing/SKILL.md\"}", null);

        Assert.Equal("Quote widgets at $500 (x$3y, $$1), then blue.", skill.Render("widgets blue"));
        Assert.Equal("pricing/SKILL.md", skill.SourcePath);
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
    public void AnAgentsPreloadedSkillsAreTyped() =>
        Assert.Equal(new[] { PlanningSkill.Definition, TriageSkill.Definition }, LeadAgent.Definition.PreloadedSkills);

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
    public async Task AForkedSkillRunsAsASubAgentOfItsAgent()
    {
        // triage has context: fork and agent: reviewer. Offered to the lead, it is a function: the reviewer runs the skill
        // rendered with the model's arguments, with the skill's effort, in a conversation of its own.
        var model = new ScriptedChatClient(r => r.Instructions!.StartsWith(ReviewerAgent.Prompt, System.StringComparison.Ordinal)
            ? ScriptedChatClient.Say("#41 is major")
            : r.HasResults ? ScriptedChatClient.Say("triaged: " + r.Results.Single().Result) : ScriptedChatClient.Call("skill_triage", ("arguments", "#41 #42")));

        var answer = await LeadOfferingSkills(model).RunAsync("Triage the new issues.");

        Assert.Equal("triaged: #41 is major", answer.Text);
        Assert.Contains("skill_triage", model.Requests[0].Tools);
        var fork = model.Requests.Single(r => r.Instructions!.StartsWith(ReviewerAgent.Prompt, System.StringComparison.Ordinal));
        Assert.Equal(TriageSkill.Render("#41 #42"), fork.Messages.Single().Text); // the fork sees the skill, not the conversation
        Assert.Equal(Microsoft.Extensions.AI.ReasoningEffort.Low, fork.Effort);
        var listed = model.Requests[0].Instructions + string.Join("\n", model.Requests[0].Messages.Select(m => m.Text));
        Assert.Contains(PlanningSkill.Description, listed, System.StringComparison.Ordinal); // the provider lists the other skills
        Assert.DoesNotContain(TriageSkill.Description, listed, System.StringComparison.Ordinal); // a function, not also a skill to load
    }

    private static Microsoft.Agents.AI.AIAgent LeadOfferingSkills(ScriptedChatClient model) =>
        LeadAgent.CreateAIAgent(model, new AgentToolbox(), new AgentRunSettings { OfferSkills = true, MissingTools = AgentMissingTools.Skip });

    [Fact]
    public async Task SkillsAreAgentFrameworkSkillsInMemory()
    {
        var skills = AgentSkills.All();
        Assert.Contains("references/checklist.md", await skills[0].GetContentAsync()); // the provider lists the resource

        Assert.Equal(new[] { "planning", "triage" }, skills.Select(s => s.Frontmatter.Name)); // no commands, and not deploy-docs: only users run it
        Assert.Equal("deploy-docs", AgentSkills.Create(DeployDocsSkill.Definition).Frontmatter.Name); // still one on request
        Assert.Equal("Bash(npm run docs:deploy)", AgentSkills.Create(DeployDocsSkill.Definition).Frontmatter.AllowedTools);
        Assert.Contains(PlanningSkill.Instructions.Trim(), await skills[0].GetContentAsync());
        var triage = skills[1].Frontmatter; // the Agent Skills standard's keys go with it
        Assert.Equal("MIT", triage.License);
        Assert.Equal("Needs read access to the issue tracker.", triage.Compatibility);
        Assert.Equal("platform-team", triage.Metadata!["owner"]);
        Assert.NotNull(AgentSkills.CreateProvider());
    }
}
