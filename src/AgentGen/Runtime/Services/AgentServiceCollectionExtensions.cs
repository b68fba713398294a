namespace AgentGen.Runtime
{
    /// <summary>
    /// Agents in a dependency-injection container (emitted when the project references Microsoft.Agents.AI and
    /// Microsoft.Extensions.DependencyInjection.Abstractions): each agent is a keyed <c>AIAgent</c>, its key its name, as the
    /// Agent Framework registers agents, so <c>[FromKeyedServices("code-reviewer")] AIAgent reviewer</c> receives it.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    public static class AgentServiceCollectionExtensions
    {
        /// <summary>
        /// Registers <paramref name="agents"/> as keyed <c>AIAgent</c> services, each built from the container: the
        /// <c>IChatClient</c> keyed by its <c>model</c> value when one is registered, else the default <c>IChatClient</c>;
        /// a toolbox of the static tools, of the tool classes it uses (resolved from the container, or created with their
        /// constructor's services), and of the tools <see cref="AgentServicesBuilder.AddTools"/> adds; the
        /// <c>ILoggerFactory</c>; and the container as the services its tools receive. Sub-agents are built the same way.
        /// </summary>
        /// <param name="services">The service collection.</param>
        /// <param name="agents">The agents, such as <c>AgentCatalog.All</c> (names must be unique: they are the keys).</param>
        /// <param name="configure">Sets the run settings (model ids, errors, middleware...), such as a binding from configuration; null for the defaults.</param>
        /// <param name="lifetime">The agents' lifetime: Singleton by default; Scoped when tool classes depend on scoped services (a DbContext).</param>
        /// <returns>A builder to add tools and start-up validation.</returns>
        /// <exception cref="global::System.ArgumentException">Two agents share a name.</exception>
        public static AgentServicesBuilder AddAgents(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services, global::System.Collections.Generic.IReadOnlyList<AgentDefinition> agents, global::System.Action<AgentRunSettings>? configure = null, global::Microsoft.Extensions.DependencyInjection.ServiceLifetime lifetime = global::Microsoft.Extensions.DependencyInjection.ServiceLifetime.Singleton)
        {
            if (services == null) throw new global::System.ArgumentNullException("services");
            if (agents == null) throw new global::System.ArgumentNullException("agents");
            var registration = new AgentRegistration(services, agents, lifetime);
            if (configure != null)
            {
                registration.Configure(configure);
            }

            services.Add(new global::Microsoft.Extensions.DependencyInjection.ServiceDescriptor(typeof(AgentRegistration), registration));
            foreach (var agent in agents)
            {
                var registered = agent;
                services.Add(new global::Microsoft.Extensions.DependencyInjection.ServiceDescriptor(typeof(global::Microsoft.Agents.AI.AIAgent), agent.Name, (provider, key) => registration.Create(provider, registered), lifetime));
            }

            return new AgentServicesBuilder(registration);
        }

        /// <summary>
        /// Builds every registered agent once (in a scope of its own) and checks what building does not reach: its chat
        /// client, every tool it lists, its tool classes and their constructors' services, the prompt values it needs, its
        /// sub-agents, tool classes a singleton agent would hold beyond their scope, and two AddAgents calls registering one name.
        /// </summary>
        /// <param name="services">The built service provider.</param>
        /// <exception cref="AgentValidationException">Something is missing: every problem of every agent is listed.</exception>
        public static void ValidateAgents(this global::System.IServiceProvider services)
        {
            if (services == null) throw new global::System.ArgumentNullException("services");
            var problems = new global::System.Collections.Generic.List<string>();
            var names = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal);
            foreach (var registration in global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetServices<AgentRegistration>(services))
            {
                foreach (var agent in registration.Agents)
                {
                    if (!names.Add(agent.Name))
                    {
                        problems.Add("Two AddAgents calls register an agent named '" + agent.Name + "', and an agent's name is its service key: the container gives the last one. Register only one of them in this container.");
                    }
                }

                registration.Validate(services, problems);
            }

            if (problems.Count > 0)
            {
                throw new AgentValidationException(problems);
            }
        }
    }
}
