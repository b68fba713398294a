namespace AgentGen.Runtime
{
    /// <summary>The Microsoft Agent Framework side of an agent (emitted when the project references Microsoft.Agents.AI).</summary>
    public sealed partial class AgentDefinition
    {
        /// <summary>
        /// This agent as a <c>ChatClientAgent</c> on <paramref name="chatClient"/>: its name, description and
        /// <see cref="CreateChatOptions"/>; <c>maxTurns</c> limits its function-calling loop; the agents its
        /// <c>Agent(a, b)</c> entries name (every agent of <paramref name="catalog"/> for a bare <c>Agent</c>) are
        /// functions it can call, each run as a sub-agent with the same client and toolbox.
        /// </summary>
        /// <param name="chatClient">The model's client, without a function-invocation layer of its own (this adds one).</param>
        /// <param name="tools">The app's tools.</param>
        /// <param name="catalog">The agents sub-agents are looked up in: the agent's catalog (<c>AgentCatalog.All</c>).</param>
        /// <param name="options">Model ids, missing-tool policy and sub-agent depth; the defaults when null.</param>
        /// <returns>The agent.</returns>
        public global::Microsoft.Agents.AI.ChatClientAgent CreateAIAgent(global::Microsoft.Extensions.AI.IChatClient chatClient, AgentToolbox tools, global::System.Collections.Generic.IReadOnlyList<AgentDefinition> catalog, AgentRunSettings? options = null)
        {
            if (chatClient == null) throw new global::System.ArgumentNullException("chatClient");
            if (catalog == null) throw new global::System.ArgumentNullException("catalog");
            return CreateAIAgent(chatClient, tools, catalog, options ?? new AgentRunSettings(), 0);
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

        internal global::Microsoft.Agents.AI.ChatClientAgent CreateAIAgent(global::Microsoft.Extensions.AI.IChatClient chatClient, AgentToolbox tools, global::System.Collections.Generic.IReadOnlyList<AgentDefinition> catalog, AgentRunSettings runOptions, int depth)
        {
            var chatOptions = CreateChatOptions(tools, runOptions);
            foreach (var subAgent in SubAgentsIn(catalog))
            {
                if (chatOptions.Tools == null)
                {
                    chatOptions.Tools = new global::System.Collections.Generic.List<global::Microsoft.Extensions.AI.AITool>();
                    chatOptions.ToolMode = null;
                }

                chatOptions.Tools.Add(new SubAgentFunction(subAgent, chatClient, tools, catalog, runOptions, depth + 1));
            }

            var maxTurns = MaxTurns;
            // The agent gets a function-invocation layer of its own, so that maxTurns bounds its loop alone.
            var builder = global::Microsoft.Extensions.AI.ChatClientBuilderChatClientExtensions.AsBuilder(chatClient);
            global::Microsoft.Extensions.AI.FunctionInvokingChatClientBuilderExtensions.UseFunctionInvocation(builder, null, invoking =>
            {
                if (maxTurns.HasValue)
                {
                    invoking.MaximumIterationsPerRequest = maxTurns.Value;
                }
            });
            var options = new global::Microsoft.Agents.AI.ChatClientAgentOptions
            {
                Name = Name,
                Description = Description,
                ChatOptions = chatOptions,
                UseProvidedChatClientAsIs = true,
            };
            return new global::Microsoft.Agents.AI.ChatClientAgent(builder.Build(null), options, null, null);
        }
    }
}
