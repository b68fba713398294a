using System.Linq;
using AgentGen.Model;
using Microsoft.CodeAnalysis;

namespace AgentGen.Generation;

/// <summary>
/// Which AI layers to emit, from the types the compilation can use: the chat layer needs Microsoft.Extensions.AI.Abstractions
/// 10 or later (ChatOptions.Instructions and Reasoning, AIFunctionFactory); the agent layer needs Microsoft.Agents.AI
/// (ChatClientAgent, AsAIFunction) and Microsoft.Extensions.AI (function invocation). AgentGen itself references neither.
/// </summary>
internal static class AiLayerDetector
{
    public static AiLayers Detect(Compilation compilation)
    {
        // Most projects reference neither package: a look at the reference names spares them the type lookups.
        if (!compilation.ReferencedAssemblyNames.Any(a => a.Name.StartsWith("Microsoft.Extensions.AI", System.StringComparison.Ordinal)))
        {
            return AiLayers.None;
        }

        if (!Has(compilation, "Microsoft.Extensions.AI.IChatClient") || !Has(compilation, "Microsoft.Extensions.AI.AIFunctionFactory")
            || !Has(compilation, "Microsoft.Extensions.AI.ReasoningOptions") || !Has(compilation, "Microsoft.Extensions.AI.DelegatingAIFunction"))
        {
            return AiLayers.None;
        }

        return Has(compilation, "Microsoft.Agents.AI.ChatClientAgent") && Has(compilation, "Microsoft.Agents.AI.AIAgentExtensions")
            && Has(compilation, "Microsoft.Extensions.AI.FunctionInvokingChatClient")
            ? AiLayers.Agents
            : AiLayers.ChatOptions;
    }

    private static bool Has(Compilation compilation, string metadataName) =>
        compilation.GetTypeByMetadataName(metadataName) is { } type && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
}
