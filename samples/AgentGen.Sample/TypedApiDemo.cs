using System;
using System.Linq;
using AgentGen.Sample.Agents;
using Fullstack = AgentGen.Sample.Agents.Fullstack;
using Enterprise = AgentGen.Sample.Agents.Enterprise;
using Studio = AgentGen.Sample.Agents.Studio;
using Tooling = AgentGen.Sample.Agents.Tooling;

namespace AgentGen.Sample;

/// <summary>The agent files as typed C#: classes, constants, definitions and the catalog.</summary>
internal static class TypedApiDemo
{
    public static void Run()
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

        Console.WriteLine($"{"namespace",-22} {"name",-18} {"class",-22} {"model",-32} {"tools",-44} {"prompt",7}");
        Console.WriteLine(new string('-', 150));
        foreach (var (ns, className, agent) in agents)
        {
            var tools = agent.Tools is null ? "(inherits all)" : string.Join(", ", agent.Tools);
            Console.WriteLine($"{ns,-22} {agent.Name,-18} {className,-22} {(agent.Model ?? "(inherit)") + " -> " + agent.ModelKind,-32} {Shorten(tools, 44),-44} {agent.Prompt.Length,7}");
        }

        // The catalog: a dictionary lookup, no allocation; definitions are created on first use.
        if (AgentCatalog.TryGet("research-lead", out var lead))
        {
            Console.WriteLine($"research-lead may spawn {string.Join(", ", lead.SpawnableAgents)}; CanSpawn(\"general-purpose\") = {lead.CanSpawn("general-purpose")}; " +
                $"MCP servers: {string.Join(", ", lead.McpServers.Select(s => s.IsInline ? $"{s.Name} (inline {s.ConfigJson})" : s.Name))}");
        }

        Console.WriteLine($"ResearcherAgent.CanUse(\"mcp__github__get_issue\") = {ResearcherAgent.Definition.CanUse("mcp__github__get_issue")}, " +
            $"CanUse(\"mcp__github__create_issue\") = {ResearcherAgent.Definition.CanUse("mcp__github__create_issue")} (disallowedTools); " +
            $"Fullstack.BackendDevAgent.CanUse(AgentTool.Bash) = {Fullstack.BackendDevAgent.CanUse(AgentTool.Bash)}");

        // backend-dev's prompt has {{techStack...}} placeholders: a typed arguments object shaped like their paths fills
        // them (a misspelled property does not compile), or RenderPrompt(path => configuration[path]) does.
        var stack = new Fullstack.BackendDevAgent.PromptArguments();
        stack.TechStack.Backend.Framework = "ASP.NET Core 10";
        stack.TechStack.Backend.Language = "C#";
        stack.TechStack.Backend.ApiStyle = "REST + OpenAPI";
        stack.TechStack.Backend.Validation = "FluentValidation";
        stack.TechStack.Database.Primary = "PostgreSQL";
        stack.TechStack.Database.Orm = "EF Core";
        stack.TechStack.Database.Cache = "Redis";
        stack.TechStack.Database.Migrations = "EF Core migrations";
        var rendered = Fullstack.BackendDevAgent.RenderPrompt(stack);
        var templateLines = Fullstack.BackendDevAgent.Prompt.Split('\n'); // values have no line breaks: lines stay in step
        Console.WriteLine($"backend-dev has {Fullstack.BackendDevAgent.PromptPlaceholders.Count} placeholders; rendered, its stack reads: " +
            string.Join(" | ", rendered.Split('\n').Where((line, i) => templateLines[i].Contains("{{", StringComparison.Ordinal)).Take(3)));

        // backend-developer's description holds <example> blocks: when to delegate, for a router or few-shot prompt.
        var examples = Fullstack.BackendDeveloperAgent.Examples;
        Console.WriteLine($"backend-developer: {examples.Count} examples, the first: user \"{examples[0].User}\"; " +
            $"routing text without them: \"{Shorten(Fullstack.BackendDeveloperAgent.DescriptionWithoutExamples, 70)}\"");
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 3)] + "...";
}
