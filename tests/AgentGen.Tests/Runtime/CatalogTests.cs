using System;
using System.Collections.Generic;
using System.Linq;
using AgentGen.Tests.Agents;
using Xunit;

namespace AgentGen.Tests.Runtime;

/// <summary>Behaviour of the generated registry and definitions, on agents generated from this project's fixtures.</summary>
public sealed class CatalogTests
{
    [Fact]
    public void AllIsSortedByName()
    {
        Assert.Equal(new[] { "cache-aware", "lead", "reviewer", "task-runner", "worker" }, AgentCatalog.All.Select(a => a.Name));
        Assert.Equal(AgentCatalog.All.Select(a => a.Name), AgentCatalog.Names);
    }

    [Fact]
    public void TryGetFindsEachAgentAndNothingElse()
    {
        foreach (var agent in AgentCatalog.All)
        {
            Assert.True(AgentCatalog.TryGet(agent.Name, out var found));
            Assert.Same(agent, found);
        }

        Assert.False(AgentCatalog.TryGet("Lead", out var none));
        Assert.Null(none);
        Assert.False(AgentCatalog.TryGet(null, out _));
        Assert.False(AgentCatalog.TryGet(string.Empty, out _));
    }

    [Fact]
    public void GetThrowsListingKnownNames()
    {
        Assert.Same(LeadAgent.Definition, AgentCatalog.Get("lead"));
        var error = Assert.Throws<KeyNotFoundException>(() => AgentCatalog.Get("leader"));
        Assert.Equal("No agent is named 'leader'. Known agents: cache-aware, lead, reviewer, task-runner, worker.", error.Message);
        Assert.Throws<ArgumentNullException>(() => AgentCatalog.Get(null!));
    }

    [Fact]
    public void CatalogPropertiesAreTheAgentsDefinitions()
    {
        Assert.Same(LeadAgent.Definition, AgentCatalog.Lead);
        Assert.Same(TaskRunnerAgent.Definition, AgentCatalog.TaskRunner);
    }

    [Fact]
    public void InheritAllAllowsEveryTool()
    {
        Assert.True(ReviewerAgent.Definition.InheritsAllTools);
        Assert.Null(ReviewerAgent.Definition.Tools);
        Assert.Null(ReviewerAgent.Definition.TypedTools);
        Assert.True(ReviewerAgent.CanUse(AgentTool.Bash));
        Assert.True(ReviewerAgent.Definition.CanUse("mcp__anything__at_all"));
        Assert.True(ReviewerAgent.Definition.CanSpawn("worker"));
    }

    [Fact]
    public void AllowlistWildcardsServersAndDisallowedTools()
    {
        var lead = LeadAgent.Definition;
        Assert.True(lead.CanUse(AgentTool.Read));
        Assert.False(lead.CanUse(AgentTool.Bash));
        Assert.True(lead.CanUse("mcp__github__create_issue"));
        Assert.False(lead.CanUse("mcp__github__delete_repo"));
        Assert.True(lead.CanUse("mcp__docs__search"));
        Assert.False(lead.CanUse("mcp__other__search"));
        Assert.False(lead.CanUse("mcp__githubx__tool"));
        Assert.True(lead.CanUse(AgentTool.Agent));
        Assert.True(lead.CanUse(AgentTool.Task));
    }

    [Fact]
    public void SpawnListComesFromAgentEntries()
    {
        Assert.Equal(new[] { "reviewer", "worker" }, LeadAgent.Definition.SpawnableAgents);
        Assert.True(LeadAgent.Definition.CanSpawn("reviewer"));
        Assert.False(LeadAgent.Definition.CanSpawn("worker")); // disallowedTools: Agent(worker)
        Assert.False(LeadAgent.Definition.CanSpawn("general-purpose"));
        Assert.False(WorkerAgent.Definition.CanSpawn("reviewer")); // no Agent tool
        Assert.True(TaskRunnerAgent.Definition.CanSpawn("anyone")); // Task is the older name of Agent
    }

