using System.Collections.Generic;
using System.Linq;
using AgentGen.Helpers;
using AgentGen.Parsing;
using AgentGen.Schema;

namespace AgentGen.Diagnostics;

/// <summary>
/// The rules on tool lists that need the project's settings (the known tools: built-ins plus AgentGenExtraTools):
/// unknown tools (AGEN009), duplicates and contradictions (AGEN013), and lists with no known tool at all (AGEN020).
/// </summary>
internal static class ToolListRules
{
    /// <param name="document">The agent file.</param>
    /// <param name="knownTools">The built-in tools, AgentGenExtraTools and the implemented ones.</param>
    /// <param name="runsAgents">True when the project has the AI layer: an unknown tool is then best implemented, not declared.</param>
    public static IEnumerable<Problem> Check(AgentDocument document, HashSet<string> knownTools, bool runsAgents = false)
    {
        var problems = new List<Problem>();
        CheckList(document.Tools, AgentSchema.Tools.Key, knownTools, runsAgents, problems);
        CheckList(document.DisallowedTools, AgentSchema.DisallowedTools.Key, knownTools, runsAgents, problems);
        if (document.Tools is { Entries.Count: > 0 } tools && !tools.Entries.Any(e => IsKnown(e, knownTools)))
        {
            problems.Add(new Problem(DiagnosticDescriptors.NoKnownTool, tools.Start, tools.Length,
                AgentSchema.Tools.Key, string.Join(", ", tools.Entries.Select(e => e.Text))));
        }

        if (document.Tools is { } allowed && document.DisallowedTools is { } denied)
        {
            var allowedNames = new HashSet<string>(allowed.Entries.Where(e => e.Argument is null).Select(e => e.Text), System.StringComparer.Ordinal);
            foreach (var entry in denied.Entries.Where(e => e.Argument is null && allowedNames.Contains(e.Text)))
            {
                problems.Add(new Problem(DiagnosticDescriptors.DuplicateTool, entry.Start, entry.Length, entry.Text,
                    "is both allowed in 'tools' and denied in 'disallowedTools': it is denied; remove it from one of them"));
            }
        }

        return problems;
    }

    /// <summary>A skill's or command's allowed-tools: unknown tools (AGEN009) and duplicates (AGEN013), as in an agent's tools.</summary>
    public static IEnumerable<Problem> CheckAllowedTools(AgentDocument document, HashSet<string> knownTools, bool runsAgents)
    {
        var problems = new List<Problem>();
        CheckList(document[AgentSchema.AllowedTools]?.Tools, AgentSchema.AllowedTools.Key, knownTools, runsAgents, problems);
        return problems;
    }

    private static void CheckList(ToolList? list, string key, HashSet<string> knownTools, bool runsAgents, List<Problem> problems)
    {
        if (list is null)
        {
            return;
        }

        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var entry in list.Entries)
        {
            if (!seen.Add(entry.Text))
            {
                problems.Add(new Problem(DiagnosticDescriptors.DuplicateTool, entry.Start, entry.Length, entry.Text, $"is listed twice in '{key}'"));
            }

            if (!IsKnown(entry, knownTools))
            {
                var suggestion = EditDistance.Suggest(entry.BaseName, knownTools);
                problems.Add(new Problem(DiagnosticDescriptors.UnknownTool, entry.Start, entry.Length, entry.Text, Hint(entry, suggestion, knownTools, runsAgents))
                {
                    Properties = Problem.Suggesting(suggestion),
                });
            }
        }
    }

    private static string Hint(ToolEntry entry, string? suggestion, HashSet<string> knownTools, bool runsAgents)
    {
        var words = entry.BaseName.Split(new[] { ' ', '\t' }, System.StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && words.All(knownTools.Contains))
        {
            return $": the list looks like it lacks commas; write '{string.Join(", ", words)}'";
        }

        if (suggestion is not null)
        {
            return $": did you mean '{suggestion}'?";
        }

        // With the AI layer the agents run here: the tool needs a method that runs it, which also makes it known.
        return runsAgents
            ? $": not a built-in tool; implement it with a method marked [AgentToolImplementation(\"{entry.BaseName}\")], or declare it in the MSBuild property AgentGenExtraTools if the app registers it at run time"
            : ": not a built-in tool; declare the app's own tools in the MSBuild property AgentGenExtraTools";
    }

    /// <summary>MCP entries cannot be checked at build time (servers are configured elsewhere): they count as known.</summary>
    public static bool IsKnown(ToolEntry entry, HashSet<string> knownTools) =>
        entry.Kind != ToolKind.Named || knownTools.Contains(entry.BaseName);
}
