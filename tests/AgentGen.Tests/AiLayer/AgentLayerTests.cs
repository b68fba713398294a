using System.Linq;
using System.Threading.Tasks;
using AgentGen.Tests.Agents;
using Microsoft.Extensions.AI;
using Xunit;

namespace AgentGen.Tests.AiLayer;

/// <summary>
/// The agent layer AgentGen emits into this test assembly (it references Microsoft.Agents.AI), run against a scripted model:
/// the tools offered, a tool call reaching the C# method, maxTurns, sub-agents, and cycles cut at the depth limit.
/// </summary>
public sealed class AgentLayerTests
{
    private static readonly AgentRunSettings Skip = new() { MissingTools = AgentMissingTools.Skip };

    [Fact]
    public async Task ToolCallReachesTheMethodAndOnlyAllowedToolsAreOffered()
    {
        var files = new MemoryFiles { Files = { ["a.txt"] = "hello world" } };
        var model = new ScriptedChatClient(request => request.HasResults
            ? ScriptedChatClient.Say("done: " + request.Results.Single().Result)
            : ScriptedChatClient.Call("Edit", ("path", "a.txt"), ("old", "world"), ("new", "agents")));

        var response = await WorkerAgent.CreateAIAgent(model, new AgentToolbox().Add(files)).RunAsync("Fix the greeting.");

        Assert.Equal("hello agents", files.Files["a.txt"]);
        Assert.Equal(new[] { "Edit a.txt" }, files.Calls);
        Assert.Equal("done: edited a.txt", response.Text);
        Assert.All(model.Requests, r => Assert.Equal(new[] { "Read", "Edit", "lookup_order" }, r.Tools)); // the allowlist's order, never Bash (disallowed)
        Assert.All(model.Requests, r => Assert.Equal(WorkerAgent.Prompt, r.Instructions));
        Assert.All(model.Requests, r => Assert.Equal("claude-opus-4-6", r.ModelId));
    }

    [Fact]
    public async Task MaxTurnsStopsAModelThatNeverStopsCallingTools()
    {
        var files = new MemoryFiles();
        var model = new ScriptedChatClient(request => request.Tools.Count == 0
            ? ScriptedChatClient.Say("out of turns")
            : ScriptedChatClient.Call("Read", ("path", "loop.txt")));

        var response = await LeadAgent.CreateAIAgent(model, new AgentToolbox().Add(files), Skip).RunAsync("Loop forever.");

        Assert.Equal(5, LeadAgent.Definition.MaxTurns);
        Assert.Equal(5, files.Calls.Count); // maxTurns function-calling iterations, then no more tools
        Assert.Equal(6, model.Requests.Count);
        Assert.Empty(model.Requests.Last().Tools);
        Assert.Equal("out of turns", response.Text);
    }

    [Fact]
    public async Task SubAgentRunsWithItsOwnPromptAndTools()
    {
        var model = new ScriptedChatClient(request =>
        {
            if (request.Instructions == ReviewerAgent.Prompt)
            {
                return ScriptedChatClient.Say("reviewed: " + request.Messages.Last().Text);
            }

            return request.HasResults
                ? ScriptedChatClient.Say("lead got: " + request.Results.Single().Result)
                : ScriptedChatClient.Call("reviewer", ("query", "the change in a.txt"));
        });

        var response = await AgentCatalog.CreateAIAgent("lead", model, new AgentToolbox().Add(new MemoryFiles()), Skip).RunAsync("Get a review.");

        // Agent(reviewer, worker) less the disallowed Agent(worker): one sub-agent, described by its description.
        Assert.Equal(new[] { "Read", "reviewer" }, model.Requests[0].Tools);
        var reviewerRequest = Assert.Single(model.Requests, r => r.Instructions == ReviewerAgent.Prompt);
        Assert.Equal("the change in a.txt", reviewerRequest.Messages.Last().Text);
        Assert.Equal(new[] { "lookup_order", "Bash", "Edit", "Read" }, reviewerRequest.Tools); // the reviewer inherits every tool, with the same toolbox
        Assert.Equal("lead got: reviewed: the change in a.txt", response.Text);
    }

    [Fact]
    public async Task CyclesEndAtTheDepthLimitWithAClearError()
    {
        // task-runner has the bare Task tool: it may spawn every agent of its catalog, itself included.
        var model = new ScriptedChatClient(request => request.HasResults
            ? ScriptedChatClient.Say("result: " + request.Results.Single().Result)
            : ScriptedChatClient.Call("task-runner", ("query", "go deeper")));
        var options = new AgentRunSettings { MissingTools = AgentMissingTools.Skip, MaxSubAgentDepth = 3 };

        var response = await TaskRunnerAgent.CreateAIAgent(model, new AgentToolbox(), options).RunAsync("Recurse.");

        Assert.Equal(4, model.Requests.Count(r => r.Instructions == TaskRunnerAgent.Prompt && !r.HasResults)); // the agent and three nested copies
        var expected = "Error: the agent 'task-runner' was not started: agents are already nested 3 deep, and AgentRunSettings.MaxSubAgentDepth is 3. Do this part of the task without it.";
        Assert.Contains(model.Requests, r => r.HasResults && r.Results.Single().Result?.ToString() == expected);
        Assert.StartsWith("result: ", response.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownAgentNamesAreReported()
    {
        var error = Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => AgentCatalog.CreateAIAgent("leader", new ScriptedChatClient(_ => ScriptedChatClient.Say("x")), new AgentToolbox()));
        Assert.StartsWith("No agent is named 'leader'.", error.Message, System.StringComparison.Ordinal);
    }
}
