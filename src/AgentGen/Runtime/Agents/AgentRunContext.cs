namespace AgentGen.Runtime
{
    /// <summary>
    /// How one agent and all the sub-agents it starts are built: the same catalog, settings, logging, services and
    /// middleware at every depth. Without a container the chat client and toolbox are the caller's; with one
    /// (<c>AddAgents</c>) each agent gets the client keyed by its model and a toolbox of the tool classes it uses.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    internal sealed partial class AgentRunContext
    {
        private readonly global::System.Func<AgentDefinition, AgentToolbox> _toolboxes;
        private readonly global::System.Func<global::Microsoft.Extensions.AI.IChatClient> _defaultClient;
        private readonly global::System.Func<string, global::Microsoft.Extensions.AI.IChatClient?>? _modelClients;

        /// <summary>Creates the context.</summary>
        /// <param name="catalog">The agents sub-agents are looked up in.</param>
        /// <param name="settings">The run settings.</param>
        /// <param name="defaultClient">The chat client of an agent that has no client of its own.</param>
        /// <param name="modelClients">The chat client registered for a <c>model</c> value (an alias or an id), or null; null when there are none.</param>
        /// <param name="toolboxes">The toolbox of an agent.</param>
        /// <param name="loggerFactory">Where agents and their function-invocation layers log; null for nowhere.</param>
        /// <param name="services">The services tools receive; null for none.</param>
        public AgentRunContext(
            global::System.Collections.Generic.IReadOnlyList<AgentDefinition> catalog,
            AgentRunSettings settings,
            global::System.Func<global::Microsoft.Extensions.AI.IChatClient> defaultClient,
            global::System.Func<string, global::Microsoft.Extensions.AI.IChatClient?>? modelClients,
            global::System.Func<AgentDefinition, AgentToolbox> toolboxes,
            global::Microsoft.Extensions.Logging.ILoggerFactory? loggerFactory,
            global::System.IServiceProvider? services)
        {
            Catalog = catalog;
            Settings = settings;
            _defaultClient = defaultClient;
            _modelClients = modelClients;
            _toolboxes = toolboxes;
            LoggerFactory = loggerFactory;
            // Without a container, middleware such as UseLogging() still finds the logger factory it was given.
            Services = services ?? (loggerFactory == null ? null : new LoggerFactoryServices(loggerFactory));
            Logger = loggerFactory == null
                ? (global::Microsoft.Extensions.Logging.ILogger)global::Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance
                : loggerFactory.CreateLogger(AgentLog.Category);
        }

        public global::System.Collections.Generic.IReadOnlyList<AgentDefinition> Catalog { get; }

        public AgentRunSettings Settings { get; }

        public global::Microsoft.Extensions.Logging.ILoggerFactory? LoggerFactory { get; }

        public global::System.IServiceProvider? Services { get; }

        public global::Microsoft.Extensions.Logging.ILogger Logger { get; }

        /// <summary>The agent as an <c>AIAgent</c>, <paramref name="depth"/> callers deep (0 for the agent the app asked for).</summary>
        public global::Microsoft.Agents.AI.AIAgent Create(AgentDefinition agent, int depth)
        {
            global::Microsoft.Extensions.AI.IChatClient? chatClient = null;
            if (agent.Model != null && _modelClients != null)
            {
                chatClient = _modelClients(agent.Model);
            }

            var hasModelClient = chatClient != null;
            chatClient = chatClient ?? _defaultClient();
            var chatOptions = agent.CreateChatOptions(_toolboxes(agent), Settings);
            chatOptions.Instructions = Preload(agent, chatOptions.Instructions);
            WarnAboutFallbacks(agent, hasModelClient);

            var maxTurns = agent.MaxTurns;
            var tools = new global::System.Collections.Generic.List<global::Microsoft.Extensions.AI.AITool>();
            if (chatOptions.Tools != null)
            {
                tools.AddRange(chatOptions.Tools);
            }

            foreach (var subAgent in agent.SubAgentsIn(Catalog))
            {
                tools.Add(new SubAgentFunction(subAgent, agent.Name, this, depth + 1));
            }

            var forks = Settings.OfferSkills ? Forks() : null;
            if (forks != null)
            {
                foreach (var fork in forks)
                {
                    tools.Add(new SubAgentFunction(fork.Value, agent.Name, this, depth + 1, fork.Key));
                }
            }

            for (var i = 0; i < tools.Count; i++)
            {
                // Every function the agent calls goes through the guard: the turn limit, logging and error policy hold
                // whichever function-invocation layer calls it (this agent's, or one inside the app's client).
                var function = tools[i] as global::Microsoft.Extensions.AI.AIFunction;
                if (function != null)
                {
                    tools[i] = new AgentToolGuard(function, agent.Name, maxTurns, Settings.DetailedErrors, Logger);
                }
            }

            if (tools.Count > 0)
            {
                chatOptions.Tools = tools;
                chatOptions.ToolMode = null;
            }

            var builder = global::Microsoft.Extensions.AI.ChatClientBuilderChatClientExtensions.AsBuilder(chatClient);
            if (chatClient.GetService(typeof(global::Microsoft.Extensions.AI.FunctionInvokingChatClient), null) == null)
            {
                // maxTurns rounds of tools, then one request without tools for the answer; the counter inside sees that
                // last request. When the app's client invokes functions itself, the guard on each function holds the limit.
                global::Microsoft.Extensions.AI.FunctionInvokingChatClientBuilderExtensions.UseFunctionInvocation(builder, LoggerFactory, invoking =>
                {
                    if (maxTurns.HasValue)
                    {
                        invoking.MaximumIterationsPerRequest = maxTurns.Value;
                    }

                    invoking.IncludeDetailedErrors = Settings.DetailedErrors;
                });
                if (maxTurns.HasValue)
                {
                    var limit = maxTurns.Value;
                    builder.Use(inner => new AgentTurnCounter(inner, agent.Name, limit, Logger));
                }
            }

            if (Settings.ChatMiddleware != null)
            {
                Settings.ChatMiddleware(builder);
            }

            var options = new global::Microsoft.Agents.AI.ChatClientAgentOptions
            {
                Name = agent.Name,
                Description = agent.Description,
                ChatOptions = chatOptions,
                UseProvidedChatClientAsIs = true,
            };
            var offered = Settings.OfferSkills ? Offered(forks) : null;
            if (offered != null && offered.Length > 0)
            {
                options.AIContextProviders = new global::Microsoft.Agents.AI.AIContextProvider[] { new global::Microsoft.Agents.AI.AgentSkillsProvider(offered) };
            }

            var created = new global::Microsoft.Agents.AI.ChatClientAgent(builder.Build(Services), options, LoggerFactory, Services);
            var agentBuilder = new global::Microsoft.Agents.AI.AIAgentBuilder(created);
            if (Settings.AgentMiddleware != null)
            {
                Settings.AgentMiddleware(agentBuilder);
            }

            // Added last, so innermost: the app's middleware sees the response it marks.
            agentBuilder.Use(inner => new AgentRunScope(inner));
            return agentBuilder.Build(Services);
        }

        /// <summary>The services of an agent created without a container: the logger factory, nothing else.</summary>
        private sealed class LoggerFactoryServices : global::System.IServiceProvider
        {
            private readonly global::Microsoft.Extensions.Logging.ILoggerFactory _loggerFactory;

            public LoggerFactoryServices(global::Microsoft.Extensions.Logging.ILoggerFactory loggerFactory)
            {
                _loggerFactory = loggerFactory;
            }

            public object? GetService(global::System.Type serviceType)
            {
                return serviceType == typeof(global::Microsoft.Extensions.Logging.ILoggerFactory) ? _loggerFactory : null;
            }
        }

        /// <summary>The fallbacks that would otherwise be silent, each logged once per agent.</summary>
        private void WarnAboutFallbacks(AgentDefinition agent, bool hasModelClient)
        {
            if (agent.PromptPlaceholders.Count > 0)
            {
                var unfilled = new global::System.Collections.Generic.List<string>();
                foreach (var placeholder in agent.PromptPlaceholders)
                {
                    if (Settings.PromptValues == null || Settings.PromptValues(placeholder) == null)
                    {
                        unfilled.Add("{{" + placeholder + "}}");
                    }
                }

                // Without KeepMissingPlaceholders a missing value has already thrown; what is left is sent as written.
                if (unfilled.Count > 0 && Settings.FirstWarning("prompt:" + agent.Name))
                {
                    AgentLog.PromptUnfilled(Logger, agent.Name, string.Join(", ", unfilled));
                }
            }

            var kind = AgentDefinition.ToAgentModel(agent.Model);
            if (agent.Model != null && kind != AgentModel.Inherit && kind != AgentModel.Custom && !hasModelClient
                && Settings.ResolveModelId(agent.Model) == null && Settings.FirstWarning("model:" + agent.Name))
            {
                AgentLog.ModelUnmapped(Logger, agent.Name, agent.Model);
            }
        }
    }
}
