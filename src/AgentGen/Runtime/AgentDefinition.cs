namespace AgentGen.Runtime
{
    /// <summary>
    /// An agent: its name, when to use it, its system prompt and its settings, as defined by an agent file (Markdown with
    /// YAML frontmatter). Immutable. The generated catalog creates one per agent on first use, from the agent's constants.
    /// </summary>
    public sealed partial class AgentDefinition
    {
        private static readonly global::System.Collections.Generic.IReadOnlyList<string> NoStrings = new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(new string[0]);

        private global::System.Collections.Generic.IReadOnlyList<string>? _spawnableAgents;

        private global::System.Collections.Generic.IReadOnlyList<AgentTool>? _typedTools;

        private AgentPromptTemplate? _template;

        private AgentExamples? _examples;

        /// <summary>Creates the definition of a generated agent.</summary>
        /// <param name="name">The agent's name.</param>
        /// <param name="description">When to use the agent.</param>
        /// <param name="prompt">The system prompt.</param>
        /// <param name="settingsJson">The other frontmatter keys, as AgentGen writes them (the agent class's SettingsJson).</param>
        internal AgentDefinition(string name, string description, string prompt, string settingsJson)
        {
            Name = name;
            Description = description;
            Prompt = prompt;
            AgentJsonReader.ReadProperties(settingsJson, ReadProperty);
        }

        /// <summary>One key of the settings JSON: the source path, the custom keys, or a key of the format (ReadSetting, generated).</summary>
        private bool ReadProperty(string key, AgentJsonReader reader)
        {
            switch (key)
            {
                case "$source":
                    SourcePath = reader.ReadString();
                    return true;
                case "$custom":
                    Metadata = reader.ReadStringMap();
                    return true;
                default:
                    return ReadSetting(key, reader);
            }
        }

        /// <summary>The agent's name (frontmatter key <c>name</c>): how it is referred to and spawned.</summary>
        public string Name { get; }

        /// <summary>When to use the agent (frontmatter key <c>description</c>); the orchestrator delegates on it.</summary>
        public string Description { get; }

        /// <summary>The system prompt: the file's body after the closing <c>---</c> line, with CRLF normalised to LF.</summary>
        public string Prompt { get; }

        /// <summary>The agent file, relative to the project.</summary>
        public string? SourcePath { get; private set; }

        /// <summary>Frontmatter keys outside the agent format: scalar values as text, lists and mappings as JSON.</summary>
        public global::System.Collections.Generic.IReadOnlyDictionary<string, string> Metadata { get; private set; } = new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new global::System.Collections.Generic.Dictionary<string, string>());

        /// <summary>True when the agent has no <c>tools</c> key and so inherits every tool.</summary>
        public bool InheritsAllTools
        {
            get { return Tools == null; }
        }

        /// <summary>The skills its <c>skills:</c> key names, as the project's <c>SkillCatalog</c> defines them, in order: what
        /// CreateAIAgent preloads. A name the project has no skill or command of is left out (the build reports it: AGEN039).</summary>
        public global::System.Collections.Generic.IReadOnlyList<SkillDefinition> PreloadedSkills
        {
            get
            {
                var found = new global::System.Collections.Generic.List<SkillDefinition>();
                foreach (var name in Skills)
                {
                    SkillDefinition? skill;
                    if (SkillCatalog.TryGet(name, out skill) && skill != null)
                    {
                        found.Add(skill);
                    }
                }

                return found;
            }
        }

        /// <summary>The agents this agent may spawn, from <c>Agent(a, b)</c> or <c>Task(a, b)</c> entries; empty when unrestricted.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> SpawnableAgents
        {
            get
            {
                return _spawnableAgents ?? (_spawnableAgents = new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(AgentToolEntries.SpawnTargets(Tools)));
            }
        }

        /// <summary>The allowlist's concrete tools as <see cref="AgentTool"/> members, in order (MCP servers and wildcards are
        /// only in <see cref="Tools"/>), or null when the agent inherits every tool.</summary>
        public global::System.Collections.Generic.IReadOnlyList<AgentTool>? TypedTools
        {
            get
            {
                if (Tools == null || _typedTools != null)
                {
                    return _typedTools;
                }

                var typed = new global::System.Collections.Generic.List<AgentTool>();
                foreach (var entry in Tools)
                {
                    AgentTool tool;
                    if (AgentToolEntries.IsConcrete(entry) && AgentTools.TryParse(AgentToolEntries.BaseName(entry), out tool) && !typed.Contains(tool))
                    {
                        typed.Add(tool);
                    }
                }

                return _typedTools = new global::System.Collections.ObjectModel.ReadOnlyCollection<AgentTool>(typed);
            }
        }

        /// <summary>The <c>{{path}}</c> placeholders of the prompt, in order of first use; empty when it has none.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> PromptPlaceholders
        {
            get { return Template.Placeholders; }
        }

        /// <summary>The <c>&lt;example&gt;</c> blocks of the description, one by one; empty when it has none.</summary>
        public global::System.Collections.Generic.IReadOnlyList<AgentExample> Examples
        {
            get { return ParsedExamples.All; }
        }

        /// <summary>The description without its examples: the text that says when to use the agent.</summary>
        public string DescriptionWithoutExamples
        {
            get { return ParsedExamples.DescriptionWithoutExamples; }
        }

        private AgentPromptTemplate Template
        {
            get { return _template ?? (_template = AgentPromptTemplate.Parse(Prompt)); }
        }

        private AgentExamples ParsedExamples
        {
            get { return _examples ?? (_examples = AgentExamples.Parse(Description)); }
        }

        /// <summary>The prompt with its placeholders filled, in one pass.</summary>
        /// <param name="values">The value of a placeholder by path (<c>techStack.backend.framework</c>), or null when it has none.</param>
        /// <param name="keepMissing">True to leave a placeholder without value as written instead of throwing.</param>
        /// <returns>The rendered prompt.</returns>
        /// <exception cref="AgentPromptValuesMissingException">Placeholders have no value (every one is named).</exception>
        public string RenderPrompt(global::System.Func<string, string?> values, bool keepMissing = false)
        {
            return Template.Render(values, Name, keepMissing);
        }

        /// <summary>Whether the agent may use a tool: see <see cref="CanUse(string)"/>.</summary>
        /// <param name="tool">The tool.</param>
        /// <returns>True when the agent may use the tool.</returns>
        public bool CanUse(AgentTool tool)
        {
            return CanUse(AgentTools.ToToolName(tool));
        }

        /// <summary>Whether the agent may use a tool given by name, such as <c>Bash</c> or <c>mcp__github__create_issue</c>:
        /// every tool when it inherits all, else the tools its allowlist names (exactly, through an MCP server or wildcard
        /// such as <c>mcp__github__*</c>, or <c>Task</c> for <c>Agent</c>), less those <see cref="DisallowedTools"/> names.</summary>
        /// <param name="toolName">The tool's name.</param>
        /// <returns>True when the agent may use the tool.</returns>
        public bool CanUse(string toolName)
        {
            return AgentToolEntries.CanUse(Tools, DisallowedTools, toolName);
        }

        /// <summary>Whether the agent may spawn the named agent: it must be able to use the Agent tool, and an
        /// <c>Agent(a, b)</c> allowlist must name it.</summary>
        /// <param name="agentName">The name of the agent to spawn.</param>
        /// <returns>True when the agent may spawn it.</returns>
        public bool CanSpawn(string agentName)
        {
            return AgentToolEntries.CanSpawn(Tools, DisallowedTools, agentName);
        }

        /// <summary>The agent's name.</summary>
        /// <returns>The agent's name.</returns>
        public override string ToString()
        {
            return Name;
        }
    }
}
