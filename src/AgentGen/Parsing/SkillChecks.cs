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
/// context with no task (AGEN053, read by <see cref="SkillText"/>). Checks that
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

    private static readonly HashSet<string> PlaceholderNames = new(System.StringComparer.OrdinalIgnoreCase) { "user", "username", "name", "you", "yourname", "me", "myname", "someone", "example", "johndoe", "foo", "bar" };

    /// <summary>Any reference to the arguments: $ARGUMENTS (with or without an index) or a positional $N.</summary>
    private static readonly Regex AnyArgument = new(@"\$ARGUMENTS|(?<![\w$])\$\d(?![\w])", RegexOptions.CultureInvariant);

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
            usesArguments |= AnyArgument.IsMatch(line) || names.Any(n => SkillText.UsesName(line, n));
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

        if (values.FirstOrDefault(v => v.Key == AgentSchema.Context) is { Text: "fork" } fork && !SkillText.AsksForSomething(text, bodyStart))
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
