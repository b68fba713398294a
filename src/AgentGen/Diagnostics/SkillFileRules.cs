using System.Collections.Generic;
using System.Linq;
using AgentGen.Helpers;
using AgentGen.Input;
using AgentGen.Parsing;
using AgentGen.Runtime;
using AgentGen.Schema;

namespace AgentGen.Diagnostics;

/// <summary>
/// The rules of a skill or command file that need its path or the project: a name another skill or command has
/// (AGEN050), the skill's name against its folder (AGEN040), a side-effect name that comes from the folder or file
/// (AGEN045), a forked skill's agent against the project's agents (AGEN043), and files its body refers to (AGEN049). The file's own rules came with its parse (<see cref="SkillChecks"/>).
/// </summary>
internal static class SkillFileRules
{
    /// <summary>A markdown link's target, or a bare path into one of the standard's folders.</summary>
    private static readonly System.Text.RegularExpressions.Regex FileReference = new(
        @"\]\((?<link>[^)\s#]+)(?:#[^)]*)?\)|(?<![\w/.-])(?<bare>(?:\./)?(?:references|scripts|assets)/[\w./-]*\w)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public static IEnumerable<Problem> Check(AgentFile file, AgentDocument document, HashSet<string> agentNames, HashSet<string> resources, IReadOnlyDictionary<string, List<string>> skills, string? projectDirectory)
    {
        var problems = new List<Problem>();
        var invokedAs = ProjectSkills.NameOf(file.Path, document.Kind, document.Name?.Value);
        if (skills.TryGetValue(invokedAs, out var sharing) && sharing.Count > 1 && sharing[0] != file.Path)
        {
            // Reported at every file but the first by path, which the catalog finds.
            var at = document.Name is { Value.Length: > 0 } own ? own : new Located<string>(invokedAs, 0, document.PromptStart > 0 ? 3 : 0);
            problems.Add(new Problem(DiagnosticDescriptors.DuplicateSkillName, at.Start, at.Length, invokedAs, Helpers.PathHelper.Relative(projectDirectory, sharing[0])));
        }

        var values = AgentSchema.KeysOf(document.Kind).Select(k => document[k]).Where(v => v is not null).ToDictionary(v => v!.Key, v => v!);
        var declared = document.Name;
        var fileName = ProjectSkills.FileNameOf(file.Path, document.Kind);
        if (document.Kind == DocumentKinds.Skill)
        {
            // A name whose only fault is its form ('Agent Development' in agent-development/) has the format warning alone,
            // whose example is the folder's name: one warning per token.
            if (declared is { Value.Length: > 0 } name && fileName.Length > 0 && name.Value != fileName
                && !(!FrontmatterReader.IsValidSkillName(name.Value) && FrontmatterReader.SuggestName(name.Value) == fileName))
            {
                problems.Add(new Problem(DiagnosticDescriptors.InvalidSkillName, name.Start, name.Length, name.Value,
                    $"differs from its folder '{fileName}': Claude Code calls the skill by its folder; rename one so that they match"));
            }
            else if (declared is null && fileName.Length > 0 && !FrontmatterReader.IsValidSkillName(fileName))
            {
                var example = FrontmatterReader.SuggestName(fileName);
                problems.Add(new Problem(DiagnosticDescriptors.InvalidSkillName, 0, 3, fileName,
                    "(its folder's name) should be 1 to 64 lowercase letters, digits and single hyphens, with no hyphen at either end" + (example.Length is > 0 and <= 64 ? $"; for example '{example}'" : string.Empty)));
            }
        }

        if (declared is not { Value.Length: > 0 } && fileName.Length > 0 && document.IsUsable)
        {
            SkillChecks.SideEffect(fileName, 0, document.PromptStart > 0 ? 3 : 0, values, document.Kind, problems);
        }

        // Without context: fork the agent key is ignored, which the parse already reported (AGEN043): once is enough.
        if (document[AgentSchema.Agent] is { Text.Length: > 0 } agent && document[AgentSchema.Context]?.Text == "fork" && !agentNames.Contains(agent.Text!)
            && System.Array.IndexOf(AgentToolEntries.BuiltInAgents, agent.Text) < 0)
        {
            var suggestion = EditDistance.Suggest(agent.Text!, agentNames.Concat(AgentToolEntries.BuiltInAgents));
            problems.Add(new Problem(DiagnosticDescriptors.ForkAgent, agent.Start, agent.Length,
                $"The {SkillChecks.Noun(document.Kind)} runs in the agent '{agent.Text}', and the project has no agent of that name" + (suggestion is null ? ": name one of its agents, or a built-in type such as general-purpose" : $": did you mean '{suggestion}'?"))
            {
                Properties = Problem.Suggesting(suggestion),
            });
        }

        if (document.Kind == DocumentKinds.Skill && file.Text is { } text)
        {
            MissingFiles(file.RelativePath, text.ToString(), document.PromptStart, resources, problems);
        }

        return problems;
    }

    /// <summary>
    /// The regex's matches, looked for only in lines that can hold one (a link's "](" or a standard folder's name): the
    /// regex's look-behind at every character of every body made skills cost several times an agent in the analyzer.
    /// </summary>
    private static IEnumerable<System.Text.RegularExpressions.Match> References(string text, int start)
    {
        for (var lineStart = start; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            if (Contains(text, "](", lineStart, lineEnd) || Contains(text, "references/", lineStart, lineEnd) || Contains(text, "scripts/", lineStart, lineEnd) || Contains(text, "assets/", lineStart, lineEnd))
            {
                for (var match = FileReference.Match(text, lineStart, lineEnd - lineStart); match.Success; match = match.NextMatch())
                {
                    yield return match;
                }
            }

            lineStart = lineEnd + 1;
        }
    }

    private static bool Contains(string text, string value, int start, int end) =>
        text.IndexOf(value, start, end - start, System.StringComparison.Ordinal) >= 0;

    /// <summary>Relative files the body refers to that the skill's folder lacks (AGEN049), each at its first mention.</summary>
    private static void MissingFiles(string relativePath, string text, int bodyStart, HashSet<string> resources, List<Problem> problems)
    {
        var folder = relativePath.Substring(0, relativePath.LastIndexOf('/') + 1);
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var match in References(text, System.Math.Min(bodyStart, text.Length)))
        {
            var group = match.Groups["link"].Success ? match.Groups["link"] : match.Groups["bare"];
            var target = group.Value;
            if (target.Contains("://") || target.StartsWith("/", System.StringComparison.Ordinal) || target.StartsWith("~", System.StringComparison.Ordinal)
                || target.StartsWith("mailto:", System.StringComparison.Ordinal) || target.IndexOfAny(new[] { '$', '{', '<', '*', '\\' }) >= 0 || target.Contains(".."))
            {
                continue; // elsewhere, outside the folder, or a placeholder: not the folder's to have
            }

            var path = folder + (target.StartsWith("./", System.StringComparison.Ordinal) ? target.Substring(2) : target);
            if (path == relativePath || resources.Contains(path) || resources.Contains(path.TrimEnd('/') + "/") || !seen.Add(path))
            {
                continue; // the file, or a folder that has files
            }

            problems.Add(new Problem(DiagnosticDescriptors.MissingSkillFile, group.Index, group.Length, target, path));
        }
    }
}
