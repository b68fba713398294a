namespace AgentGen.Runtime
{
    /// <summary>
    /// The agents of one generated <c>AgentCatalog</c>, created on first use from the constants of their classes (Name,
    /// Description, Prompt, SettingsJson), read from metadata: the text is stored once, as the constants, rather than copied
    /// into code that would load it (which doubled the assembly and a good part of the build's cost). One agent's property
    /// touches that agent's class only; <c>All</c>, <c>Names</c> and lookups by name use the catalog's list of classes,
    /// sorted by name. Lookups by name use a dictionary of positions, built on first use from the Name constants alone, so
    /// that a lookup creates the agent it finds and no other.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    public sealed class AgentCatalogTable : global::System.Collections.Generic.IReadOnlyList<AgentDefinition>
    {
        private const global::System.Reflection.BindingFlags Constants = global::System.Reflection.BindingFlags.Public | global::System.Reflection.BindingFlags.NonPublic | global::System.Reflection.BindingFlags.Static;

        private readonly AgentDefinition?[] _definitions;
        private readonly global::System.Func<global::System.Type[]> _classes;
        private global::System.Collections.Generic.Dictionary<string, int>? _byName;
        private global::System.Collections.Generic.IReadOnlyList<string>? _names;

        /// <summary>Creates the catalog's table.</summary>
        /// <param name="count">The number of agents.</param>
        /// <param name="classes">Gives the agents' classes, in catalog order (called when all are needed).</param>
        public AgentCatalogTable(int count, global::System.Func<global::System.Type[]> classes)
        {
            _definitions = new AgentDefinition?[count];
            _classes = classes;
        }

        /// <summary>The number of agents.</summary>
        public int Count
        {
            get { return _definitions.Length; }
        }

        /// <summary>The agent at a position in name order.</summary>
        /// <param name="index">The position.</param>
        public AgentDefinition this[int index]
        {
            get
            {
                return _definitions[index] ?? Get(index, _classes()[index]);
            }
        }

        /// <summary>The names of the agents, sorted, each once.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> Names
        {
            get
            {
                if (_names == null)
                {
                    var names = new global::System.Collections.Generic.List<string>(Count);
                    foreach (var type in _classes())
                    {
                        var name = Constant(type, "Name");
                        if (names.Count == 0 || names[names.Count - 1] != name)
                        {
                            names.Add(name);
                        }
                    }

                    _names = new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(names);
                }

                return _names;
            }
        }

        /// <summary>The agent at a position, created from the constants of its class (no other class is touched).</summary>
        /// <param name="index">The agent's position.</param>
        /// <param name="agentClass">Its generated class.</param>
        /// <returns>The agent; the same instance on every call.</returns>
        public AgentDefinition Get(int index, global::System.Type agentClass)
        {
            var existing = global::System.Threading.Volatile.Read(ref _definitions[index]);
            if (existing != null)
            {
                return existing;
            }

            var created = new AgentDefinition(Constant(agentClass, "Name"), Constant(agentClass, "Description"), Constant(agentClass, "Prompt"), Constant(agentClass, "SettingsJson"));
            return global::System.Threading.Interlocked.CompareExchange(ref _definitions[index], created, null) ?? created;
        }

        /// <summary>Finds an agent by name (exact, case-sensitive), allocating nothing once the agent is created.</summary>
        /// <param name="name">The agent's name.</param>
        /// <param name="definition">The agent, when found.</param>
        /// <returns>True when an agent of that name exists.</returns>
        public bool TryGet(string? name, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AgentDefinition? definition)
        {
            if (name == null)
            {
                definition = null;
                return false;
            }

            int index;
            if ((_byName ?? CreateIndex()).TryGetValue(name, out index))
            {
                definition = _definitions[index] ?? Get(index, _classes()[index]);
                return true;
            }

            definition = null;
            return false;
        }

        /// <summary>Gets an agent by name.</summary>
        /// <param name="name">The agent's name.</param>
        /// <returns>The agent.</returns>
        /// <exception cref="global::System.Collections.Generic.KeyNotFoundException">No agent has that name; the message lists the known names.</exception>
        public AgentDefinition Get(string name)
        {
            if (name == null) throw new global::System.ArgumentNullException("name");
            AgentDefinition? definition;
            if (TryGet(name, out definition))
            {
                return definition;
            }

            throw new global::System.Collections.Generic.KeyNotFoundException("No agent is named '" + name + "'. Known agents: " + (Names.Count == 0 ? "(none)" : string.Join(", ", Names)) + ".");
        }

        /// <summary>Enumerates the agents in name order, creating those not created yet.</summary>
        /// <returns>The enumerator.</returns>
        public global::System.Collections.Generic.IEnumerator<AgentDefinition> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        /// <summary>The positions of the agents by name: one dictionary lookup per TryGet, as fast as any, built from the
        /// Name constants (no agent is created).</summary>
        private global::System.Collections.Generic.Dictionary<string, int> CreateIndex()
        {
            var classes = _classes();
            var index = new global::System.Collections.Generic.Dictionary<string, int>(Count);
            for (var at = Count - 1; at >= 0; at--)
            {
                // Two agents of one name (AGEN007): walking backwards leaves the first by source path.
                index[Constant(classes[at], "Name")] = at;
            }

            return _byName = index;
        }

        private static string Constant(global::System.Type agentClass, string name)
        {
            var field = agentClass.GetField(name, Constants);
            var value = field == null ? null : field.GetRawConstantValue() as string;
            if (value == null)
            {
                // Only a trimmer that removed the constants (they are read by reflection) can cause this.
                throw new global::System.InvalidOperationException("The agent class " + agentClass.FullName + " has no constant " + name + ": keep the agent classes when trimming.");
            }

            return value;
        }
    }
}
