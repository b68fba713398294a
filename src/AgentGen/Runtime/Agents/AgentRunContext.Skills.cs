namespace AgentGen.Runtime
{
    /// <summary>How an agent gets the project's skills: its own preloaded, and the others offered (as skills to load, or,
    /// for a fork by an agent of the project, as a function that runs it).</summary>
    internal sealed partial class AgentRunContext
    {
        /// <summary>
        /// The skills the agent's <c>skills:</c> key names, preloaded as Claude Code preloads them: each skill's whole
        /// instructions in the agent's context, after its prompt. A name no skill of the project has is logged (once per
        /// agent; the build reports it as AGEN039) and left out.
        /// </summary>
        private string? Preload(AgentDefinition agent, string? instructions)
        {
            if (agent.Skills.Count == 0)
            {
                return instructions;
            }

            var preloaded = new global::System.Text.StringBuilder(instructions ?? string.Empty);
            foreach (var skill in agent.PreloadedSkills)
            {
                preloaded.Append("\n\n<skill name=\"").Append(skill.Name).Append("\">\n").Append(skill.Instructions.Trim('\n')).Append("\n</skill>");
            }

            foreach (var name in agent.Skills)
            {
                SkillDefinition? skill;
                if (!SkillCatalog.TryGet(name, out skill) && Settings.FirstWarning("skill:" + agent.Name + ":" + name))
                {
                    AgentLog.SkillMissing(Logger, agent.Name, name);
                }
            }

            return preloaded.ToString();
        }

        /// <summary>
        /// The skills offered to the model through the provider (<see cref="AgentSkills.All"/>), but for the forks it is
        /// given as functions; one the standard rejects is logged once and left out.
        /// </summary>
        private global::Microsoft.Agents.AI.AgentSkill[] Offered(global::System.Collections.Generic.Dictionary<SkillDefinition, AgentDefinition>? forks)
        {
            foreach (var skill in SkillCatalog.All)
            {
                string? reason;
                if (AgentSkills.IsOffered(skill) && AgentSkills.Reject(skill, out reason) != null && Settings.FirstWarning("skill-rejected:" + skill.SourcePath))
                {
                    AgentLog.SkillNotOffered(Logger, skill.Name, skill.SourcePath, reason ?? string.Empty);
                }
            }

            var all = AgentSkills.All();
            if (forks == null || forks.Count == 0)
            {
                return all;
            }

            var routed = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal);
            foreach (var fork in forks.Keys)
            {
                routed.Add(AgentSkills.NameFor(fork));
            }

            var kept = new global::System.Collections.Generic.List<global::Microsoft.Agents.AI.AgentSkill>();
            foreach (var skill in all)
            {
                if (!routed.Contains(skill.Frontmatter.Name))
                {
                    kept.Add(skill);
                }
            }

            return kept.ToArray();
        }

        /// <summary>
        /// The forked skills (<c>context: fork</c>) the model may pick whose <c>agent</c> is an agent of the catalog: each runs
        /// as a sub-agent, as Claude Code runs a fork. A fork by a built-in type (general-purpose, Explore) stays a skill
        /// of the provider, loaded into the conversation, since no agent of the project stands for that type.
        /// </summary>
        private global::System.Collections.Generic.Dictionary<SkillDefinition, AgentDefinition> Forks()
        {
            var forks = new global::System.Collections.Generic.Dictionary<SkillDefinition, AgentDefinition>();
            foreach (var skill in SkillCatalog.All)
            {
                string? reason;
                if (!skill.ForksContext || skill.Agent == null || !AgentSkills.IsOffered(skill) || AgentSkills.Reject(skill, out reason) != null)
                {
                    continue;
                }

                foreach (var candidate in Catalog)
                {
                    if (candidate.Name == skill.Agent)
                    {
                        forks[skill] = candidate;
                        break;
                    }
                }
            }

            return forks;
        }
    }
}
