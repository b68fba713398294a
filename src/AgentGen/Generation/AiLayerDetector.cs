using System.Linq;
using AgentGen.Model;
using Microsoft.CodeAnalysis;

namespace AgentGen.Generation;

/// <summary>
/// Which AI layers to emit, from the types the compilation can use: the chat layer needs Microsoft.Extensions.AI.Abstractions
/// 10 or later (ChatOptions.Instructions and Reasoning, AIFunctionFactory); the agent layer needs Microsoft.Agents.AI
/// (ChatClientAgent, AIAgentBuilder) and Microsoft.Extensions.AI (function invocation, and logging through it); the services
/// layer needs keyed services (Microsoft.Extensions.DependencyInjection.Abstractions 8 or later, which Microsoft.Extensions.AI
/// brings), and the hosting layer the Generic Host's IHostedService. AgentGen itself references none of them.
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

        if (!Has(compilation, "Microsoft.Agents.AI.ChatClientAgent") || !Has(compilation, "Microsoft.Agents.AI.AIAgentBuilder")
            || !Has(compilation, "Microsoft.Extensions.AI.FunctionInvokingChatClient") || !Has(compilation, "Microsoft.Extensions.Logging.LoggerMessage"))
        {
            return AiLayers.ChatOptions;
        }

        if (!Has(compilation, "Microsoft.Extensions.DependencyInjection.IKeyedServiceProvider") || !Has(compilation, "Microsoft.Extensions.DependencyInjection.IServiceScopeFactory"))
        {
            return AiLayers.Agents;
        }

        return Has(compilation, "Microsoft.Extensions.Hosting.IHostedService") ? AiLayers.Hosting : AiLayers.Services;
    }

    private static bool Has(Compilation compilation, string metadataName) =>
        compilation.GetTypeByMetadataName(metadataName) is { } type && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
}
