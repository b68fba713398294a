using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace AgentGen.Tests.Infrastructure;

/// <summary>The AI packages as a consumer references them: the assemblies this test project restored, outside the shared framework.</summary>
public static class AiReferences
{
    /// <summary>Microsoft.Extensions.AI.Abstractions alone.</summary>
    public static IReadOnlyList<MetadataReference> ChatOnly { get; } = Closure(typeof(Microsoft.Extensions.AI.IChatClient).Assembly);

    /// <summary>Microsoft.Agents.AI with Microsoft.Extensions.AI and their dependencies.</summary>
    public static IReadOnlyList<MetadataReference> Agents { get; } = Closure(typeof(Microsoft.Agents.AI.ChatClientAgent).Assembly, typeof(Microsoft.Extensions.AI.FunctionInvokingChatClient).Assembly);

    /// <summary>The Agent Framework with the Generic Host's abstractions: every layer.</summary>
    public static IReadOnlyList<MetadataReference> Hosting { get; } = Closure(typeof(Microsoft.Agents.AI.ChatClientAgent).Assembly, typeof(Microsoft.Extensions.AI.FunctionInvokingChatClient).Assembly, typeof(Microsoft.Extensions.Hosting.IHostedService).Assembly);

    /// <summary>What the README quickstart references: the Agent Framework, the Generic Host and the Anthropic SDK.</summary>
    public static IReadOnlyList<MetadataReference> Quickstart { get; } = Closure(typeof(Microsoft.Agents.AI.ChatClientAgent).Assembly, typeof(Microsoft.Extensions.AI.FunctionInvokingChatClient).Assembly, typeof(Microsoft.Extensions.Hosting.Host).Assembly, typeof(Anthropic.AnthropicClient).Assembly);

    private static IReadOnlyList<MetadataReference> Closure(params Assembly[] roots)
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var seen = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<Assembly>(roots);
        while (pending.Count > 0)
        {
            var assembly = pending.Pop();
            if (assembly.IsDynamic || Path.GetDirectoryName(assembly.Location) == framework || !seen.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var name in assembly.GetReferencedAssemblies())
            {
                try
                {
                    pending.Push(Assembly.Load(name));
                }
                catch (FileNotFoundException)
                {
                    // An optional dependency the package does not ship for this framework.
                }
            }
        }

        return seen.Values.OrderBy(a => a.GetName().Name, StringComparer.Ordinal).Select(a => (MetadataReference)MetadataReference.CreateFromFile(a.Location)).ToList();
    }
}
