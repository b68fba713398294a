namespace AgentGen.Runtime
{
    /// <summary>An MCP server an agent uses: a server configured elsewhere (by name), or one defined inline in the agent file.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    public sealed class AgentMcpServer
    {
        /// <summary>Creates a server entry.</summary>
        /// <param name="name">The server's name.</param>
        /// <param name="configJson">The inline configuration as JSON text, or null for a server configured elsewhere.</param>
        public AgentMcpServer(string name, string? configJson = null)
        {
            Name = name ?? throw new global::System.ArgumentNullException("name");
            ConfigJson = configJson;
        }

        /// <summary>The server's name.</summary>
        public string Name { get; }

        /// <summary>The inline configuration as JSON text, or null when the agent names a server configured elsewhere.</summary>
        public string? ConfigJson { get; }

        /// <summary>True when the agent file defines the server inline.</summary>
        public bool IsInline
        {
            get { return ConfigJson != null; }
        }

        /// <summary>The server's name.</summary>
        /// <returns>The server's name.</returns>
        public override string ToString()
        {
            return Name;
        }

        /// <summary>Reads an <c>mcpServers</c> value: names, and <c>{name: config}</c> objects.</summary>
        /// <param name="reader">A reader before the array.</param>
        /// <returns>The servers, in order, read-only.</returns>
        internal static global::System.Collections.Generic.IReadOnlyList<AgentMcpServer> ReadList(AgentJsonReader reader)
        {
            var servers = new global::System.Collections.Generic.List<AgentMcpServer>();
            while (reader.NextElement())
            {
                if (reader.IsString)
                {
                    servers.Add(new AgentMcpServer(reader.ReadString()));
                    continue;
                }

                string name;
                while (reader.NextProperty(out name))
                {
                    servers.Add(new AgentMcpServer(name, reader.ReadRaw()));
                }
            }

            return new global::System.Collections.ObjectModel.ReadOnlyCollection<AgentMcpServer>(servers.ToArray());
        }
    }
}
