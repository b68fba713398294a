namespace AgentGen.Runtime
{
    /// <summary>
    /// The agents of one generated <c>AgentCatalog</c>, created on first use: one agent's property creates that agent
    /// only, from its own constants; <c>All</c> and name lookups read the catalog's table of constants (four per agent:
    /// name, description, prompt, settings, sorted by name) once. Lookups by name use a dictionary built on first use.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    public sealed class AgentCatalogTable : global::System.Collections.Generic.IReadOnlyList<AgentDefinition>
    {
        private const int Stride = 4;

        private readonly AgentDefinition?[] _definitions;
        private readonly global::System.Func<string[]> _table;
        private global::System.Collections.Generic.Dictionary<string, int>? _byName;
        private global::System.Collections.Generic.IReadOnlyList<string>? _names;

        /// <summary>Creates the catalog's table.</summary>
        /// <param name="count">The number of agents.</param>
        /// <param name="table">Gives the constants of every agent, four per agent, in catalog order.</param>
        public AgentCatalogTable(int count, global::System.Func<string[]> table)
        {
            _definitions = new AgentDefinition?[count];
            _table = table;
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
                var existing = _definitions[index];
                if (existing != null)
                {
                    return existing;
                }

                var table = _table();
                var at = index * Stride;
                return Get(index, table[at], table[at + 1], table[at + 2], table[at + 3]);
            }
        }

        /// <summary>The names of the agents, sorted, each once.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> Names
        {
            get
            {
                if (_names == null)
                {
                    var table = _table();
                    var names = new global::System.Collections.Generic.List<string>(Count);
                    for (var at = 0; at < table.Length; at += Stride)
                    {
                        if (names.Count == 0 || names[names.Count - 1] != table[at])
                        {
                            names.Add(table[at]);
                        }
                    }

                    _names = new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(names);
                }

                return _names;
            }
        }

        /// <summary>The agent at a position, created from the constants its generated property passes (no table read).</summary>
        /// <param name="index">The agent's position.</param>
        /// <param name="name">Its name.</param>
        /// <param name="description">Its description.</param>
        /// <param name="prompt">Its prompt.</param>
        /// <param name="settingsJson">Its other settings.</param>
        /// <returns>The agent; the same instance on every call.</returns>
        public AgentDefinition Get(int index, string name, string description, string prompt, string settingsJson)
        {
            var existing = global::System.Threading.Volatile.Read(ref _definitions[index]);
            if (existing != null)
            {
                return existing;
            }

            var created = new AgentDefinition(name, description, prompt, settingsJson);
            return global::System.Threading.Interlocked.CompareExchange(ref _definitions[index], created, null) ?? created;
        }

        /// <summary>Finds an agent by name (exact, case-sensitive), allocating nothing.</summary>
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

        private global::System.Collections.Generic.Dictionary<string, int> CreateIndex()
        {
            var table = _table();
            var index = new global::System.Collections.Generic.Dictionary<string, int>(Count);
            for (var at = table.Length - Stride; at >= 0; at -= Stride)
            {
                // Two agents of one name (AGEN007): walking backwards leaves the first by source path.
                index[table[at]] = at / Stride;
            }

            return _byName = index;
        }
    }
}
