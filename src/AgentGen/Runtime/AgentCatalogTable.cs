namespace AgentGen.Runtime
{
    /// <summary>
    /// The agents of one generated <c>AgentCatalog</c>, each created on first use by the catalog's generated
    /// <c>Create</c> (a switch that names the agent's constants: no reflection, so catalogs behave the same under NativeAOT,
    /// trimming and the JIT). One agent's property creates that agent only; lookups by name use a dictionary of positions,
    /// built on first use from the names alone, so that a lookup creates the agent it finds and no other. Internal in every
    /// visibility mode: the generated catalogs expose it only as <c>IReadOnlyList&lt;AgentDefinition&gt;</c>.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    internal sealed class AgentCatalogTable : global::System.Collections.Generic.IReadOnlyList<AgentDefinition>
    {
        private readonly AgentDefinition?[] _definitions;
        private readonly string[] _agentNames;
        private readonly global::System.Func<int, AgentDefinition> _create;
        private global::System.Collections.Generic.Dictionary<string, int>? _byName;
        private global::System.Collections.Generic.IReadOnlyList<string>? _names;

        /// <summary>Creates the catalog's table.</summary>
        /// <param name="agentNames">The agents' names, in catalog order (sorted; a name twice is AGEN007).</param>
        /// <param name="create">Creates the agent at a position.</param>
        public AgentCatalogTable(string[] agentNames, global::System.Func<int, AgentDefinition> create)
        {
            _definitions = new AgentDefinition?[agentNames.Length];
            _agentNames = agentNames;
            _create = create;
        }

        /// <summary>The number of agents.</summary>
        public int Count
        {
            get { return _definitions.Length; }
        }

        /// <summary>The agent at a position in name order, created on first use; the same instance on every call.</summary>
        /// <param name="index">The position.</param>
        public AgentDefinition this[int index]
        {
            get
            {
                var existing = global::System.Threading.Volatile.Read(ref _definitions[index]);
                if (existing != null)
                {
                    return existing;
                }

                var created = _create(index);
                return global::System.Threading.Interlocked.CompareExchange(ref _definitions[index], created, null) ?? created;
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
                    foreach (var name in _agentNames)
                    {
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

        /// <summary>Finds an agent by name (exact, case-sensitive), allocating nothing once the agent is created.</summary>
        /// <param name="name">The agent's name.</param>
        /// <param name="definition">The agent, when found.</param>
        /// <returns>True when an agent of that name exists.</returns>
        public bool TryGet(string? name, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AgentDefinition? definition)
        {
            int index;
            if (name != null && (_byName ?? CreateIndex()).TryGetValue(name, out index))
            {
                definition = this[index];
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

        /// <summary>The positions of the agents by name: one dictionary lookup per TryGet, as fast as any; no agent is created.</summary>
        private global::System.Collections.Generic.Dictionary<string, int> CreateIndex()
        {
            var index = new global::System.Collections.Generic.Dictionary<string, int>(Count);
            for (var at = Count - 1; at >= 0; at--)
            {
                // Two agents of one name (AGEN007): walking backwards leaves the first by source path.
                index[_agentNames[at]] = at;
            }

            return _byName = index;
        }
    }
}
