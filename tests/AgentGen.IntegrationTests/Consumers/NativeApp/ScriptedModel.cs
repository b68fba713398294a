using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.AI;
using NativeApp.Agents;

namespace NativeApp;

/// <summary>Stands in for a model: a plan per agent, told apart by its instructions. Arguments are JSON, as a model's are.</summary>
internal sealed class ScriptedModel : IChatClient
{
    public List<string> Log { get; } = new();

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var prompt = options?.Instructions ?? string.Empty;
        var results = messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>().Select(r => r.Result?.ToString()).ToList();
        Log.Add($"model for {(prompt == PlannerAgent.Prompt ? "planner" : prompt == LeadAgent.Prompt ? "lead" : prompt == StockKeeperAgent.Prompt ? "stock-keeper" : "?")}: model id {options?.ModelId ?? "-"}, tools {string.Join("+", options?.Tools?.Select(t => t.Name) ?? Enumerable.Empty<string>())}, results {results.Count}");
        ChatMessage reply = prompt == PlannerAgent.Prompt
            ? results.Count switch
            {
                0 => Call("plan_release", """{"order":{"sku":"A-7","quantity":3,"tags":["beta","eu"]},"channels":["web","Mobile"],"due":"2026-12-04T08:00:00Z","id":"6f9619ff-8b86-d011-b42d-00cf4fc964ff","dryRun":"true","weights":[1.5,2]}"""),
                1 => Call("count_items", """{"items":["a","b","c"],"channel":"mobile"}"""),
                _ => Say("planned: " + string.Join(" | ", results)),
            }
            : prompt == LeadAgent.Prompt
                ? results.Count == 0 ? Call("planner", """{"query":"plan A-7"}""") : Say("the planner said: " + results[0])
                : prompt == StockKeeperAgent.Prompt
                    ? results.Count switch
                    {
                        0 => Call("stock_level", """{"sku":"A-7"}"""),
                        1 => Call("stock_level", """{"sku":"Z-9"}"""),
                        _ => Say("stock: " + string.Join(" | ", results)),
                    }
                    : Say("?");
        return Task.FromResult(new ChatResponse(reply));
    }

    private static ChatMessage Say(string text) => new(ChatRole.Assistant, text);

    private static ChatMessage Call(string tool, string json)
    {
        using var document = JsonDocument.Parse(json);
        var arguments = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
        return new ChatMessage(ChatRole.Assistant, new List<AIContent> { new FunctionCallContent("call-" + tool, tool, arguments) });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var update in (await GetResponseAsync(messages, options, cancellationToken)).ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
