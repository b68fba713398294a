using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using AgentGen.Diagnostics;
using AgentGen.Schema;

namespace AgentGen.Parsing;

/// <summary>
/// The checks of skills and commands that need nothing but the file: the description's length (AGEN041), positional
/// arguments without an argument-hint (AGEN042), an agent without a forked context (AGEN043), unscoped Bash
/// (AGEN044), a declared side-effect name the model may invoke (AGEN045), the body's size (AGEN046), an empty paths
/// (AGEN015), a path in someone's home folder (AGEN051), more shell injections than the guidance (AGEN052) and a forked
/// context with no task (AGEN053). Checks that
/// need the path or the project (the folder's name, the project's agents) are the analyzer's.
/// </summary>
internal static class SkillChecks
{
    public const int MaxDescription = 1024;

    public const int MaxBodyLines = 500;

    /// <summary>The Agent Skills standard's limit on compatibility (AgentSkillFrontmatter.MaxCompatibilityLength).</summary>
    public const int MaxCompatibility = 500;

    /// <summary>Words of a name that act on the world: a skill named with one should be for users to invoke.</summary>
    public static readonly string[] SideEffectWords = { "deploy", "publish", "release", "delete", "drop", "destroy", "push", "purge", "wipe", "truncate", "rollback" };

    /// <summary>$ARGUMENTS[N], and its shorthand $N: one digit on its own (not a price such as $500, not x$3y, not ${VAR}).</summary>
    private static readonly Regex Positional = new(@"\$ARGUMENTS\[(\d+)\]|(?<![\w$])\$(\d)(?![\w])", RegexOptions.CultureInvariant);

    /// <summary>A path in someone's home folder (/Users/ann/, /home/ann/, C:\Users\ann\), not a placeholder name.</summary>
    private static readonly Regex HomePath = new(@"(?:/Users/|/home/|[Cc]:[\\/]Users[\\/])(?<name>[A-Za-z0-9._-]+)[\\/]", RegexOptions.CultureInvariant);

    /// <summary>An inline shell injection, !`command`, at a line's start or after white space (KEY=!`x` stays literal).</summary>
    private static readonly Regex Injection = new(@"(?<![^\s])!`[^`\n]+`", RegexOptions.CultureInvariant);

    public const int MaxInjections = 3;

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

    private static readonly HashSet<string> PlaceholderNames = new(System.StringComparer.OrdinalIgnoreCase) { "user", "username", "name", "you", "yourname", "me", "myname", "someone", "example", "johndoe", "foo", "bar" };

    /// <summary>Any reference to the arguments: $ARGUMENTS (with or without an index) or a positional $N.</summary>
    private static readonly Regex AnyArgument = new(@"\$ARGUMENTS|(?<![\w$])\$\d(?![\w])", RegexOptions.CultureInvariant);

    /// <summary>Whether some line outside code blocks starts, after list markers and words such as "first", with an imperative verb.</summary>
    private static bool AsksForSomething(string text, int bodyStart)
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
        if (text.Length <= MaxDescription)
        {
            return text;
        }

