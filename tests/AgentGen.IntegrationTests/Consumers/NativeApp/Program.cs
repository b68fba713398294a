// Every generated API a NativeAOT app uses: catalogs of two namespaces, lookups, definitions, a template, examples,
// agents running on tools of many kinds and a sub-agent against a scripted model, and agents from a container
// (keyed services, a tool class created with its constructor's services, validation, logs). The integration test compares
// this output under the JIT, NativeAOT and a trimmed publish.
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NativeApp;
using NativeApp.Agents;
using Team = NativeApp.Agents.Team;

Console.WriteLine("catalog: " + string.Join(", ", AgentCatalog.Names));
Console.WriteLine("team catalog: " + string.Join(", ", Team.AgentCatalog.Names));
foreach (var agent in AgentCatalog.All.Concat(Team.AgentCatalog.All))
{
    Console.WriteLine($"  {agent.Name}: model {agent.Model ?? "-"} ({agent.ModelKind}), tools {(agent.Tools is null ? "all" : string.Join("+", agent.Tools))}, max turns {agent.MaxTurns?.ToString() ?? "-"}, prompt {agent.Prompt.Length} chars, from {agent.SourcePath}");
}

Console.WriteLine("TryGet planner: " + AgentCatalog.TryGet("planner", out var planner) + ", " + planner?.Description);
Console.WriteLine("TryGet nobody: " + AgentCatalog.TryGet("nobody", out _));
try
{
    Team.AgentCatalog.Get("nobody");
}
catch (KeyNotFoundException e)
{
    Console.WriteLine("Get nobody: " + e.Message);
}

Console.WriteLine("same instance: " + ReferenceEquals(PlannerAgent.Definition, AgentCatalog.Get("planner")));
Console.WriteLine("planner may use plan_release: " + PlannerAgent.CanUse(AgentTool.PlanRelease) + ", Read: " + PlannerAgent.CanUse(AgentTool.Read));
Console.WriteLine("lead may spawn planner: " + LeadAgent.Definition.CanSpawn("planner"));

var notes = new Team.WriterAgent.PromptArguments { Project = { Name = "Orders", Version = "2.1" }, Audience = "operators" };
Console.WriteLine("placeholders: " + string.Join(", ", Team.WriterAgent.PromptPlaceholders));
Console.WriteLine("rendered: " + Team.WriterAgent.RenderPrompt(notes).Trim());
Console.WriteLine("rendered by lookup: " + Team.WriterAgent.RenderPrompt(path => path.ToUpperInvariant(), keepMissing: true).Trim());
foreach (var example in Team.ReviewerAgent.Examples)
{
    Console.WriteLine($"example: context '{example.Context}', user '{example.User}', assistant '{example.Assistant}', commentary '{example.Commentary}'");
}

Console.WriteLine("routing text: " + Team.ReviewerAgent.DescriptionWithoutExamples);

var ops = Team.OpsAgent.Definition;
Console.WriteLine($"ops: permission {ops.PermissionMode}, effort {ops.Effort}, memory {ops.Memory}, color {ops.Color}, skills {string.Join("+", ops.Skills)}, initial prompt '{ops.InitialPrompt}'");
Console.WriteLine($"ops MCP servers: {string.Join(", ", ops.McpServers.Select(m => m.Name + (m.ConfigJson is null ? "" : " " + m.ConfigJson)))}");
Console.WriteLine($"ops hooks: {ops.HooksJson}; metadata: {string.Join(", ", ops.Metadata.Select(m => m.Key + "=" + m.Value))}");
Console.WriteLine("ops may use mcp__docs__search: " + ops.CanUse("mcp__docs__search") + ", mcp__docs__delete: " + ops.CanUse("mcp__docs__delete"));
Console.WriteLine("tools named in agent files: " + string.Join(", ", AgentTools.All.Select(t => t.ToToolName()).Where(n => n.Contains('_'))));
Console.WriteLine("TryParse count_items: " + AgentTools.TryParse("count_items", out var parsed) + " " + parsed);

