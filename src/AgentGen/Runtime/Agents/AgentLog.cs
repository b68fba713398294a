namespace AgentGen.Runtime
{
    /// <summary>
    /// What agents log, under the category <c>AgentGen.Agents</c>: each message defined once (no formatting unless the level
    /// is on), with the agent's name as a field so that logs and filters can tell agents apart.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    internal static class AgentLog
    {
        public const string Category = "AgentGen.Agents";

        private static readonly global::System.Action<global::Microsoft.Extensions.Logging.ILogger, string, string, string, global::System.Exception?> ToolFailedMessage =
            global::Microsoft.Extensions.Logging.LoggerMessage.Define<string, string, string>(global::Microsoft.Extensions.Logging.LogLevel.Error, new global::Microsoft.Extensions.Logging.EventId(1, "ToolFailed"),
                "Agent '{AgentName}': the tool '{ToolName}' failed: {Message}");

        private static readonly global::System.Action<global::Microsoft.Extensions.Logging.ILogger, string, string, string, global::System.Exception?> ArgumentRejectedMessage =
            global::Microsoft.Extensions.Logging.LoggerMessage.Define<string, string, string>(global::Microsoft.Extensions.Logging.LogLevel.Warning, new global::Microsoft.Extensions.Logging.EventId(2, "ToolArgumentRejected"),
                "Agent '{AgentName}': the model called '{ToolName}' with a wrong argument, and was told: {Message}");

        private static readonly global::System.Action<global::Microsoft.Extensions.Logging.ILogger, string, int, global::System.Exception?> TurnLimitMessage =
            global::Microsoft.Extensions.Logging.LoggerMessage.Define<string, int>(global::Microsoft.Extensions.Logging.LogLevel.Warning, new global::Microsoft.Extensions.Logging.EventId(3, "TurnLimitReached"),
                "Agent '{AgentName}' reached its turn limit (maxTurns: {MaxTurns}): the model still asked for tools, which were not run, so its answer may be incomplete.");

        private static readonly global::System.Action<global::Microsoft.Extensions.Logging.ILogger, string, string, global::System.Exception?> PromptUnfilledMessage =
            global::Microsoft.Extensions.Logging.LoggerMessage.Define<string, string>(global::Microsoft.Extensions.Logging.LogLevel.Warning, new global::Microsoft.Extensions.Logging.EventId(4, "PromptPlaceholdersUnfilled"),
                "Agent '{AgentName}': its prompt is sent with placeholders no value fills ({Placeholders}), as written. Set AgentRunSettings.PromptValues, or render the prompt with RenderPrompt.");

        private static readonly global::System.Action<global::Microsoft.Extensions.Logging.ILogger, string, string, global::System.Exception?> ModelUnmappedMessage =
            global::Microsoft.Extensions.Logging.LoggerMessage.Define<string, string>(global::Microsoft.Extensions.Logging.LogLevel.Warning, new global::Microsoft.Extensions.Logging.EventId(5, "ModelAliasUnmapped"),
                "Agent '{AgentName}' asks for the model '{Model}', an alias with no model id: it runs on the chat client's default model. Map it in AgentRunSettings.ModelIds (or the MSBuild property AgentGenModelIds), or register an IChatClient keyed by that alias.");

        private static readonly global::System.Action<global::Microsoft.Extensions.Logging.ILogger, string, string, int, global::System.Exception?> SubAgentTooDeepMessage =
            global::Microsoft.Extensions.Logging.LoggerMessage.Define<string, string, int>(global::Microsoft.Extensions.Logging.LogLevel.Warning, new global::Microsoft.Extensions.Logging.EventId(6, "SubAgentTooDeep"),
                "Agent '{AgentName}' was not started as a sub-agent of '{CallerName}': agents are already nested as deep as AgentRunSettings.MaxSubAgentDepth ({MaxSubAgentDepth}).");

        private static readonly global::System.Action<global::Microsoft.Extensions.Logging.ILogger, string, string, global::System.Exception?> SkillMissingMessage =
            global::Microsoft.Extensions.Logging.LoggerMessage.Define<string, string>(global::Microsoft.Extensions.Logging.LogLevel.Warning, new global::Microsoft.Extensions.Logging.EventId(7, "SkillMissing"),
                "Agent '{AgentName}' preloads the skill '{SkillName}', which the project does not have: it runs without it. Add .claude/skills/<name>/SKILL.md, or fix the agent's skills: entry.");

        private static readonly global::System.Action<global::Microsoft.Extensions.Logging.ILogger, string, string, string, global::System.Exception?> SkillNotOfferedMessage =
            global::Microsoft.Extensions.Logging.LoggerMessage.Define<string, string, string>(global::Microsoft.Extensions.Logging.LogLevel.Warning, new global::Microsoft.Extensions.Logging.EventId(8, "SkillNotOffered"),
                "The skill '{SkillName}' ({SourcePath}) is not offered to the model: {Reason} The build reports it (AGEN040, AGEN041).");

        public static void SkillNotOffered(global::Microsoft.Extensions.Logging.ILogger logger, string skillName, string sourcePath, string reason)
        {
            SkillNotOfferedMessage(logger, skillName, sourcePath, reason, null);
        }

        public static void SkillMissing(global::Microsoft.Extensions.Logging.ILogger logger, string agentName, string skillName)
        {
            SkillMissingMessage(logger, agentName, skillName, null);
        }

        public static void ToolFailed(global::Microsoft.Extensions.Logging.ILogger logger, string agentName, string toolName, global::System.Exception exception)
        {
            ToolFailedMessage(logger, agentName, toolName, exception.Message, exception);
        }

        public static void ArgumentRejected(global::Microsoft.Extensions.Logging.ILogger logger, string agentName, string toolName, global::System.Exception exception)
        {
            ArgumentRejectedMessage(logger, agentName, toolName, exception.Message, exception);
        }

        public static void TurnLimitReached(global::Microsoft.Extensions.Logging.ILogger logger, string agentName, int maxTurns)
        {
            TurnLimitMessage(logger, agentName, maxTurns, null);
        }

        public static void PromptUnfilled(global::Microsoft.Extensions.Logging.ILogger logger, string agentName, string placeholders)
        {
            PromptUnfilledMessage(logger, agentName, placeholders, null);
        }

        public static void ModelUnmapped(global::Microsoft.Extensions.Logging.ILogger logger, string agentName, string model)
        {
            ModelUnmappedMessage(logger, agentName, model, null);
        }

        public static void SubAgentTooDeep(global::Microsoft.Extensions.Logging.ILogger logger, string agentName, string callerName, int maxDepth)
        {
            SubAgentTooDeepMessage(logger, agentName, callerName, maxDepth, null);
        }
    }
}
