namespace AgentGen.Runtime
{
    /// <summary>The Microsoft Agent Framework side of the run settings: errors, middleware and the warnings given once.</summary>
    public sealed partial class AgentRunSettings
    {
        private readonly global::System.Collections.Generic.HashSet<string> _warned = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal);

        /// <summary>
        /// True to tell the model what went wrong when a tool throws (the exception's message); false, the default, tells it
        /// only that the tool failed, as Microsoft.Extensions.AI does, since messages can hold what the model should not see.
        /// A wrong argument (<see cref="AgentToolArgumentException"/>) is always explained: the model gave it, so it can fix it.
        /// Failures are logged either way.
        /// </summary>
        public bool DetailedErrors { get; set; }

        /// <summary>
        /// Middleware for every agent's chat client, sub-agents included, such as
        /// <c>builder => builder.UseOpenTelemetry().UseLogging()</c>. It runs inside the function-invocation layer AgentGen
        /// adds, once per request to the model; when the app's client invokes functions itself, it wraps that client and
        /// so sees one call per run.
        /// </summary>
        public global::System.Action<global::Microsoft.Extensions.AI.ChatClientBuilder>? ChatMiddleware { get; set; }

        /// <summary>
        /// Middleware for every agent, sub-agents included, such as <c>builder => builder.UseOpenTelemetry()</c> (an
        /// <c>invoke_agent</c> span per run) or the app's own <c>Use(...)</c>.
        /// </summary>
        public global::System.Action<global::Microsoft.Agents.AI.AIAgentBuilder>? AgentMiddleware { get; set; }

        /// <summary>
        /// True to offer the project's skills (not its commands) to every agent, sub-agents included, through an
        /// <c>AgentSkillsProvider</c>: the model sees each skill's name and description and loads one when it needs it,
        /// resources included. A forked skill (<c>context: fork</c>) whose <c>agent</c> is an agent of the project is a
        /// function instead (<c>skill_&lt;name&gt;</c>), which runs that agent on the skill as a sub-agent. Skills with
        /// <c>disable-model-invocation: true</c> are not offered. False by default: an agent gets only the skills its
        /// <c>skills:</c> key preloads.
        /// </summary>
        public bool OfferSkills { get; set; }

        /// <summary>True the first time a warning is given for this key with these settings: each is logged once per agent.</summary>
        internal bool FirstWarning(string key)
        {
            lock (_warned)
            {
                return _warned.Add(key);
            }
        }
    }
}
