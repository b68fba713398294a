using System;
using System.Linq;
using AgentGen.Sample.Agents;
using Fullstack = AgentGen.Sample.Agents.Fullstack;
using Enterprise = AgentGen.Sample.Agents.Enterprise;
using Studio = AgentGen.Sample.Agents.Studio;
using Tooling = AgentGen.Sample.Agents.Tooling;

namespace AgentGen.Sample;

internal static class Program
{
    private static void Main()
    {
        // Every agent as a typed class (nameof proves the class exists at compile time), grouped by namespace.
        var agents = new (string Namespace, string Class, AgentDefinition Agent)[]
        {
            ("AgentGen.Sample.Agents", nameof(CodeReviewerAgent), CodeReviewerAgent.Definition),
            ("AgentGen.Sample.Agents", nameof(ResearchLeadAgent), ResearchLeadAgent.Definition),
            ("AgentGen.Sample.Agents", nameof(ResearcherAgent), ResearcherAgent.Definition),
            ("...Agents.Fullstack", nameof(Fullstack.BackendDevAgent), Fullstack.BackendDevAgent.Definition),
            ("...Agents.Fullstack", nameof(Fullstack.BackendDeveloperAgent), Fullstack.BackendDeveloperAgent.Definition),
            ("...Agents.Enterprise", nameof(Enterprise.BackendDeveloperAgent), Enterprise.BackendDeveloperAgent.Definition),
            ("...Agents.Studio", nameof(Studio.BackendDeveloperAgent), Studio.BackendDeveloperAgent.Definition),
            ("...Agents.Tooling", nameof(Tooling.BackendDeveloperAgent), Tooling.BackendDeveloperAgent.Definition),
        };

        Console.WriteLine($"{"namespace",-24} {"name",-18} {"class",-22} {"model",-32} {"tools",-44} {"prompt",7}");
        Console.WriteLine(new string('-', 152));
        foreach (var (ns, className, agent) in agents)
        {
            var tools = agent.Tools is null ? "(inherits all)" : string.Join(", ", agent.Tools);
            var model = (agent.Model ?? "(inherit)") + " -> " + agent.ModelKind;
            Console.WriteLine($"{ns,-24} {agent.Name,-18} {className,-22} {model,-32} {Shorten(tools, 44),-44} {agent.Prompt.Length,7}");
        }

        var total = AgentCatalog.All.Count + Fullstack.AgentCatalog.All.Count + Enterprise.AgentCatalog.All.Count
            + Studio.AgentCatalog.All.Count + Tooling.AgentCatalog.All.Count;
        Console.WriteLine($"{total} agents in 5 catalogs; AgentTool has {AgentTools.All.Count} members.");

        Console.WriteLine();
        Console.WriteLine("Typed use:");

        // Lookup by name: a switch, no allocation.
        if (AgentCatalog.TryGet("research-lead", out var lead))
        {
            Console.WriteLine($"  research-lead may spawn: {string.Join(", ", lead.SpawnableAgents)}; CanSpawn(\"researcher\") = {lead.CanSpawn("researcher")}, CanSpawn(\"general-purpose\") = {lead.CanSpawn("general-purpose")}");
            Console.WriteLine($"  research-lead MCP servers: {string.Join(", ", lead.McpServers.Select(s => s.IsInline ? $"{s.Name} (inline: {s.ConfigJson})" : s.Name))}");
        }

        // Tool checks: the allowlist, MCP wildcards, disallowedTools and inherit-all.
        Console.WriteLine($"  Fullstack.BackendDevAgent.CanUse(AgentTool.Bash) = {Fullstack.BackendDevAgent.CanUse(AgentTool.Bash)}");
        Console.WriteLine($"  Enterprise.BackendDeveloperAgent.CanUse(AgentTool.WebFetch) = {Enterprise.BackendDeveloperAgent.CanUse(AgentTool.WebFetch)}");
        Console.WriteLine($"  CodeReviewerAgent (no tools key) inherits all: CanUse(AgentTool.Bash) = {CodeReviewerAgent.CanUse(AgentTool.Bash)}");
        Console.WriteLine($"  ResearcherAgent.CanUse(\"mcp__github__get_issue\") = {AgentCatalog.Researcher.CanUse("mcp__github__get_issue")}, CanUse(\"mcp__github__create_issue\") = {AgentCatalog.Researcher.CanUse("mcp__github__create_issue")}");
        Console.WriteLine($"  Tooling.BackendDeveloperAgent.TypedTools = {string.Join(", ", Tooling.BackendDeveloperAgent.Definition.TypedTools!)} (the app's own tools, from AgentGenExtraTools)");
        Console.WriteLine($"  Studio.BackendDeveloperAgent.Definition.Color = {Studio.BackendDeveloperAgent.Definition.Color}, MaxTurns = {ResearcherAgent.Definition.MaxTurns} (researcher)");

        try
        {
            AgentCatalog.Get("frontend-developer");
        }
        catch (System.Collections.Generic.KeyNotFoundException e)
        {
            Console.WriteLine($"  AgentCatalog.Get(\"frontend-developer\") throws: {e.Message}");
        }

        Console.WriteLine();
#if AGENTGEN_PROJECT_REFERENCE
        Console.WriteLine("Diagnostics: what `dotnet build` reports for agent files with common mistakes (samples/AgentGen.Sample/mistakes):");
        MistakesDemo.Run(System.IO.Path.Combine(AppContext.BaseDirectory, "mistakes"));
#else
        Console.WriteLine("Diagnostics: build with a broken file in .claude/agents/ to see them (this build uses the package, an analyzer only).");
#endif
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 3) + "...";
}
