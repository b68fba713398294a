using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using AgentGen.Sample.Agents;
using Microsoft.Extensions.AI;
using Tooling = AgentGen.Sample.Agents.Tooling;

namespace AgentGen.Sample.Orchestration;

/// <summary>
/// A scripted stand-in for a model, so that the sample runs offline and the same way every time: for each agent (told
/// apart by the instructions it is sent, which are the agent's prompt) it follows a fixed plan of tool calls, then
/// answers with what the tools returned. Nothing here is AgentGen: it plays the part Claude plays with ANTHROPIC_API_KEY.
/// </summary>
internal sealed class StandInModel : IChatClient
{
    private readonly Dictionary<string, Func<Turn, ChatMessage>> _plans = new(StringComparer.Ordinal)
    {
        [Tooling.BackendDeveloperAgent.Prompt] = Developer,
        [ResearchLeadAgent.Prompt] = Lead,
        [ResearcherAgent.Prompt] = Researcher,
        [CodeReviewerAgent.Prompt] = Reviewer,
    };

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var turn = new Turn(messages.ToList());
        // The agent is told by its prompt, which starts its instructions (preloaded skills follow it).
        var plan = options?.Instructions is { } instructions ? _plans.FirstOrDefault(p => instructions.StartsWith(p.Key, StringComparison.Ordinal)).Value : null;
        var reply = plan is not null ? plan(turn) : Say("(the stand-in has no plan for this agent)");
        return Task.FromResult(new ChatResponse(reply) { ModelId = options?.ModelId });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var update in (await GetResponseAsync(messages, options, cancellationToken)).ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    private static ChatMessage Developer(Turn turn) => turn.Step switch
    {
        // A slip models make: the argument named after another tool's. The agent explains it, logs it, and the model retries.
        0 => Call("search_files", ("glob", "*.cs")),
        1 => Call("search_files", ("pattern", "*.cs")),
        2 => Call("read_file", ("path", "src/Program.cs")),
        3 => Call("edit_block", ("path", "src/Program.cs"), ("oldText", "var app = builder.Build();"),
            ("newText", "builder.Services.AddHealthChecks();\nvar app = builder.Build();\napp.MapHealthChecks(\"/health\");")),
        4 => Call("write_file", ("path", "CHANGELOG.md"), ("content", "- GET /health answers 200 Healthy (ASP.NET Core health checks).\n")),
        _ => Say("Added GET /health to src/Program.cs with ASP.NET Core health checks, and noted it in CHANGELOG.md."),
    };

    private static ChatMessage Lead(Turn turn) => turn.Step switch
    {
        0 => Call("update_todos", ("items", new[] { "research: System.Text.Json source generation", "review: the serializer context" })),
        1 => Call("researcher", ("query", "Should the orders service use System.Text.Json source generation? Quote your sources.")),
        2 => Call("code-reviewer", ("query", "Review: [JsonSerializable(typeof(Order))] internal partial class OrdersJson : JsonSerializerContext { }")),
        _ => Say($"Use source generation. Research: {turn.Result(1)} Review: {turn.Result(2)}"),
    };

    private static ChatMessage Researcher(Turn turn) => turn.Step == 0
        ? Call("search_notes", ("query", "System.Text.Json source generation"))
        : Say("From the team's notes: " + turn.Result(0));

    private static ChatMessage Reviewer(Turn turn) =>
        Say("1. Correct: the context is partial and lists Order. 2. Register it: JsonSerializerOptions.TypeInfoResolver = OrdersJson.Default.");

    private static ChatMessage Say(string text) => new(ChatRole.Assistant, text);

    private static ChatMessage Call(string tool, params (string Name, object? Value)[] arguments) =>
        new(ChatRole.Assistant, new List<AIContent> { new FunctionCallContent("call-" + tool + "-" + Guid.NewGuid().ToString("N")[..6], tool, arguments.ToDictionary(a => a.Name, a => a.Value)) });

    /// <summary>The conversation of one agent run: how many tool calls it has made, and their results.</summary>
    private sealed record Turn(IReadOnlyList<ChatMessage> Messages)
    {
        private IEnumerable<ChatMessage> SinceTask => Messages.SkipWhile(m => m.Role != ChatRole.User);

        public int Step => SinceTask.Count(m => m.Role == ChatRole.Assistant && m.Contents.OfType<FunctionCallContent>().Any());

        public string Result(int step) => SinceTask.Where(m => m.Role == ChatRole.Tool).Select(m => m.Contents.OfType<FunctionResultContent>().First().Result?.ToString()).ElementAtOrDefault(step) ?? string.Empty;
    }
}
