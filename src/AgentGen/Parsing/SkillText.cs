using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AgentGen.Schema;

namespace AgentGen.Parsing;

/// <summary>
/// Readings of a skill's or command's body that both the build and the generator rely on: what describes it without a
/// description (as Claude Code falls back), whether it asks for anything (AGEN053), and whether it uses a named argument
/// (as <c>SkillDefinition.Render</c> reads <c>$name</c>).
/// </summary>
internal static class SkillText
{
    /// <summary>Verbs that start an instruction (AGEN053): a forked context needs at least one line that asks for something.</summary>
    private static readonly HashSet<string> ImperativeVerbs = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "add", "analyze", "analyse", "answer", "apply", "ask", "assess", "audit", "build", "calculate", "call", "check", "choose", "classify",
        "clean", "collect", "compare", "compile", "compose", "confirm", "convert", "copy", "count", "create", "debug", "decide", "define",
        "delete", "deploy", "describe", "design", "detect", "determine", "diagnose", "do", "document", "download", "draft", "edit", "ensure",
        "estimate", "evaluate", "examine", "execute", "explain", "explore", "extract", "fetch", "fill", "find", "fix", "follow", "format",
        "gather", "generate", "get", "give", "go", "grep", "group", "identify", "implement", "improve", "include", "inspect", "install",
        "investigate", "keep", "label", "launch", "list", "load", "locate", "look", "make", "map", "mark", "measure", "merge", "migrate",
        "monitor", "move", "note", "open", "optimize", "optimise", "organize", "organise", "outline", "parse", "perform", "pick", "plan",
        "prepare", "print", "prioritize", "prioritise", "produce", "propose", "provide", "publish", "pull", "push", "put", "query", "rank",
        "read", "record", "refactor", "remove", "rename", "render", "replace", "report", "reproduce", "research", "resolve", "respond",
        "restore", "return", "review", "rewrite", "run", "save", "scan", "search", "select", "send", "set", "show", "sort", "split", "start",
        "stop", "suggest", "summarize", "summarise", "take", "tell", "test", "trace", "translate", "triage", "try", "turn", "update",
        "upgrade", "use", "validate", "verify", "visit", "walk", "watch", "write",
    };

    /// <summary>Words that may come before the verb of an instruction: "First, read ...", "Always run ...".</summary>
    private static readonly HashSet<string> LeadingWords = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "first", "then", "next", "finally", "now", "please", "always", "also", "carefully", "briefly", "quickly", "thoroughly", "only", "and",
    };

    /// <summary>What a line may start with before its first word: list markers, numbers, headings, quotes, emphasis, "Step 2:".</summary>
    private static readonly Regex LinePrefix = new(@"^(?:\s|[-*+>#|]|\d+[.)]|\*\*|__|step\s*\d+\s*[:.)-]|task\s*:|goal\s*:)*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// What describes a skill or command that has no description, as Claude Code reads it: a command's first non-empty
    /// line (a leading '#' removed); a skill's first paragraph that is not a heading (its lines joined), else its first
    /// heading, else its name. At most 1024 characters, cut at a word.
    /// </summary>
    public static string FallbackDescription(string body, DocumentKinds kind, string name)
    {
        var lines = body.Split('\n').Select(l => l.Trim()).ToList();
        string? heading = null;
        if (kind == DocumentKinds.Skill)
        {
            var paragraph = new List<string>();
            var inFence = false;
            foreach (var line in lines)
            {
                if (line.StartsWith("```", System.StringComparison.Ordinal) || line.StartsWith("~~~", System.StringComparison.Ordinal))
                {
                    inFence = !inFence;
                }
                else if (!inFence && line.StartsWith("#", System.StringComparison.Ordinal))
                {
                    heading ??= line.TrimStart('#').Trim();
                    if (paragraph.Count > 0)
                    {
                        break;
                    }
                }
                else if (!inFence && line.Length > 0 && !line.StartsWith("<!--", System.StringComparison.Ordinal))
                {
                    paragraph.Add(line);
                    continue;
                }

                if (paragraph.Count > 0)
                {
                    break;
                }
            }

            if (paragraph.Count > 0)
            {
                return Cut(string.Join(" ", paragraph));
            }
        }

        var first = lines.Select(l => l.TrimStart('#').Trim()).FirstOrDefault(l => l.Length > 0);
        return Cut(heading is { Length: > 0 } ? heading : first ?? name);
    }

    private static string Cut(string text)
    {
        if (text.Length <= SkillChecks.MaxDescription)
        {
            return text;
        }

        var end = text.LastIndexOf(' ', SkillChecks.MaxDescription - 3);
        return text.Substring(0, end > 0 ? end : SkillChecks.MaxDescription - 3).TrimEnd() + "...";
    }

    /// <summary>Whether some line outside code blocks starts, after list markers and words such as "first", with an imperative verb.</summary>
    public static bool AsksForSomething(string text, int bodyStart)
    {
        var inFence = false;
        foreach (var raw in text.Substring(System.Math.Min(bodyStart, text.Length)).Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("```", System.StringComparison.Ordinal) || line.StartsWith("~~~", System.StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            // The line's first word, or the first after a leading clause: "For each issue, give its severity".
            var content = line.Substring(LinePrefix.Match(line).Length);
            var comma = content.IndexOf(',');
            foreach (var clause in comma > 0 ? new[] { content, content.Substring(comma + 1) } : new[] { content })
            {
                var words = clause.Split(new[] { ' ', '\t', ',', ':', '*', '_', '`' }, System.StringSplitOptions.RemoveEmptyEntries);
                var first = words.SkipWhile(LeadingWords.Contains).FirstOrDefault();
                if (first is not null && ImperativeVerbs.Contains(first))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the line has <c>$name</c> followed by no letter, digit or '_' (as Render reads a named argument).</summary>
    public static bool UsesName(string line, string name)
    {
        for (var at = line.IndexOf("$" + name, System.StringComparison.Ordinal); at >= 0; at = line.IndexOf("$" + name, at + 1, System.StringComparison.Ordinal))
        {
            var end = at + 1 + name.Length;
            if (end == line.Length || !(char.IsLetterOrDigit(line[end]) || line[end] == '_'))
            {
                return true;
            }
        }

        return false;
    }
}
