namespace AgentGen.Runtime
{
    /// <summary>The Microsoft.Extensions.AI side of a skill or command (emitted when the project references Microsoft.Extensions.AI.Abstractions).</summary>
    public sealed partial class SkillDefinition
    {
        /// <summary>
        /// The chat options a run of this skill or command overrides, as Claude Code switches them while it runs: its
        /// model (an alias through <see cref="AgentRunSettings.ModelIds"/>; none for <c>inherit</c> or an alias with no
        /// id) and its reasoning effort. Null when it sets neither, so that the agent's own options stand. Its tools are
        /// not narrowed: <c>allowed-tools</c> pre-approves tools in Claude Code, it does not take others away.
        /// </summary>
        /// <param name="options">Model ids; the defaults when null.</param>
        /// <returns>New chat options, or null.</returns>
        public global::Microsoft.Extensions.AI.ChatOptions? CreateChatOptions(AgentRunSettings? options = null)
        {
            var modelId = (options ?? new AgentRunSettings()).ResolveModelId(Model);
            if (modelId == null && !Effort.HasValue)
            {
                return null;
            }

            var chatOptions = new global::Microsoft.Extensions.AI.ChatOptions { ModelId = modelId };
            if (Effort.HasValue)
            {
                chatOptions.Reasoning = new global::Microsoft.Extensions.AI.ReasoningOptions { Effort = AgentDefinition.ToReasoningEffort(Effort.Value) };
            }

            return chatOptions;
        }
    }
}
