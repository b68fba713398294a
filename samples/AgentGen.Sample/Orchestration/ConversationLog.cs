using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AgentGen.Sample.Agents;
using Microsoft.Extensions.AI;

namespace AgentGen.Sample.Orchestration;

/// <summary>
/// Prints the conversation between the agents and the model, whatever the model is: for each agent run the instructions
/// sent, the model id and the tools offered, then each tool call, its result and the answer. Sub-agents are indented
/// under the agent that called them.
/// </summary>
internal sealed class ConversationLog : DelegatingChatClient
{
    private readonly Dictionary<string, string> _agentsByPrompt;
    private readonly Dictionary<string, string> _callNames = new(StringComparer.Ordinal);
    private readonly List<string> _running = new();

    public ConversationLog(IChatClient model, IEnumerable<AgentDefinition> agents)
        : base(model) => _agentsByPrompt = agents.GroupBy(a => a.Prompt).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);

    /// <summary>Starts the log of a new top-level agent run.</summary>
    public void NewRun() => _running.Clear();

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        // An agent's instructions are its prompt, followed by the skills it preloads.
        var agent = options?.Instructions is { } prompt && _agentsByPrompt.FirstOrDefault(p => prompt.StartsWith(p.Key, StringComparison.Ordinal)).Value is { } name ? name : "?";
        var indent = Enter(agent);
        if (list.LastOrDefault()?.Role == ChatRole.Tool)
        {
            foreach (var result in list.Last().Contents.OfType<FunctionResultContent>())
            {
                Console.WriteLine($"{indent}   <- {_callNames.GetValueOrDefault(result.CallId, "?")}: {Shorten(result.Result?.ToString())}");
            }
        }
        else
        {
            var firstLine = options?.Instructions?.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? string.Empty;
            Console.WriteLine($"{indent}[{agent}] task: {Shorten(list.LastOrDefault(m => m.Role == ChatRole.User)?.Text)}");
            var skills = System.Text.RegularExpressions.Regex.Matches(options?.Instructions ?? string.Empty, "<skill name=\"([^\"]+)\">").Select(m => m.Groups[1].Value).ToList();
            Console.WriteLine($"{indent}   instructions: \"{Shorten(firstLine)}\" ({options?.Instructions?.Length ?? 0} characters, the agent's prompt{(skills.Count > 0 ? " and its preloaded skills: " + string.Join(", ", skills) : string.Empty)})");
            Console.WriteLine($"{indent}   model: {options?.ModelId ?? "(the client's)"}; tools offered: {(options?.Tools is { Count: > 0 } tools ? string.Join(", ", tools.Select(t => t.Name)) : "none")}");
        }

        var response = await base.GetResponseAsync(list, options, cancellationToken);
        foreach (var call in response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>())
        {
            _callNames[call.CallId] = call.Name;
            var arguments = string.Join(", ", (call.Arguments ?? new Dictionary<string, object?>()).Select(a => $"{a.Key}: {Shorten(Format(a.Value), 60)}"));
            Console.WriteLine($"{indent}   -> {call.Name}({arguments})");
        }

        if (response.Text.Length > 0)
        {
            Console.WriteLine($"{indent}   answer: {Shorten(response.Text, 200)}");
        }

        return response;
    }

    /// <summary>The indentation of an agent: deeper than the agent that is waiting for it.</summary>
    private string Enter(string agent)
    {
        var at = _running.LastIndexOf(agent);
        if (at >= 0)
        {
            _running.RemoveRange(at + 1, _running.Count - at - 1);
        }
        else
        {
            _running.Add(agent);
        }

        return new string(' ', (_running.Count - 1) * 4);
    }

    private static string Format(object? value) => value is System.Collections.IEnumerable items and not string ? "[" + string.Join(", ", items.Cast<object>()) + "]" : value?.ToString() ?? "null";

    private static string Shorten(string? text, int max = 110)
    {
        var line = (text ?? string.Empty).Replace("\n", " \u21b5 ");
        return line.Length <= max ? line : line[..(max - 3)] + "...";
    }
}
