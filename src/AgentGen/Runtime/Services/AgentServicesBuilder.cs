namespace AgentGen.Runtime
{
    /// <summary>What <c>AddAgents</c> returns: more tools, more settings, and start-up validation for the agents it registered.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    public sealed partial class AgentServicesBuilder
    {
        private readonly AgentRegistration _registration;

        internal AgentServicesBuilder(AgentRegistration registration)
        {
            _registration = registration;
        }

        /// <summary>The service collection.</summary>
        public global::Microsoft.Extensions.DependencyInjection.IServiceCollection Services
        {
            get { return _registration.Services; }
        }

        /// <summary>Adds tools to each agent's toolbox when the agent is built: hand-made functions, an MCP client's tools
        /// (<c>(services, tools) => tools.AddMcpServer("github", ...)</c>).</summary>
        /// <param name="addTools">Adds the tools, with the services of the provider that builds the agent.</param>
        /// <returns>This builder.</returns>
        public AgentServicesBuilder AddTools(global::System.Action<global::System.IServiceProvider, AgentToolbox> addTools)
        {
            if (addTools == null) throw new global::System.ArgumentNullException("addTools");
            _registration.AddTools(addTools);
            return this;
        }

        /// <summary>Changes the run settings, after those before it; applied once, when the first agent is built.</summary>
        /// <param name="configure">Changes the settings.</param>
        /// <returns>This builder.</returns>
        public AgentServicesBuilder Configure(global::System.Action<AgentRunSettings> configure)
        {
            if (configure == null) throw new global::System.ArgumentNullException("configure");
            _registration.Configure(configure);
            return this;
        }
    }
}
