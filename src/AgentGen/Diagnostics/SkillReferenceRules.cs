using System.Collections.Generic;
using AgentGen.Helpers;
using AgentGen.Parsing;
using AgentGen.Schema;

namespace AgentGen.Diagnostics;

/// <summary>An agent's <c>skills:</c> entries against the project's skills and commands (AGEN039), each at its entry.</summary>
internal static class SkillReferenceRules
{
    public static IEnumerable<Problem> Check(AgentDocument document, IReadOnlyDictionary<string, List<string>> skills)
    {
        if (document[AgentSchema.Skills] is not { } value)
        {
            yield break;
        }

        var agent = document.Name?.Value is { Length: > 0 } name ? name : "(unnamed)";
        foreach (var entry in value.Items)
        {
            if (entry.Value.Length == 0 || skills.ContainsKey(entry.Value))
            {
                continue;
            }

            var suggestion = EditDistance.Suggest(entry.Value, skills.Keys);
            yield return new Problem(DiagnosticDescriptors.UnknownSkill, entry.Start, entry.Length, agent, entry.Value,
                suggestion is null
                    ? $": add it as .claude/skills/{entry.Value}/SKILL.md, or remove the entry"
                    : $": did you mean '{suggestion}'?")
            {
                Properties = Problem.Suggesting(suggestion),
            };
        }
    }
}
