using System;
using System.IO;
using System.Linq;
using AgentGen.Sample;
using AgentGen.Sample.Agents;
using AgentGen.Sample.Orchestration;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tooling = AgentGen.Sample.Agents.Tooling;

// 1. The agent files of .claude/agents as typed C#.
Console.WriteLine("== Typed agents (from .claude/agents)");
TypedApiDemo.Run();

// 2. Running them as an app is built: a Generic Host whose container holds the model, the app's services and the
// agents (each a keyed AIAgent, its name the key), logging to the console. Claude or an offline stand-in.
using var model = ChatModels.Create(out var modelDescription);
var conversation = new ConversationLog(model, AgentCatalog.All.Concat(Tooling.AgentCatalog.All));
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.ClearProviders().AddSimpleConsole(console => console.SingleLine = true).AddFilter("Microsoft", LogLevel.Warning);
builder.Services.AddSingleton<IChatClient>(conversation);
builder.Services.AddSingleton(Workspace.Create());
// Seed 004's agent lists read_file, write_file, search_files and edit_block: WorkspaceTools implements all four, and
// is created from the container with the Workspace above. The research team's researcher also lists tools of MCP
// servers this sample does not connect: that catalog skips them rather than failing.
builder.Services.AddAgents(Tooling.AgentCatalog.All).ValidateOnStart();
builder.Services.AddAgents(AgentCatalog.All, settings => settings.MissingTools = AgentMissingTools.Skip).ValidateOnStart();
using var host = builder.Build();
await host.StartAsync(); // every agent is checked here: a missing tool, service or chat client stops the app with a list

var workspace = host.Services.GetRequiredService<Workspace>();
Console.WriteLine();
Console.WriteLine($"== Running agents from the host's container, on {modelDescription}");
Console.WriteLine($"-- seed 004 (tooling/backend-developer) in a temporary workspace: {workspace.Root}");
var developer = host.Services.GetRequiredKeyedService<AIAgent>("backend-developer");
conversation.NewRun();
await developer.RunAsync("Add a GET /health endpoint to src/Program.cs.");
Console.WriteLine("src/Program.cs is now:\n  " + File.ReadAllText(Path.Combine(workspace.Root, "src", "Program.cs")).Replace("\n", "\n  "));

// The research lead delegates to the researcher and the code reviewer (its Agent(researcher, code-reviewer) entry):
// sub-agents are built like their caller, from the same container, settings and logging. It preloads the skill
// summarise-findings (.claude/skills), and its task is the slash command /research (.claude/commands): RunSkillAsync
// renders it with the arguments as Claude Code does, and runs it with the command's model and effort, if it sets any.
Console.WriteLine();
Console.WriteLine("-- /research, run by research-lead with its sub-agents and its preloaded skill");
var lead = host.Services.GetRequiredKeyedService<AIAgent>("research-lead");
conversation.NewRun();
var answer = await lead.RunSkillAsync(ResearchCommand.Definition, "Should the orders service use System.Text.Json source generation?");
Console.WriteLine($"final answer: {answer.Text}");
await host.StopAsync();

// 3. What the build reports for agent files with common mistakes.
Console.WriteLine();
#if AGENTGEN_PROJECT_REFERENCE
Console.WriteLine("== Diagnostics: what `dotnet build` reports for agent files with common mistakes (samples/AgentGen.Sample/mistakes)");
MistakesDemo.Run(Path.Combine(AppContext.BaseDirectory, "mistakes"));
#else
Console.WriteLine("== Diagnostics: build with a broken file in .claude/agents/ to see them (this build uses the package, an analyzer only).");
#endif
Directory.Delete(workspace.Root, recursive: true);
