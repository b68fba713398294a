namespace AgentGen.Runtime
{
    /// <summary>Start-up validation with the Generic Host (emitted when the project references Microsoft.Extensions.Hosting.Abstractions).</summary>
    public sealed partial class AgentServicesBuilder
    {
        /// <summary>
        /// Validates every registered agent when the host starts (<c>ValidateAgents</c>), in the spirit of
        /// <c>ValidateOnStart</c>: a missing tool, tool class, service, chat client or sub-agent stops the app at start-up
        /// with one <see cref="AgentValidationException"/> that lists them all, rather than at the first model call.
        /// </summary>
        /// <returns>This builder.</returns>
        public AgentServicesBuilder ValidateOnStart()
        {
            foreach (var descriptor in Services)
            {
                if (descriptor.ServiceType == typeof(AgentValidationHostedService.Marker))
                {
                    return this;
                }
            }

            // A marker, so that a second call adds no second validation.
            Services.Add(new global::Microsoft.Extensions.DependencyInjection.ServiceDescriptor(typeof(AgentValidationHostedService.Marker), new AgentValidationHostedService.Marker()));
            Services.Add(new global::Microsoft.Extensions.DependencyInjection.ServiceDescriptor(typeof(global::Microsoft.Extensions.Hosting.IHostedService), provider => new AgentValidationHostedService(provider), global::Microsoft.Extensions.DependencyInjection.ServiceLifetime.Singleton));
            return this;
        }
    }

    /// <summary>Runs <c>ValidateAgents</c> when the host starts.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    internal sealed class AgentValidationHostedService : global::Microsoft.Extensions.Hosting.IHostedService
    {
        private readonly global::System.IServiceProvider _services;

        public AgentValidationHostedService(global::System.IServiceProvider services)
        {
            _services = services;
        }

        public global::System.Threading.Tasks.Task StartAsync(global::System.Threading.CancellationToken cancellationToken)
        {
            AgentServiceCollectionExtensions.ValidateAgents(_services);
            return global::System.Threading.Tasks.Task.CompletedTask;
        }

        public global::System.Threading.Tasks.Task StopAsync(global::System.Threading.CancellationToken cancellationToken)
        {
            return global::System.Threading.Tasks.Task.CompletedTask;
        }

        /// <summary>Registered once with the validation.</summary>
        internal sealed class Marker
        {
        }
    }
}