var model = new ScriptedModel();
var tools = new AgentToolbox().Add(new ReleaseTools());
foreach (var name in tools.Names)
{
    tools.TryGet(name, out var tool);
    Console.WriteLine($"tool {name}: {tool!.Description} {((AIFunction)tool).JsonSchema.GetRawText()}");
}

// An MCP server's tools arrive at run time; here the server is stood in for by one of the app's functions.
tools.TryGet("count_items", out var counter);
var opsTools = new AgentToolbox().AddMcpServer("docs", new[] { counter!, counter! });
Console.WriteLine("ops missing: " + string.Join(", ", opsTools.Missing(ops)) + "; offered: " + string.Join(", ", Team.OpsAgent.CreateChatOptions(opsTools, new AgentRunSettings { MissingTools = AgentMissingTools.Skip }).Tools!.Select(t => t.Name)));

var settings = new AgentRunSettings();
settings.ModelIds["sonnet"] = "claude-sonnet-4-5";
var planned = await PlannerAgent.CreateAIAgent(model, tools, settings).RunAsync("Plan the release of A-7.");
Console.WriteLine("planner: " + planned.Text);
var led = await AgentCatalog.CreateAIAgent("lead", model, tools, settings).RunAsync("Ask the planner.");
Console.WriteLine("lead: " + led.Text);
foreach (var line in model.Log)
{
    Console.WriteLine(line);
}

// From a container, as a Generic Host app gets them.
var logs = new List<string>();
var services = new ServiceCollection();
services.AddLogging(logging => logging.AddProvider(new LineLoggerProvider(logs)));
services.AddSingleton<IChatClient>(new ScriptedModel());
services.AddSingleton(new Inventory(new Dictionary<string, int> { ["A-7"] = 12 }));
services.AddAgents(AgentCatalog.All, s => s.ModelIds["sonnet"] = "claude-sonnet-4-5");
using (var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }))
{
    provider.ValidateAgents();
    var keeper = provider.GetRequiredKeyedService<AIAgent>("stock-keeper");
    Console.WriteLine("stock-keeper from the container: " + (await keeper.RunAsync("How many A-7 and Z-9?")).Text);
    Console.WriteLine("same agent again: " + ReferenceEquals(keeper, provider.GetRequiredKeyedService<AIAgent>("stock-keeper")));
}

foreach (var line in logs)
{
    Console.WriteLine("log: " + line);
}

// Skills and commands, typed, and the skills as in-memory Agent Framework skills.
Console.WriteLine("skills and commands: " + string.Join(", ", SkillCatalog.All.Select(s => s.Name + (s.IsCommand ? " (command)" : ""))));
Console.WriteLine("rendered command: " + ShipCheckCommand.Render("2.1", "web").Trim());
Console.WriteLine("runbooks resources: " + string.Join(", ", RunbooksSkill.Definition.Resources.Select(r => r.Path + " (" + r.Content.Length + " chars)")));
foreach (var skill in AgentSkills.All())
{
    Console.WriteLine($"agent framework skill {skill.Frontmatter.Name}: {(await skill.GetContentAsync()).Length > 0}, license {skill.Frontmatter.License ?? "none"}, metadata {string.Join(",", (skill.Frontmatter.Metadata ?? new()).Select(m => m.Key + "=" + m.Value))}");
}

// A command run as /ship-check 2.1 web: its text with named arguments, and its model and effort for that run only.
var shipCheck = ShipCheckCommand.Definition;
Console.WriteLine($"ship-check: arguments {string.Join("+", shipCheck.Arguments)}, model {shipCheck.ModelKind}, effort {shipCheck.Effort}, run options {AgentSkills.CreateRunOptions(shipCheck, settings) is not null}");
Console.WriteLine("ship-check run: " + (await PlannerAgent.CreateAIAgent(model, tools, settings).RunSkillAsync(shipCheck, "2.1 web", options: settings)).Text);
