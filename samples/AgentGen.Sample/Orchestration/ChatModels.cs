using System;
using Anthropic;
using Microsoft.Extensions.AI;

namespace AgentGen.Sample.Orchestration;

/// <summary>The model the sample runs its agents on: Claude when ANTHROPIC_API_KEY is set, else the offline stand-in.</summary>
internal static class ChatModels
{
    public static IChatClient Create(out string description)
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ANTHROPIC_API_KEY")))
        {
            description = "Claude, through the Anthropic SDK's IChatClient (each agent's model from its file, through AgentGenModelIds)";
            return new AnthropicClient().AsIChatClient("claude-sonnet-4-5", 2048);
        }

        description = "a scripted stand-in for a model (offline, always the same; set ANTHROPIC_API_KEY to run the same agents on Claude)";
        return new StandInModel();
    }
}
