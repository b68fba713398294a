namespace AgentGen.Runtime
{
    /// <summary>One <c>AddAgents</c> call: how its agents are built from a container, and how they are validated.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    internal sealed class AgentRegistration
    {
        private readonly global::System.Collections.Generic.IReadOnlyList<AgentDefinition> _agents;
        private readonly global::Microsoft.Extensions.DependencyInjection.ServiceLifetime _lifetime;
        private readonly global::System.Collections.Generic.List<global::System.Action<AgentRunSettings>> _configure = new global::System.Collections.Generic.List<global::System.Action<AgentRunSettings>>();
        private readonly global::System.Collections.Generic.List<global::System.Action<global::System.IServiceProvider, AgentToolbox>> _addTools = new global::System.Collections.Generic.List<global::System.Action<global::System.IServiceProvider, AgentToolbox>>();
        private readonly object _gate = new object();
        private AgentRunSettings? _settings;

        public AgentRegistration(global::Microsoft.Extensions.DependencyInjection.IServiceCollection services, global::System.Collections.Generic.IReadOnlyList<AgentDefinition> agents, global::Microsoft.Extensions.DependencyInjection.ServiceLifetime lifetime)
        {
            var names = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal);
            foreach (var agent in agents)
            {
                if (!names.Add(agent.Name))
                {
                    throw new global::System.ArgumentException("Two agents are named '" + agent.Name + "', and an agent's name is its service key. Register catalogs whose names collide in separate containers, or rename one agent.", "agents");
                }
            }

            Services = services;
            _agents = agents;
            _lifetime = lifetime;
        }

        public global::Microsoft.Extensions.DependencyInjection.IServiceCollection Services { get; }

        public global::System.Collections.Generic.IReadOnlyList<AgentDefinition> Agents
        {
            get { return _agents; }
        }

        /// <summary>The settings, configured once on first use (so a configuration bound in <c>configure</c> is read when the app runs).</summary>
        private AgentRunSettings Settings
        {
            get
            {
                lock (_gate)
                {
                    if (_settings == null)
                    {
                        var settings = new AgentRunSettings();
                        foreach (var configure in _configure)
                        {
                            configure(settings);
                        }

                        _settings = settings;
                    }

                    return _settings;
                }
            }
        }

        public void Configure(global::System.Action<AgentRunSettings> configure)
        {
            _configure.Add(configure);
        }

        public void AddTools(global::System.Action<global::System.IServiceProvider, AgentToolbox> addTools)
        {
            _addTools.Add(addTools);
        }

        /// <summary>The agent, built from <paramref name="services"/> (the root for singletons, the scope for scoped agents).</summary>
        public global::Microsoft.Agents.AI.AIAgent Create(global::System.IServiceProvider services, AgentDefinition agent)
        {
            var loggerFactory = (global::Microsoft.Extensions.Logging.ILoggerFactory?)services.GetService(typeof(global::Microsoft.Extensions.Logging.ILoggerFactory));
            var context = new AgentRunContext(_agents, Settings, () => DefaultClient(services, agent), model => ModelClient(services, model), a => Toolbox(services, a), loggerFactory, services);
            return context.Create(agent, 0);
        }

        /// <summary>Every problem of every agent of this registration, added to <paramref name="problems"/>.</summary>
        public void Validate(global::System.IServiceProvider root, global::System.Collections.Generic.List<string> problems)
        {
            var scopes = (global::Microsoft.Extensions.DependencyInjection.IServiceScopeFactory?)root.GetService(typeof(global::Microsoft.Extensions.DependencyInjection.IServiceScopeFactory));
            foreach (var agent in _agents)
            {
                var scope = scopes == null ? null : scopes.CreateScope();
                try
                {
                    // Each part of building the agent on its own, so that one missing piece does not hide the next: its
                    // chat client, its toolbox (the tool classes and their services), then every tool it lists and the
                    // values its prompt needs. Sub-agents are built when first called, so they are checked by name below.
                    var services = _lifetime == global::Microsoft.Extensions.DependencyInjection.ServiceLifetime.Singleton || scope == null ? root : scope.ServiceProvider;
                    Check(agent, problems, () =>
                    {
                        if (agent.Model == null || ModelClient(services, agent.Model) == null)
                        {
                            DefaultClient(services, agent);
                        }
                    });
                    AgentToolbox? toolbox = null;
                    Check(agent, problems, () => toolbox = Toolbox(services, agent));
                    if (toolbox != null)
                    {
                        AgentToolbox built = toolbox;
                        Check(agent, problems, () => agent.CreateChatOptions(built, Settings));
                    }
                }
                finally
                {
                    if (scope != null)
                    {
                        scope.Dispose();
                    }
                }

                foreach (var subAgent in agent.SpawnableAgents)
                {
                    // Claude Code's own subagent types are valid in the file but not agents of this app: not a problem here.
                    if (agent.CanSpawn(subAgent) && !Contains(subAgent) && global::System.Array.IndexOf(AgentToolEntries.BuiltInAgents, subAgent) < 0)
                    {
                        problems.Add("Agent '" + agent.Name + "' names the sub-agent '" + subAgent + "', which is not among the agents AddAgents registered with it. Add its catalog to the list, or remove it from the agent's Agent(...) entry.");
                    }
                }

                if (_lifetime == global::Microsoft.Extensions.DependencyInjection.ServiceLifetime.Singleton)
                {
                    foreach (var toolClass in AgentToolbox.ToolClassesOf(agent))
                    {
                        var lifetime = LifetimeOf(toolClass.Type);
                        if (lifetime == global::Microsoft.Extensions.DependencyInjection.ServiceLifetime.Scoped)
                        {
                            problems.Add("Agent '" + agent.Name + "' is a singleton, and would keep one instance of its tool class " + toolClass.Name + ", registered as scoped, for ever. Register the agents with AddAgents(..., lifetime: ServiceLifetime.Scoped), or the tool class as a singleton.");
                        }
                        else if (lifetime == null)
                        {
                            // Not registered: the agent creates it, and a scoped service its constructor takes would be
                            // taken from the root and kept for ever (a DbContext shared by every request).
                            foreach (var service in toolClass.Services)
                            {
                                if (LifetimeOf(service) == global::Microsoft.Extensions.DependencyInjection.ServiceLifetime.Scoped)
                                {
                                    problems.Add("Agent '" + agent.Name + "' is a singleton, and would create its tool class " + toolClass.Name + " with the scoped " + service.Name + " and keep both for ever. Register the agents with AddAgents(..., lifetime: ServiceLifetime.Scoped).");
                                }
                            }
                        }
                    }
                }
            }
        }

        /// <summary>Runs one check; what it throws is a problem of the agent (named once, whether or not the message names it).</summary>
        private static void Check(AgentDefinition agent, global::System.Collections.Generic.List<string> problems, global::System.Action check)
        {
            try
            {
                check();
            }
            catch (global::System.Exception exception)
            {
                var prefix = "Agent '" + agent.Name + "'";
                problems.Add(exception.Message.StartsWith(prefix, global::System.StringComparison.Ordinal) ? exception.Message : prefix + ": " + exception.Message);
            }
        }

        private bool Contains(string name)
        {
            foreach (var agent in _agents)
            {
                if (agent.Name == name)
                {
                    return true;
                }
            }

            return false;
        }

        private global::Microsoft.Extensions.DependencyInjection.ServiceLifetime? LifetimeOf(global::System.Type type)
        {
            global::Microsoft.Extensions.DependencyInjection.ServiceLifetime? lifetime = null;
            foreach (var descriptor in Services)
            {
                if (descriptor.ServiceType == type && descriptor.ServiceKey == null)
                {
                    lifetime = descriptor.Lifetime; // the last registration wins, as in the container
                }
            }

            return lifetime;
        }

        private static global::Microsoft.Extensions.AI.IChatClient DefaultClient(global::System.IServiceProvider services, AgentDefinition agent)
        {
            var client = (global::Microsoft.Extensions.AI.IChatClient?)services.GetService(typeof(global::Microsoft.Extensions.AI.IChatClient));
            if (client == null)
            {
                throw new global::System.InvalidOperationException("No IChatClient is registered to run it. Register one with services.AddChatClient(...)"
                    + (agent.Model == null ? "." : ", or one for its model with services.AddKeyedChatClient(\"" + agent.Model + "\", ...)."));
            }

            return client;
        }

        private static global::Microsoft.Extensions.AI.IChatClient? ModelClient(global::System.IServiceProvider services, string model)
        {
            var keyed = services as global::Microsoft.Extensions.DependencyInjection.IKeyedServiceProvider;
            return keyed == null ? null : (global::Microsoft.Extensions.AI.IChatClient?)keyed.GetKeyedService(typeof(global::Microsoft.Extensions.AI.IChatClient), model);
        }

        private AgentToolbox Toolbox(global::System.IServiceProvider services, AgentDefinition agent)
        {
            var toolbox = AgentToolbox.FromServices(services, agent);
            foreach (var addTools in _addTools)
            {
                addTools(services, toolbox);
            }

            return toolbox;
        }
    }
}
