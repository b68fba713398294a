using System.Linq;
using System.Threading.Tasks;
using AgentGen.Tests.Agents;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Xunit;
using Fullstack = AgentGen.Tests.SeedAgents.Fullstack;

namespace AgentGen.Tests.AiLayer;

/// <summary>
/// Nothing fails silently: tool failures are logged per agent (FakeLogger) and told to the model as the settings say,
/// maxTurns ends a run whatever the client pipeline and the caller can see it, and the fallbacks that used to be silent
/// (a prompt with unfilled placeholders, a model alias with no id) are warned about once per agent.
/// </summary>
public sealed class RunFailureTests
{
    private static readonly AgentRunSettings Skip = new() { MissingTools = AgentMissingTools.Skip };

    private static (ILoggerFactory Factory, FakeLogCollector Logs) Logging()
    {
        var provider = new FakeLoggerProvider();
        return (LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Debug).AddProvider(provider)), provider.Collector);
    }

    private static FakeLogRecord[] Agents(FakeLogCollector logs) => logs.GetSnapshot().Where(r => r.Category == "AgentGen.Agents").ToArray();

    private static ScriptedChatClient ReadsOnce(string path) => new(request => request.HasResults
        ? ScriptedChatClient.Say("model heard: " + request.Results.Single().Result)
        : ScriptedChatClient.Call("Read", ("path", path)));

    [Fact]
    public async Task AFailingToolIsLoggedWithItsExceptionAndTheModelHearsOnlyThatItFailed()
    {
        var (factory, logs) = Logging();

        var response = await WorkerAgent.CreateAIAgent(ReadsOnce("boom"), new AgentToolbox().Add(new MemoryFiles()), loggerFactory: factory).RunAsync("Read it.");

        var record = Assert.Single(Agents(logs));
        Assert.Equal(LogLevel.Error, record.Level);
        Assert.Equal("ToolFailed", record.Id.Name);
        Assert.Equal("Agent 'worker': the tool 'Read' failed: disk on fire at boom", record.Message);
        Assert.IsType<System.IO.IOException>(record.Exception);
        Assert.Equal("model heard: Error: Function failed.", response.Text); // the message stays out of the model's context by default
    }

    [Fact]
    public async Task WithDetailedErrorsTheModelHearsTheExceptionsMessage()
    {
        var settings = new AgentRunSettings { DetailedErrors = true };

        var response = await WorkerAgent.CreateAIAgent(ReadsOnce("boom"), new AgentToolbox().Add(new MemoryFiles()), settings).RunAsync("Read it.");

        Assert.Equal("model heard: Error: the tool failed: disk on fire at boom", response.Text);
    }

    [Fact]
    public async Task AWrongArgumentIsExplainedToTheModelAndLoggedAsAWarning()
    {
        var (factory, logs) = Logging();
        var model = new ScriptedChatClient(request => request.HasResults
            ? ScriptedChatClient.Say("model heard: " + request.Results.Single().Result)
            : ScriptedChatClient.Call("Read", ("file", "a.txt")));

        var response = await WorkerAgent.CreateAIAgent(model, new AgentToolbox().Add(new MemoryFiles()), loggerFactory: factory).RunAsync("Read it.");

        Assert.Equal("model heard: Error: The argument 'path' is missing: it is required.", response.Text);
        var record = Assert.Single(Agents(logs));
        Assert.Equal(LogLevel.Warning, record.Level);
        Assert.Equal("ToolArgumentRejected", record.Id.Name);
    }

    [Fact]
    public async Task ASubAgentsFailureIsLoggedUnderItsOwnName()
    {
        var (factory, logs) = Logging();
        var model = new ScriptedChatClient(request =>
        {
            if (request.Instructions == ReviewerAgent.Prompt)
            {
                return request.HasResults ? ScriptedChatClient.Say("reviewer could not read") : ScriptedChatClient.Call("Read", ("path", "boom"));
            }

            return request.HasResults ? ScriptedChatClient.Say("lead got: " + request.Results.Single().Result) : ScriptedChatClient.Call("reviewer", ("query", "review boom"));
        });

        var response = await LeadAgent.CreateAIAgent(model, new AgentToolbox().Add(new MemoryFiles()), Skip, factory).RunAsync("Get a review.");

        Assert.Equal("lead got: reviewer could not read", response.Text);
        var record = Assert.Single(Agents(logs), r => r.Id.Name == "ToolFailed");
        Assert.Equal("Agent 'reviewer': the tool 'Read' failed: disk on fire at boom", record.Message); // the sub-agent got its caller's logging
    }

    [Fact]
    public async Task MaxTurnsHoldsWhenTheAppsClientInvokesFunctionsItself()
    {
        var (factory, logs) = Logging();
        var files = new MemoryFiles();
        var scripted = new ScriptedChatClient(request => request.Tools.Count == 0
            ? ScriptedChatClient.Say("out of turns")
            : ScriptedChatClient.Call("Read", ("path", "loop.txt")));
        // One pipeline for everything, function invocation included (its own limit is 40).
        using var prewrapped = scripted.AsBuilder().UseFunctionInvocation().Build();

        var response = await LeadAgent.CreateAIAgent(prewrapped, new AgentToolbox().Add(files), Skip, factory).RunAsync("Loop forever.");

        Assert.Equal(5, LeadAgent.Definition.MaxTurns);
        Assert.Equal(5, files.Calls.Count); // not 40
        Assert.Equal(6, scripted.Requests.Count);
        Assert.True(AgentTurnLimit.Reached(response));
        var warning = Assert.Single(Agents(logs));
        Assert.Equal("TurnLimitReached", warning.Id.Name);
        Assert.Equal("Agent 'lead' reached its turn limit (maxTurns: 5): the model still asked for tools, which were not run, so its answer may be incomplete.", warning.Message);
    }

    [Fact]
    public async Task ARunTheLimitEndsIsMarkedAndLoggedOnce()
    {
        var (factory, logs) = Logging();
        var model = new ScriptedChatClient(request => request.Tools.Count == 0
            ? ScriptedChatClient.Say("out of turns")
            : ScriptedChatClient.Call("Read", ("path", "loop.txt")));

        var response = await LeadAgent.CreateAIAgent(model, new AgentToolbox().Add(new MemoryFiles()), Skip, factory).RunAsync("Loop forever.");
        var streamed = await LeadAgent.CreateAIAgent(model, new AgentToolbox().Add(new MemoryFiles()), Skip, factory).RunStreamingAsync("Loop forever.").ToAgentResponseAsync();

        Assert.Equal("out of turns", response.Text); // the last request, without tools, still gets the model's answer
        Assert.True(AgentTurnLimit.Reached(response));
        Assert.True(AgentTurnLimit.Reached(streamed));
        Assert.Equal(2, Agents(logs).Count(r => r.Id.Name == "TurnLimitReached")); // once per run
    }

    [Fact]
    public async Task ARunThatEndsInTimeIsNotMarked()
    {
        var response = await LeadAgent.CreateAIAgent(ReadsOnce("a.txt"), new AgentToolbox().Add(new MemoryFiles()), Skip).RunAsync("Read once.");

        Assert.False(AgentTurnLimit.Reached(response));
    }

    [Fact]
    public async Task APromptWithUnfilledPlaceholdersIsWarnedAboutOncePerAgent()
    {
        var (factory, logs) = Logging();
        var settings = new AgentRunSettings { MissingTools = AgentMissingTools.Skip };
        var model = new ScriptedChatClient(_ => ScriptedChatClient.Say("ok"));

        await Fullstack.BackendDevAgent.CreateAIAgent(model, new AgentToolbox(), settings, factory).RunAsync("Build it.");
        await Fullstack.BackendDevAgent.CreateAIAgent(model, new AgentToolbox(), settings, factory).RunAsync("Build it again.");

        var warning = Assert.Single(Agents(logs));
        Assert.Equal("PromptPlaceholdersUnfilled", warning.Id.Name);
        Assert.StartsWith("Agent 'backend-dev': its prompt is sent with placeholders no value fills ({{techStack.backend.framework}}", warning.Message, System.StringComparison.Ordinal);
        Assert.Contains("{{", model.Requests[0].Instructions, System.StringComparison.Ordinal); // sent as written, as before, but no longer silently
    }

    [Fact]
    public async Task AModelAliasWithNoIdIsWarnedAboutOncePerAgent()
    {
        var (factory, logs) = Logging();
        var settings = new AgentRunSettings { MissingTools = AgentMissingTools.Skip };
        var model = new ScriptedChatClient(_ => ScriptedChatClient.Say("ok"));

        await TaskRunnerAgent.CreateAIAgent(model, new AgentToolbox(), settings, factory).RunAsync("Run.");
        await TaskRunnerAgent.CreateAIAgent(model, new AgentToolbox(), settings, factory).RunAsync("Run.");
        settings.ModelIds["haiku"] = "claude-haiku-4-5";
        await TaskRunnerAgent.CreateAIAgent(model, new AgentToolbox(), settings, factory).RunAsync("Run.");

        var warning = Assert.Single(Agents(logs));
        Assert.Equal("ModelAliasUnmapped", warning.Id.Name);
        Assert.StartsWith("Agent 'task-runner' asks for the model 'haiku', an alias with no model id", warning.Message, System.StringComparison.Ordinal);
        Assert.Equal(new string?[] { null, null, "claude-haiku-4-5" }, model.Requests.Select(r => r.ModelId));
    }
}
