namespace AgentGen.Runtime
{
    /// <summary>What happens when an agent lists a tool that its toolbox does not have.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    public enum AgentMissingTools
    {
        /// <summary>Throw an <see cref="AgentToolsMissingException"/> naming the agent and the tools (the default).</summary>
        Throw,

        /// <summary>Offer the agent the tools the toolbox has, and leave the others out.</summary>
        Skip,
    }

    /// <summary>
    /// How agents are turned into chat options and agents at run time: the model id of each alias, what to do about
    /// missing tools, and how deep sub-agents may nest. Each call that takes no options uses a new default instance.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    public sealed partial class AgentRunSettings
    {
        /// <summary>Creates options with the model ids of the MSBuild property AgentGenModelIds.</summary>
        public AgentRunSettings()
        {
            ModelIds = new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.Ordinal);
            foreach (var pair in ConfiguredModelIds)
            {
                ModelIds[pair.Key] = pair.Value;
            }
        }

        /// <summary>The model id of each alias (<c>sonnet</c>, <c>opus</c>, <c>haiku</c>, <c>fable</c>), starting from
        /// the MSBuild property AgentGenModelIds (<c>sonnet=claude-sonnet-4-5;opus=...</c>); change them at run time.</summary>
        public global::System.Collections.Generic.IDictionary<string, string> ModelIds { get; }

        /// <summary>What happens when an agent lists a tool its toolbox lacks; <see cref="AgentMissingTools.Throw"/> by default.</summary>
        public AgentMissingTools MissingTools { get; set; }

        /// <summary>The values of prompt placeholders (<c>{{techStack.backend.framework}}</c>) by path, such as a lookup in
        /// an <c>IConfiguration</c>; when set, the instructions are the rendered prompt. Null leaves prompts as written.</summary>
        public global::System.Func<string, string?>? PromptValues { get; set; }

        /// <summary>With <see cref="PromptValues"/>: true leaves a placeholder without value as written instead of throwing.</summary>
        public bool KeepMissingPlaceholders { get; set; }

        /// <summary>How deeply agents may call sub-agents (an agent that calls one that calls another is two deep); 3 by default.
        /// A call beyond it is answered with an error the model reads, so a cycle (a lead that may call itself) ends.</summary>
        public int MaxSubAgentDepth { get; set; } = 3;

        /// <summary>The model id for an agent's <c>model</c> value: null for <c>inherit</c> or no value (the chat client's
        /// own model), the configured id for an alias (null when none is configured), else the value as written.</summary>
        /// <param name="model">The agent's <c>model</c> value.</param>
        /// <returns>The model id, or null.</returns>
        public string? ResolveModelId(string? model)
        {
            var kind = AgentDefinition.ToAgentModel(model);
            if (model == null || kind == AgentModel.Inherit)
            {
                return null;
            }

            string? id;
            if (ModelIds.TryGetValue(model, out id))
            {
                return id;
            }

            return kind == AgentModel.Custom ? model : null;
        }
    }
}
