using System;
using System.IO;
using System.Linq;
using AgentGen.Sample;
using AgentGen.Sample.Agents;
using AgentGen.Sample.Orchestration;
using AgentGen.Sample.Tools;
using Tooling = AgentGen.Sample.Agents.Tooling;

// 1. The agent files of .claude/agents as typed C#.
Console.WriteLine("== Typed agents (from .claude/agents)");
TypedApiDemo.Run();

// 2. Running them: the same agents as Microsoft Agent Framework agents, on Claude or on an offline stand-in.
using var model = ChatModels.Create(out var modelDescription);
var conversation = new ConversationLog(model, AgentCatalog.All.Concat(Tooling.AgentCatalog.All));
var workspace = Workspace.Create();
Console.WriteLine();
Console.WriteLine($"== Running agents on {modelDescription}");

// Seed 004's agent lists read_file, write_file, search_files and edit_block: WorkspaceTools implements all four.
Console.WriteLine($"-- seed 004 (tooling/backend-developer) in a temporary workspace: {workspace}");
var tools = new AgentToolbox().Add(new WorkspaceTools(workspace));
var developer = Tooling.BackendDeveloperAgent.CreateAIAgent(conversation, tools);
conversation.NewRun();
await developer.RunAsync("Add a GET /health endpoint to src/Program.cs.");
Console.WriteLine("src/Program.cs is now:\n  " + File.ReadAllText(Path.Combine(workspace, "src", "Program.cs")).Replace("\n", "\n  "));

// The research lead delegates to the researcher and the code reviewer (its Agent(researcher, code-reviewer) entry).
// The researcher also lists tools of MCP servers this sample does not connect: they are skipped, not failed on.
Console.WriteLine();
Console.WriteLine("-- research-lead, with its sub-agents");
var skipMcp = new AgentRunSettings { MissingTools = AgentMissingTools.Skip };
var lead = AgentCatalog.CreateAIAgent("research-lead", conversation, tools, skipMcp);
conversation.NewRun();
var answer = await lead.RunAsync("Should the orders service use System.Text.Json source generation?");
Console.WriteLine($"final answer: {answer.Text}");

// 3. What the build reports for agent files with common mistakes.
Console.WriteLine();
#if AGENTGEN_PROJECT_REFERENCE
Console.WriteLine("== Diagnostics: what `dotnet build` reports for agent files with common mistakes (samples/AgentGen.Sample/mistakes)");
MistakesDemo.Run(Path.Combine(AppContext.BaseDirectory, "mistakes"));
#else
Console.WriteLine("== Diagnostics: build with a broken file in .claude/agents/ to see them (this build uses the package, an analyzer only).");
#endif
Directory.Delete(workspace, recursive: true);
