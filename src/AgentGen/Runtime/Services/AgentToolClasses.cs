namespace AgentGen.Runtime
{
    /// <summary>
    /// The tool classes an agent built from a container uses: the registered instance when there is one, else one the
    /// generated code creates with its constructor's services (no reflection: the constructor call is written at compile
    /// time). A service that is missing is named, with the class that needs it.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    internal static class AgentToolClasses
    {
        public static T Get<T>(global::System.IServiceProvider services, global::System.Func<global::System.IServiceProvider, T> create)
            where T : class
        {
            return services.GetService(typeof(T)) as T ?? create(services);
        }

        public static T Required<T>(global::System.IServiceProvider services, string toolClass, string parameterType)
        {
            var value = services.GetService(typeof(T));
            if (value == null)
            {
                throw new global::System.InvalidOperationException(Unregistered(toolClass) + ", and its constructor needs a " + parameterType + ", which is not registered either. Register the " + parameterType + ", or register " + toolClass + " itself.");
            }

            return (T)value;
        }

        public static T Keyed<T>(global::System.IServiceProvider services, object key, string toolClass, string parameterType)
        {
            var keyed = services as global::Microsoft.Extensions.DependencyInjection.IKeyedServiceProvider;
            var value = keyed == null ? null : keyed.GetKeyedService(typeof(T), key);
            if (value == null)
            {
                throw new global::System.InvalidOperationException(Unregistered(toolClass) + ", and its constructor needs the " + parameterType + " keyed \"" + key + "\", which is not registered either. Register it, or register " + toolClass + " itself.");
            }

            return (T)value;
        }

        public static T KeyedOptional<T>(global::System.IServiceProvider services, object key, T fallback)
        {
            var keyed = services as global::Microsoft.Extensions.DependencyInjection.IKeyedServiceProvider;
            var value = keyed == null ? null : keyed.GetKeyedService(typeof(T), key);
            return value == null ? fallback : (T)value;
        }

        public static T Optional<T>(global::System.IServiceProvider services, T fallback)
        {
            var value = services.GetService(typeof(T));
            return value == null ? fallback : (T)value;
        }

        public static T Unconstructible<T>(string toolClass)
        {
            throw new global::System.InvalidOperationException(Unregistered(toolClass) + ", and AgentGen cannot create it (it is abstract or generic, or none of its constructors that this project can call takes only services). Register it.");
        }

        private static string Unregistered(string toolClass)
        {
            return "The tool class " + toolClass + " is not registered";
        }
    }

    /// <summary>A tool class an agent may use, as start-up validation sees it: its type, its name, and the services its
    /// constructor takes when the agent creates it (their lifetimes matter to a singleton agent).</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    internal sealed class AgentToolClass
    {
        public AgentToolClass(global::System.Type type, string name, global::System.Type[] services)
        {
            Type = type;
            Name = name;
            Services = services;
        }

        public global::System.Type Type { get; }

        public string Name { get; }

        public global::System.Type[] Services { get; }
    }
}
