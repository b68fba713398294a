namespace AgentGen.Runtime
{
    /// <summary>
    /// A sub-agent as a function its caller's model can call. The agent is created on the first call, not before, so an
    /// agent that may call itself (or its caller) costs nothing until used; each call is one level deeper, and a call
    /// beyond <see cref="AgentRunSettings.MaxSubAgentDepth"/> is answered with an error the model reads instead of running.
    /// The call runs the created agent on the model's query and answers its text, with no reflection (the Agent
    /// Framework's <c>AsAIFunction</c> infers its schema at run time). The sub-agent is built in its caller's context:
    /// the same settings, logging, services and middleware. A forked skill (<c>context: fork</c>) is one too: its
    /// function takes the skill's arguments, and its agent runs the skill rendered with them, with the skill's model and
    /// effort, in a conversation of its own, as Claude Code runs a fork.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    internal sealed class SubAgentFunction : global::Microsoft.Extensions.AI.AIFunction
    {
        private static readonly global::System.Text.Json.JsonElement QuerySchema = global::System.Text.Json.JsonDocument.Parse(
            "{\"type\":\"object\",\"properties\":{\"query\":{\"description\":\"Input query to invoke the agent.\",\"type\":\"string\"}},\"required\":[\"query\"]}").RootElement.Clone();

        private readonly AgentDefinition _agent;
        private readonly string _callerName;
        private readonly AgentRunContext _context;
        private static readonly global::System.Text.Json.JsonElement ArgumentsSchema = global::System.Text.Json.JsonDocument.Parse(
            "{\"type\":\"object\",\"properties\":{\"arguments\":{\"description\":\"What follows the skill's name, as a user would type it after /name.\",\"type\":\"string\"}}}").RootElement.Clone();

        private readonly int _depth;
        private readonly SkillDefinition? _skill;
        private global::Microsoft.Agents.AI.AIAgent? _created;

        /// <summary>Creates the function that runs <paramref name="agent"/> at <paramref name="depth"/>.</summary>
        /// <param name="agent">The sub-agent.</param>
        /// <param name="callerName">The agent that calls it.</param>
        /// <param name="context">The caller's context: the sub-agent is built as its caller was.</param>
        /// <param name="depth">How many callers the sub-agent has (1 for an agent's direct sub-agent).</param>
        /// <param name="skill">A forked skill that <paramref name="agent"/> runs, or null for the agent itself.</param>
        public SubAgentFunction(AgentDefinition agent, string callerName, AgentRunContext context, int depth, SkillDefinition? skill = null)
        {
            _agent = agent;
            _callerName = callerName;
            _context = context;
            _depth = depth;
            _skill = skill;
            Name = skill == null ? FunctionNameOf(agent.Name) : FunctionNameOf("skill_" + skill.Name);
        }

        /// <inheritdoc/>
        public override string Name { get; }

        /// <inheritdoc/>
        public override string Description
        {
            get { return _skill == null ? _agent.Description : _skill.Description + " (The skill runs on its own, by the agent '" + _agent.Name + "', and answers with its result.)"; }
        }

        /// <inheritdoc/>
        public override global::System.Text.Json.JsonElement JsonSchema
        {
            get { return _skill == null ? QuerySchema : ArgumentsSchema; }
        }

        /// <summary>The sub-agent.</summary>
        public AgentDefinition Agent
        {
            get { return _agent; }
        }

        /// <summary>A name the model APIs accept (letters, digits, '_' and '-', at most 64): agent names usually are one already.</summary>
        /// <param name="agentName">The agent's name.</param>
        /// <returns>The function's name.</returns>
        public static string FunctionNameOf(string agentName)
        {
            var name = new global::System.Text.StringBuilder(agentName.Length);
            foreach (var c in agentName)
            {
                name.Append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ? c : '_');
            }

            return name.Length == 0 ? "agent" : name.Length > 64 ? name.ToString(0, 64) : name.ToString();
        }

        /// <inheritdoc/>
        protected override async global::System.Threading.Tasks.ValueTask<object?> InvokeCoreAsync(global::Microsoft.Extensions.AI.AIFunctionArguments arguments, global::System.Threading.CancellationToken cancellationToken)
        {
            var maxDepth = _context.Settings.MaxSubAgentDepth;
            if (_depth > maxDepth)
            {
                AgentLog.SubAgentTooDeep(_context.Logger, _agent.Name, _callerName, maxDepth);
                return "Error: the agent '" + _agent.Name + "' was not started: agents are already nested " + (_depth - 1)
                    + " deep, and AgentRunSettings.MaxSubAgentDepth is " + maxDepth + ". Do this part of the task without it.";
            }

            // The query is read like any tool argument (a JsonElement from the model, or a string from a caller).
            var input = _skill == null
                ? AgentToolJson.Argument<string>(arguments, "query", true, string.Empty, (json, path) => AgentToolJson.ReadString(json, path) ?? string.Empty)
                : AgentToolJson.Argument<string>(arguments, "arguments", false, string.Empty, (json, path) => AgentToolJson.ReadString(json, path) ?? string.Empty);
            var agent = _created;
            if (agent == null)
            {
                agent = _context.Create(_agent, _depth);
                _created = agent;
            }

            var response = _skill == null
                ? await agent.RunAsync(input, null, null, cancellationToken).ConfigureAwait(false)
                : await agent.RunAsync(_skill.Render(input), null, AgentSkills.CreateRunOptions(_skill, _context.Settings), cancellationToken).ConfigureAwait(false);
            return response.Text;
        }
    }
}