        var end = text.LastIndexOf(' ', MaxDescription - 3);
        return text.Substring(0, end > 0 ? end : MaxDescription - 3).TrimEnd() + "...";
    }

    /// <summary>Whether the line has <c>$name</c> followed by no letter, digit or '_' (as Render reads a named argument).</summary>
    private static bool UsesName(string line, string name)
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

    public static string Noun(DocumentKinds kind) => kind == DocumentKinds.Command ? "command" : "skill";

    public static void Frontmatter(IReadOnlyList<FrontmatterValue> values, DocumentKinds kind, List<Problem> problems)
    {
        var byKey = values.ToDictionary(v => v.Key);
        if (kind == DocumentKinds.Skill && byKey.TryGetValue(AgentSchema.Description, out var description) && description.Text!.Length > MaxDescription)
        {
            problems.Add(new Problem(DiagnosticDescriptors.SkillDescriptionTooLong, description.Start, description.Length, "description", description.Text.Length.ToString(CultureInfo.InvariantCulture), MaxDescription.ToString(CultureInfo.InvariantCulture),
                "the model routes on it, so keep what it does and when to use it, and move the rest into the body"));
        }

        if (byKey.TryGetValue(AgentSchema.Compatibility, out var compatibility) && compatibility.Text!.Length > MaxCompatibility)
        {
            problems.Add(new Problem(DiagnosticDescriptors.SkillDescriptionTooLong, compatibility.Start, compatibility.Length, "compatibility", compatibility.Text.Length.ToString(CultureInfo.InvariantCulture), MaxCompatibility.ToString(CultureInfo.InvariantCulture),
                "say in a sentence or two what the skill needs (products, packages, network access), and move the details into the body"));
        }

        if (byKey.TryGetValue(AgentSchema.Agent, out var agent) && !(byKey.TryGetValue(AgentSchema.Context, out var context) && context.Text == "fork"))
        {
            problems.Add(new Problem(DiagnosticDescriptors.ForkAgent, agent.Start, agent.Length,
                $"'agent: {agent.Text}' picks the agent of a forked context, and the {Noun(kind)} has no 'context: fork', so it is ignored: add context: fork, or remove agent"));
        }

        if (byKey.TryGetValue(AgentSchema.AllowedTools, out var tools) && tools.Tools is { } list)
        {
            foreach (var entry in list.Entries.Where(e => e.BaseName == "Bash" && e.Argument is null))
            {
                problems.Add(new Problem(DiagnosticDescriptors.UnscopedBash, entry.Start, entry.Length, entry.Text, Noun(kind)));
            }
        }

        if (byKey.TryGetValue(AgentSchema.Paths, out var paths) && paths.Items.Length == 0)
        {
            problems.Add(new Problem(DiagnosticDescriptors.EmptyCollection, paths.Start, paths.Length,
                $"'paths' is empty: the {Noun(kind)} applies to no file; remove the key to apply it everywhere, or list the globs it is for"));
        }

        if (byKey.TryGetValue(AgentSchema.UserInvocable, out var invocable) && !invocable.Flag
            && byKey.TryGetValue(AgentSchema.DisableModelInvocation, out var disabled) && disabled.Flag)
        {
            problems.Add(new Problem(DiagnosticDescriptors.UnreachableSkill, invocable.Start, invocable.Length, Noun(kind)));
        }

        if (byKey.TryGetValue(AgentSchema.Name, out var name) && name.Text is { Length: > 0 } declared)
        {
            SideEffect(declared, name.Start, name.Length, byKey, kind, problems);
        }
    }

    /// <summary>A name with a side-effect word, for a skill or command the model may invoke (AGEN045).</summary>
    public static void SideEffect(string name, int start, int length, IReadOnlyDictionary<KeySpec, FrontmatterValue> values, DocumentKinds kind, List<Problem> problems)
    {
        if (values.TryGetValue(AgentSchema.DisableModelInvocation, out var disabled) && disabled.Flag)
        {
            return;
        }

        var word = name.ToLowerInvariant().Split('-', '_', ' ', '.').FirstOrDefault(SideEffectWords.Contains);
        if (word is not null)
        {
            problems.Add(new Problem(DiagnosticDescriptors.SideEffectWithoutGuard, start, length, Noun(kind), name, word));
        }
    }

    public static void Body(string text, int bodyStart, IEnumerable<FrontmatterValue> values, DocumentKinds kind, List<Problem> problems)
    {
        var hint = values.FirstOrDefault(v => v.Key == AgentSchema.ArgumentHint && v.Text is { Length: > 0 });
        // Names declared by 'arguments' are placeholders too ($issue), and name the positions as a hint does.
        var names = values.FirstOrDefault(v => v.Key == AgentSchema.Arguments)?.Items.Select(i => i.Value).Where(n => n.Length > 0).ToList() ?? new List<string>();
        var hasHint = hint is not null || names.Count > 0;
        var usesArguments = false;
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var highest = -1;
        var firsts = new List<(string Token, int Start)>();
        var inFence = false;
        var lines = 0;
        for (var lineStart = bodyStart; lineStart < text.Length; lines++)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var line = text.Substring(lineStart, lineEnd - lineStart);
            // Render fills arguments everywhere, code blocks included: any use there counts as a use.
            usesArguments |= AnyArgument.IsMatch(line) || names.Any(n => UsesName(line, n));
            if (line.TrimStart().StartsWith("```", System.StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", System.StringComparison.Ordinal))
            {
                inFence = !inFence;
            }

            else if (!inFence && !hasHint)
            {
                foreach (Match match in Positional.Matches(line))
                {
                    // A number too long for an int is still an argument position: the hint suggested is capped at ten anyway.
                    var digits = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
                    var index = int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : int.MaxValue;
                    highest = System.Math.Max(highest, System.Math.Min(index, 9));
                    if (seen.Add(match.Value))
                    {
                        firsts.Add((match.Value, lineStart + match.Index));
                    }
                }
            }

            lineStart = lineEnd + 1;
        }

        if (firsts.Count > 0)
        {
            // Claude Code's current numbering: $ARGUMENTS[0] and $0 are the first argument.
            var suggested = string.Join(" ", Enumerable.Range(0, highest + 1).Select(i => $"[arg{i}]"));
            foreach (var (token, start) in firsts)
            {
                problems.Add(new Problem(DiagnosticDescriptors.PositionalArgumentWithoutHint, start, token.Length, token, Noun(kind), suggested));
            }
        }

        if (hint is not null && !usesArguments)
        {
            problems.Add(new Problem(DiagnosticDescriptors.UnusedArgumentHint, hint.Start, hint.Length, Noun(kind)));
        }

        var injections = Injection.Matches(text, System.Math.Min(bodyStart, text.Length));
        if (injections.Count > MaxInjections)
        {
            var fourth = injections[MaxInjections];
            problems.Add(new Problem(DiagnosticDescriptors.TooManyInjections, fourth.Index, fourth.Length, Noun(kind), injections.Count.ToString(CultureInfo.InvariantCulture)));
        }

        foreach (Match home in HomePath.Matches(text, System.Math.Min(bodyStart, text.Length)))
        {
            if (!PlaceholderNames.Contains(home.Groups["name"].Value))
            {
                problems.Add(new Problem(DiagnosticDescriptors.HomePath, home.Index, home.Length, home.Value, Noun(kind)));
            }
        }

        if (values.FirstOrDefault(v => v.Key == AgentSchema.Context) is { Text: "fork" } fork && !AsksForSomething(text, bodyStart))
        {
            var empty = text.Substring(System.Math.Min(bodyStart, text.Length)).Trim().Length == 0;
            problems.Add(new Problem(DiagnosticDescriptors.ForkWithoutTask, fork.Start, fork.Length, Noun(kind), empty ? "is empty" : "has no instruction (no line starts with a verb such as find, run or write)"));
        }

        if (lines > MaxBodyLines)
        {
            problems.Add(new Problem(DiagnosticDescriptors.SkillBodyTooLong, bodyStart, 0, Noun(kind), lines.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
