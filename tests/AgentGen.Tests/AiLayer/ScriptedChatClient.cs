using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace AgentGen.Tests.AiLayer;

/// <summary>
/// A stand-in for a model: answers each request with the next scripted step (a tool call or text), and records what it
/// was sent (instructions, model id, tools offered, messages), so tests can assert on both sides of the conversation.
/// </summary>
public sealed class ScriptedChatClient : IChatClient
{
    private readonly Func<ChatRequest, ChatMessage> _script;

    public ScriptedChatClient(Func<ChatRequest, ChatMessage> script) => _script = script;

    public List<ChatRequest> Requests { get; } = new();

    public static ChatMessage Call(string tool, params (string Name, object? Value)[] arguments) =>
        new(ChatRole.Assistant, new List<AIContent> { new FunctionCallContent("call-" + Guid.NewGuid().ToString("N").Substring(0, 8), tool, arguments.ToDictionary(a => a.Name, a => a.Value)) });

    public static ChatMessage Say(string text) => new(ChatRole.Assistant, text);

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = new ChatRequest(messages.ToList(), options?.Instructions, options?.ModelId, options?.Tools?.Select(t => t.Name).ToList() ?? new List<string>(), Requests.Count) { Effort = options?.Reasoning?.Effort };
        lock (Requests)
        {
            Requests.Add(request);
        }

        return Task.FromResult(new ChatResponse(_script(request)));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}

/// <summary>One request the scripted model received.</summary>
public sealed record ChatRequest(IReadOnlyList<ChatMessage> Messages, string? Instructions, string? ModelId, IReadOnlyList<string> Tools, int Index)
{
    /// <summary>The reasoning effort asked for, or null.</summary>
    public ReasoningEffort? Effort { get; init; }

    /// <summary>The results of tool calls in the latest messages (since the model's last call).</summary>
    public IEnumerable<FunctionResultContent> Results => Messages.SkipWhile(m => m.Role != ChatRole.Tool).SelectMany(m => m.Contents.OfType<FunctionResultContent>());

    public bool HasResults => Messages.LastOrDefault()?.Role == ChatRole.Tool;
}
