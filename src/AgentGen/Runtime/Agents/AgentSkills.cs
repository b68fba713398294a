namespace AgentGen.Runtime
{
    /// <summary>
    /// The project's skills as Microsoft Agent Framework skills, in memory (no file system at run time): offer them to any
    /// agent with <see cref="CreateProvider"/>, an <c>AgentSkillsProvider</c> that lists them in the instructions and lets
    /// the model load one when it needs it. (An agent's own <c>skills:</c> are preloaded by CreateAIAgent.)
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    public static class AgentSkills
    {
        /// <summary>Every skill of the project the model may pick, as Agent Framework skills: not the commands, not the skills
        /// with <c>disable-model-invocation: true</c>, which only a user runs, and not a skill the Agent Skills standard
        /// rejects (a description over 1024 characters, a compatibility over 500, a name that neither it nor its folder
        /// makes valid), which the build has reported (AGEN040, AGEN041); <see cref="Create"/> says why for one of those.</summary>
        /// <returns>A new array of the skills.</returns>
        public static global::Microsoft.Agents.AI.AgentSkill[] All()
        {
            var skills = new global::System.Collections.Generic.List<global::Microsoft.Agents.AI.AgentSkill>();
            foreach (var skill in SkillCatalog.All)
            {
                string? reason;
                if (IsOffered(skill) && Reject(skill, out reason) == null)
                {
                    skills.Add(Create(skill));
                }
            }

            return skills.ToArray();
        }

        /// <summary>One skill as an Agent Framework skill: its name, description, instructions and resources, and the Agent
        /// Skills standard's keys (license, compatibility, allowed-tools space-separated, metadata). A declared name the
        /// standard rejects (<c>name: PDF Tools</c>, AGEN040) gives way to the skill's folder name, as the standard asks the
        /// two to match.</summary>
        /// <param name="skill">The skill.</param>
        /// <returns>The skill.</returns>
        /// <exception cref="global::System.InvalidOperationException">Its name, description or compatibility breaks the Agent Skills standard.</exception>
        public static global::Microsoft.Agents.AI.AgentSkill Create(SkillDefinition skill)
        {
            if (skill == null) throw new global::System.ArgumentNullException("skill");
            string? reason;
            var name = Reject(skill, out reason);
            if (name != null)
            {
                throw new global::System.InvalidOperationException("The skill '" + skill.Name + "' (" + skill.SourcePath + ") cannot be an Agent Framework skill: " + reason + " The build reports it (AGEN040, AGEN041): fix its name, description or compatibility.");
            }

            var metadata = skill.Metadata.Count == 0 ? null : new global::Microsoft.Extensions.AI.AdditionalPropertiesDictionary();
            if (metadata != null)
            {
                foreach (var entry in skill.Metadata)
                {
                    metadata[entry.Key] = entry.Value;
                }
            }

            var tools = skill.AllowedTools.Count == 0 ? null : string.Join(" ", skill.AllowedTools);
            var created = new global::Microsoft.Agents.AI.AgentInlineSkill(NameFor(skill), skill.Description, skill.Instructions, skill.License, skill.Compatibility, tools, metadata, null, null);            foreach (var resource in skill.Resources)
            {
                // The text itself, embedded at build time: the model reads it through the provider's tool, no file is opened.
                created.AddResource(resource.Path, resource.Content, null);
            }

            return created;
        }

        /// <summary>
        /// The run options of one run of a skill or command (pass them with its rendered text to <c>RunAsync</c>): its
        /// <c>model</c> and <c>effort</c> for that run only (<see cref="SkillDefinition.CreateChatOptions"/>), or null when it
        /// sets neither. A forked skill (<c>context: fork</c>) runs in the agent its <c>agent</c> key names: create that
        /// agent (<c>AgentCatalog.CreateAIAgent(skill.Agent, ...)</c>) and run it with the same text and options.
        /// </summary>
        /// <param name="skill">The skill or command.</param>
        /// <param name="options">Model ids; the defaults when null.</param>
        /// <returns>The run options, or null.</returns>
        public static global::Microsoft.Agents.AI.AgentRunOptions? CreateRunOptions(SkillDefinition skill, AgentRunSettings? options = null)
        {
            if (skill == null) throw new global::System.ArgumentNullException("skill");
            var chatOptions = skill.CreateChatOptions(options);
            return chatOptions == null ? null : new global::Microsoft.Agents.AI.ChatClientAgentRunOptions(chatOptions);
        }

        /// <summary>
        /// Runs a skill or command as a user's <c>/name arguments</c> does: its text rendered with the arguments
        /// (<see cref="SkillDefinition.Render(string)"/>) as the user message, with its <c>model</c> and <c>effort</c> for this
        /// run only (<see cref="CreateRunOptions"/>). A forked skill (<c>context: fork</c>) does not see the conversation:
        /// run it on the agent its <c>agent</c> key names, without the conversation's session.
        /// </summary>
        /// <param name="agent">The agent that runs it.</param>
        /// <param name="skill">The skill or command.</param>
        /// <param name="arguments">What follows <c>/name</c>, such as <c>1234 high</c>.</param>
        /// <param name="session">The conversation, or null for a new one.</param>
        /// <param name="options">Model ids; the defaults when null.</param>
        /// <param name="cancellationToken">Cancels the run.</param>
        /// <returns>The agent's response.</returns>
        public static global::System.Threading.Tasks.Task<global::Microsoft.Agents.AI.AgentResponse> RunSkillAsync(this global::Microsoft.Agents.AI.AIAgent agent, SkillDefinition skill, string arguments, global::Microsoft.Agents.AI.AgentSession? session = null, AgentRunSettings? options = null, global::System.Threading.CancellationToken cancellationToken = default(global::System.Threading.CancellationToken))
        {
            if (agent == null) throw new global::System.ArgumentNullException("agent");
            if (skill == null) throw new global::System.ArgumentNullException("skill");
            return agent.RunAsync(skill.Render(arguments), session, CreateRunOptions(skill, options), cancellationToken);
        }

        /// <summary>Whether the model may be offered the skill: a skill (not a command) that does not disable model invocation.</summary>
        internal static bool IsOffered(SkillDefinition skill)
        {
            return !skill.IsCommand && !skill.DisableModelInvocation;
        }

        /// <summary>Null when the skill can be an Agent Framework skill; else its name, with the standard's reason.</summary>
        internal static string? Reject(SkillDefinition skill, out string? reason)
        {
            if (!global::Microsoft.Agents.AI.AgentSkillFrontmatter.ValidateName(NameFor(skill), out reason)
                || !global::Microsoft.Agents.AI.AgentSkillFrontmatter.ValidateDescription(skill.Description, out reason)
                || !global::Microsoft.Agents.AI.AgentSkillFrontmatter.ValidateCompatibility(skill.Compatibility, out reason))
            {
                return skill.Name;
            }

            return null;
        }

        /// <summary>The skill's name, or its folder's when the standard rejects the declared one and accepts the folder's.</summary>
        internal static string NameFor(SkillDefinition skill)
        {
            string? reason;
            if (global::Microsoft.Agents.AI.AgentSkillFrontmatter.ValidateName(skill.Name, out reason))
            {
                return skill.Name;
            }

            var path = skill.SourcePath;
            var end = path.LastIndexOf('/');
            var start = end > 0 ? path.LastIndexOf('/', end - 1) + 1 : 0;
            var folder = end > start ? path.Substring(start, end - start) : skill.Name;
            return global::Microsoft.Agents.AI.AgentSkillFrontmatter.ValidateName(folder, out reason) ? folder : skill.Name;
        }

        /// <summary>An <c>AgentSkillsProvider</c> of every skill of the project: add it to an agent's context providers.</summary>
        /// <returns>The provider.</returns>
        public static global::Microsoft.Agents.AI.AgentSkillsProvider CreateProvider()
        {
            return new global::Microsoft.Agents.AI.AgentSkillsProvider(All());
        }
    }
}
