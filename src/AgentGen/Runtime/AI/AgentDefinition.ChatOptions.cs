namespace AgentGen.Runtime
{
    /// <summary>The Microsoft.Extensions.AI side of an agent (emitted when the project references Microsoft.Extensions.AI.Abstractions).</summary>
    public sealed partial class AgentDefinition
    {
        /// <summary>
        /// Chat options that run this agent: its prompt as the instructions (rendered with
        /// <see cref="AgentRunSettings.PromptValues"/> when set), its model (an alias through
        /// <see cref="AgentRunSettings.ModelIds"/>; none for <c>inherit</c>), the tools of <paramref name="tools"/> it may use
        /// (tool mode none when it may use none), and its reasoning effort.
        /// </summary>
        /// <param name="tools">The app's tools.</param>
        /// <param name="options">Model ids and the missing-tool policy; the defaults when null.</param>
        /// <returns>New chat options.</returns>
        /// <exception cref="AgentToolsMissingException">The agent lists tools the toolbox lacks (unless the options skip them).</exception>
        public global::Microsoft.Extensions.AI.ChatOptions CreateChatOptions(AgentToolbox tools, AgentRunSettings? options = null)
        {
            if (tools == null) throw new global::System.ArgumentNullException("tools");
            options = options ?? new AgentRunSettings();
            var chatOptions = new global::Microsoft.Extensions.AI.ChatOptions
            {
                Instructions = options.PromptValues != null && PromptPlaceholders.Count > 0 ? RenderPrompt(options.PromptValues, options.KeepMissingPlaceholders) : Prompt,
                ModelId = options.ResolveModelId(Model),
            };
            var allowed = tools.For(this, options.MissingTools);
            if (allowed.Count > 0)
            {
                chatOptions.Tools = allowed;
            }
            else
            {
                chatOptions.ToolMode = global::Microsoft.Extensions.AI.ChatToolMode.None;
            }

            if (Effort.HasValue)
            {
                chatOptions.Reasoning = new global::Microsoft.Extensions.AI.ReasoningOptions { Effort = ToReasoningEffort(Effort.Value) };
            }

            return chatOptions;
        }

        /// <summary>M.E.AI's levels stop at ExtraHigh: <c>max</c> maps there too.</summary>
        internal static global::Microsoft.Extensions.AI.ReasoningEffort ToReasoningEffort(AgentEffort effort)
        {
            switch (effort)
            {
                case AgentEffort.Low:
                    return global::Microsoft.Extensions.AI.ReasoningEffort.Low;
                case AgentEffort.Medium:
                    return global::Microsoft.Extensions.AI.ReasoningEffort.Medium;
                case AgentEffort.High:
                    return global::Microsoft.Extensions.AI.ReasoningEffort.High;
                default:
                    return global::Microsoft.Extensions.AI.ReasoningEffort.ExtraHigh;
            }
        }
    }
}