    [Fact]
    public void DisallowedToolsWinOverTheAllowlist()
    {
        Assert.True(WorkerAgent.CanUse(AgentTool.Edit));
        Assert.False(WorkerAgent.CanUse(AgentTool.Bash));
        Assert.True(WorkerAgent.CanUse(AgentTool.LookupOrder));
        Assert.Equal(new[] { AgentTool.Read, AgentTool.Edit, AgentTool.Bash, AgentTool.LookupOrder }, WorkerAgent.Definition.TypedTools);
    }

    [Fact]
    public void EveryKeyIsTyped()
    {
        Assert.Equal("opus", LeadAgent.Definition.Model);
        Assert.Equal(AgentModel.Opus, LeadAgent.Definition.ModelKind);
        Assert.Equal(AgentPermissionMode.Plan, LeadAgent.Definition.PermissionMode);
        Assert.Equal(5, LeadAgent.Definition.MaxTurns);
        Assert.Equal(new[] { "planning", "triage" }, LeadAgent.Definition.Skills);
        Assert.Equal(new[] { "github", "docs" }, LeadAgent.Definition.McpServers.Select(s => s.Name));
        Assert.False(LeadAgent.Definition.McpServers[0].IsInline);
        Assert.Equal("{\"type\":\"stdio\",\"command\":\"docs-server\",\"args\":[\"--port\",8080]}", LeadAgent.Definition.McpServers[1].ConfigJson);
        Assert.Equal("{\"PreToolUse\":[{\"matcher\":\"Bash\",\"hooks\":[{\"type\":\"command\",\"command\":\"./check.sh\"}]}]}", LeadAgent.Definition.HooksJson);
        Assert.Equal(AgentMemory.User, LeadAgent.Definition.Memory);
        Assert.True(LeadAgent.Definition.Background);
        Assert.Equal(AgentEffort.High, LeadAgent.Definition.Effort);
        Assert.Equal(AgentIsolation.Worktree, LeadAgent.Definition.Isolation);
        Assert.Equal(AgentColor.Red, LeadAgent.Definition.Color);
        Assert.Equal("Start by listing open tasks.", LeadAgent.Definition.InitialPrompt);
        Assert.Equal("platform", LeadAgent.Definition.Metadata["team"]);
        Assert.Equal(".claude/agents/lead.md", LeadAgent.Definition.SourcePath);
        Assert.Equal("Lead the work.\n", LeadAgent.Prompt);
        Assert.Equal(AgentModel.Custom, WorkerAgent.Definition.ModelKind);
        Assert.Equal(AgentPermissionMode.AcceptEdits, WorkerAgent.Definition.PermissionMode);
    }

    [Fact]
    public void NewestKeysAreTyped()
    {
        Assert.True(CacheAwareAgent.Definition.OmitClaudeMd);
        Assert.Equal(AgentCacheTtl.OneHour, CacheAwareAgent.Definition.CacheTtl);
        Assert.Equal("{\"cacheTtl\":\"1h\"}", CacheAwareAgent.Definition.ExperimentalJson);
        Assert.False(LeadAgent.Definition.OmitClaudeMd);
        Assert.Null(LeadAgent.Definition.CacheTtl);
    }

    [Fact]
    public void ToolNamesRoundTrip()
    {
        foreach (var tool in AgentTools.All)
        {
            Assert.True(AgentTools.TryParse(tool.ToToolName(), out var parsed));
            Assert.Equal(tool, parsed);
        }

        Assert.Equal("mcp__github__delete_repo", AgentTool.McpGithubDeleteRepo.ToToolName());
        Assert.False(AgentTools.TryParse("read", out _));
    }

    [Fact]
    public void DefinitionsAreImmutable()
    {
        var tools = Assert.IsAssignableFrom<ICollection<string>>(LeadAgent.Definition.Tools);
        Assert.True(tools.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, string>)LeadAgent.Definition.Metadata).Add("x", "y"));
    }
}
