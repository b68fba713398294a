namespace AgentGen.Runtime
{
    /// <summary>The Microsoft Agent Framework side of an agent (emitted when the project references Microsoft.Agents.AI).</summary>
    public sealed partial class AgentDefinition
    {
        /// <summary>
        /// This agent as an Agent Framework agent on <paramref name="chatClient"/>: its name, description and
        /// <see cref="CreateChatOptions"/>. <c>maxTurns</c> limits its function-calling loop, even when the client has one of
        /// its own; the agents its <c>Agent(a, b)</c> entries name (every agent of <paramref name="catalog"/> for a bare
        /// <c>Agent</c>) are functions it can call, each run as a sub-agent with the same client, toolbox, settings,
        /// logging and middleware. Tool failures and a run the turn limit ends are logged.
        /// </summary>
        /// <param name="chatClient">The model's client.</param>
        /// <param name="tools">The app's tools.</param>
        /// <param name="catalog">The agents sub-agents are looked up in: the agent's catalog (<c>AgentCatalog.All</c>).</param>
        /// <param name="options">Model ids, missing-tool policy, errors, middleware and sub-agent depth; the defaults when null.</param>
        /// <param name="loggerFactory">Where the agent logs (category <c>AgentGen.Agents</c>); null for nowhere.</param>
        /// <param name="services">The services the agent's tools receive; null for none.</param>
        /// <returns>The agent.</returns>
        public global::Microsoft.Agents.AI.AIAgent CreateAIAgent(global::Microsoft.Extensions.AI.IChatClient chatClient, AgentToolbox tools, global::System.Collections.Generic.IReadOnlyList<AgentDefinition> catalog, AgentRunSettings? options = null, global::Microsoft.Extensions.Logging.ILoggerFactory? loggerFactory = null, global::System.IServiceProvider? services = null)
        {
            if (chatClient == null) throw new global::System.ArgumentNullException("chatClient");
            if (tools == null) throw new global::System.ArgumentNullException("tools");
            if (catalog == null) throw new global::System.ArgumentNullException("catalog");
            var context = new AgentRunContext(catalog, options ?? new AgentRunSettings(), () => chatClient, null, agent => tools, loggerFactory, services);
            return context.Create(this, 0);
        }

        /// <summary>The agents this one may call as sub-agents: those its <c>Agent(a, b)</c> entries name, in that order, or
        /// every agent of <paramref name="catalog"/> for a bare <c>Agent</c> entry; never one its disallowed tools deny.</summary>
        /// <param name="catalog">The agents to look in.</param>
        /// <returns>The agents.</returns>
        public global::System.Collections.Generic.IReadOnlyList<AgentDefinition> SubAgentsIn(global::System.Collections.Generic.IReadOnlyList<AgentDefinition> catalog)
        {
            if (catalog == null) throw new global::System.ArgumentNullException("catalog");
            var agents = new global::System.Collections.Generic.List<AgentDefinition>();
            if (Tools == null)
            {
                // Inheriting every tool includes the Agent tool, but an unrestricted agent is not handed the whole catalog:
                // sub-agents come from an explicit Agent or Agent(a, b) entry.
                return agents;
            }

            var unrestricted = false;
            var named = new global::System.Collections.Generic.List<string>();
            foreach (var entry in Tools)
            {
                unrestricted |= AgentToolEntries.IsAgentTool(AgentToolEntries.BaseName(entry)) && AgentToolEntries.ArgumentOf(entry) == null;
            }

            foreach (var candidate in catalog)
            {
                if (CanSpawn(candidate.Name) && !named.Contains(candidate.Name) && (unrestricted || IndexOf(SpawnableAgents, candidate.Name) < SpawnableAgents.Count))
                {
                    named.Add(candidate.Name);
                    agents.Add(candidate);
                }
            }

            if (!unrestricted)
            {
                // The order of the Agent(a, b) entries: the order the author meant.
                agents.Sort((a, b) => IndexOf(SpawnableAgents, a.Name).CompareTo(IndexOf(SpawnableAgents, b.Name)));
            }

            return agents;
        }

        private static int IndexOf(global::System.Collections.Generic.IReadOnlyList<string> names, string name)
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (names[i] == name)
                {
                    return i;
                }
            }

            return names.Count;
        }
    }
}
