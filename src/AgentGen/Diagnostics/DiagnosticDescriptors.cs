using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace AgentGen.Diagnostics;

/// <summary>
/// Every diagnostic AgentGen reports, in one table. IDs are stable and never renumbered; each has a page under
/// docs/diagnostics/ behind its help link (a test checks it), and an entry in AnalyzerReleases.*.md (RS2008 checks it).
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string Category = "AgentGen";

    /// <summary>Where the rule pages live; the package's repository URL.</summary>
    public const string HelpRoot = "https://github.com/agentgen-dev/agentgen/blob/main/docs/diagnostics/";

    /// <summary>The diagnostic property carrying a did-you-mean suggestion, for code fixes and tools.</summary>
    public const string SuggestionProperty = "Suggestion";

    public static readonly DiagnosticDescriptor NotAnAgentFile = Create(
        "AGEN001", "Not an agent file",
        "This file is not {0}: its first line must be '---' to open the YAML frontmatter; the file is skipped",
        DiagnosticSeverity.Warning,
        "An agent file starts with a '---' line that opens its YAML frontmatter. A file given as an agent file without one is skipped: no class is generated.");

    public static readonly DiagnosticDescriptor FrontmatterNotClosed = Create(
        "AGEN002", "Frontmatter not closed",
        "The frontmatter opened on line 1 is never closed: add a line '---' after the last key{0}",
        DiagnosticSeverity.Error,
        "Without a closing '---' line, Claude Code reads no agent from the file, and AgentGen cannot tell the frontmatter from the prompt.");

    public static readonly DiagnosticDescriptor InvalidYaml = Create(
        "AGEN003", "Frontmatter is not valid YAML",
        "The frontmatter is not valid YAML: {0}",
        DiagnosticSeverity.Error,
        "The frontmatter must be valid YAML; a character YAML reads as syntax (*, &, !, |, >, %, @, `, [, {, ': ') or a tab in the indentation makes the whole file unreadable.");

    public static readonly DiagnosticDescriptor RequiredKeyMissing = Create(
        "AGEN004", "Required key missing or empty",
        "Required key '{0}' {1}",
        DiagnosticSeverity.Error,
        "Every agent needs a 'name' (how it is called) and a 'description' (when to delegate to it); Claude Code does not load an agent without them.");

    public static readonly DiagnosticDescriptor WrongValueType = Create(
        "AGEN005", "Value of the wrong type",
        "'{0}' must be {1}, but it is {2}{3}",
        DiagnosticSeverity.Error,
        "A key's value has the wrong YAML type (a list where a string is expected, text where a number is expected); the value is ignored.");

    public static readonly DiagnosticDescriptor InvalidName = Create(
        "AGEN006", "Agent name is not lowercase letters, digits and hyphens",
        "Agent name '{0}' should contain only lowercase letters, digits and hyphens{1}",
        DiagnosticSeverity.Warning,
        "Agent names are identifiers such as code-reviewer: lowercase letters, digits and hyphens. A ':' is reserved for plugin agents and is an error.");

    public static readonly DiagnosticDescriptor DuplicateName = Create(
        "AGEN007", "Two agents with the same name",
        "Agent name '{0}' is defined more than once in namespace '{1}' (also in '{2}'): Claude Code keeps only one of them",
        DiagnosticSeverity.Error,
        "Two agent files of one namespace have the same name; Claude Code silently drops one of them.",
        compilationEnd: true);

    public static readonly DiagnosticDescriptor MisspelledKey = Create(
        "AGEN008", "Unknown key that looks like a known one",
        "Unknown key '{0}': did you mean '{1}'? Claude Code ignores unknown keys{2}",
        DiagnosticSeverity.Warning,
        "A key that is not part of the format but close to one that is: Claude Code ignores it, so the setting it was meant to make is lost.");

    public static readonly DiagnosticDescriptor UnknownTool = Create(
        "AGEN009", "Unknown tool",
        "Unknown tool '{0}'{1}",
        DiagnosticSeverity.Warning,
        "A tool name that is neither a Claude Code tool nor one of the project's own tools (AgentGenExtraTools); an agent cannot use a tool that does not exist.");

    public static readonly DiagnosticDescriptor ValueNotAllowed = Create(
        "AGEN010", "Value outside the allowed set",
        "'{0}' is not a valid {1}{2}",
        DiagnosticSeverity.Warning,
        "A key with a fixed set of values (model alias, permission mode, effort, memory, color, ...) has a value outside the set; Claude Code ignores it.");

    public static readonly DiagnosticDescriptor EmptyPrompt = Create(
        "AGEN011", "Empty prompt",
        "Agent '{0}' has an empty prompt: write its system prompt below the closing '---'",
        DiagnosticSeverity.Warning,
        "The body below the frontmatter is the agent's system prompt; an agent without one has no instructions.");

    public static readonly DiagnosticDescriptor DuplicateKey = Create(
        "AGEN012", "Duplicate key",
        "Key '{0}' appears more than once (first on line {1}): the last value is used here, and strict YAML loaders reject the file",
        DiagnosticSeverity.Error,
        "A key written twice: YAML forbids it, and loaders disagree on which value wins.");

    public static readonly DiagnosticDescriptor DuplicateTool = Create(
        "AGEN013", "Tool listed twice or both allowed and denied",
        "Tool '{0}' {1}",
        DiagnosticSeverity.Warning,
        "A tool listed twice, or both allowed in 'tools' and denied in 'disallowedTools' (where it is denied): one of them is a mistake.");

    public static readonly DiagnosticDescriptor UnknownSpawnTarget = Create(
        "AGEN014", "Agent(...) names an agent the project does not define",
        "'{0}' lets this agent spawn '{1}', but the project defines no agent of that name{2}",
        DiagnosticSeverity.Warning,
        "Agent(a, b) lists the agents this one may spawn; a name no agent file defines (nor a Claude Code built-in agent) can never be spawned.",
        compilationEnd: true);

    public static readonly DiagnosticDescriptor EmptyCollection = Create(
        "AGEN015", "Empty collection that changes meaning",
        "{0}",
        DiagnosticSeverity.Warning,
        "An empty value that means something else than leaving the key out: 'tools: []' gives the agent no tool at all, 'hooks: []' hides it.");

    public static readonly DiagnosticDescriptor ByteOrderMark = Create(
        "AGEN016", "Byte order mark before the frontmatter",
        "The file starts with a byte order mark: older Claude Code versions ignore such agent files; save it as UTF-8 without BOM",
        DiagnosticSeverity.Info,
        "A UTF-8 byte order mark before the first '---' makes older Claude Code versions miss the frontmatter.");

    public static readonly DiagnosticDescriptor FileTooLarge = Create(
        "AGEN017", "Agent file too large",
        "The agent file is {0} bytes, more than the limit of {1} bytes (MSBuild property AgentGenMaxFileSize); the file is skipped",
        DiagnosticSeverity.Error,
        "Agent files above the size limit are not read, so that one huge file cannot slow every build and keystroke.");

    public static readonly DiagnosticDescriptor IdentifierCollision = Create(
        "AGEN018", "Two agent names map to the same C# identifier",
        "Agent names '{0}' and '{1}' both map to the C# class '{2}' in namespace '{3}': '{1}' is generated as '{4}'; rename one of them",
        DiagnosticSeverity.Error,
        "Two names that differ only in punctuation or case give one C# class name; the second gets a number, which code can silently start using instead.",
        compilationEnd: true);

    public static readonly DiagnosticDescriptor UnquotedColon = Create(
        "AGEN019", "Plain value is not valid YAML",
        "The value of '{0}' {1}: AgentGen reads the rest of the line as the value, as Claude Code does, but other YAML loaders reject the file or read it differently; quote the value",
        DiagnosticSeverity.Warning,
        "A one-line value that strict YAML rejects or reads differently (an unquoted ': ', a leading '@', '%', '`' or '!'); Claude Code reads the line as text, other tools do not.");

    public static readonly DiagnosticDescriptor NoKnownTool = Create(
        "AGEN020", "None of the listed tools is known",
        "None of the tools in '{0}' is known ({1}): Claude Code would refuse to spawn the agent; fix the names, or declare the app's own tools in the MSBuild property AgentGenExtraTools",
        DiagnosticSeverity.Warning,
        "An allowlist in which no tool exists leaves the agent with nothing to use.");

    public static readonly DiagnosticDescriptor CustomKey = Create(
        "AGEN021", "Custom key",
        "Custom key '{0}' is not part of the {1} format: {2}",
        DiagnosticSeverity.Info,
        "A key outside the format of its kind of file, far from every known key: kept for the app (AgentDefinition.Metadata, SkillDefinition.CustomKeys), ignored by Claude Code.");

    public static readonly DiagnosticDescriptor LimitExceeded = Create(
        "AGEN022", "Frontmatter exceeds a structural limit",
        "The frontmatter exceeds a limit ({0}); the file is skipped",
        DiagnosticSeverity.Error,
        "Nesting, node count and alias expansion are bounded, so that no file can hang the IDE or exhaust the compiler's memory.");

    public static readonly DiagnosticDescriptor InvalidSetting = Create(
        "AGEN023", "Invalid AgentGen setting",
        "{0} is '{1}': {2}",
        DiagnosticSeverity.Warning,
        "An MSBuild property or item metadata of AgentGen has a value it cannot use; the default is used instead.",
        compilationEnd: true);

    public static readonly DiagnosticDescriptor MalformedHook = Create(
        "AGEN024", "Hook event or entry Claude Code cannot run",
        "{0}",
        DiagnosticSeverity.Warning,
        "Claude Code silently ignores a hook it cannot read: an unknown event, an entry without a 'hooks' list, a handler without its 'type' or command.");

    public static readonly DiagnosticDescriptor BypassPermissions = Create(
        "AGEN025", "Agent skips every permission check",
        "'permissionMode: bypassPermissions' lets this agent run every tool it has, shell commands and file edits included, without asking for approval: use 'acceptEdits' or 'default' unless the agent runs in a sandbox (a project that means it suppresses AGEN025)",
        DiagnosticSeverity.Warning,
        "bypassPermissions turns off every approval prompt for the agent; it is meant for isolated sandboxes, not for agents checked into a repository by accident.");

    public static readonly DiagnosticDescriptor FrontmatterNotOnFirstLine = Create(
        "AGEN026", "Frontmatter not on the first line",
        "The frontmatter does not start on line 1, column 1 ({0}): Claude Code never loads this agent; {1}",
        DiagnosticSeverity.Error,
        "Claude Code reads an agent's frontmatter only when its '---' is the very first line; blank lines or indentation before it make the agent silently disappear.");

    public static readonly DiagnosticDescriptor ToolNotImplemented = Create(
        "AGEN027", "Agent lists a tool no method implements",
        "Agent '{0}' lists tool '{1}', but no method implements it: add [AgentToolImplementation(\"{1}\")] to the method that does it{2}",
        DiagnosticSeverity.Warning,
        "Once a project implements tools with [AgentToolImplementation], every tool an agent lists must have an implementation, or running the agent fails when its options are built (MCP tools and tools in AgentGenExtraTools are registered at run time and not checked).");

    public static readonly DiagnosticDescriptor ToolImplementedTwice = Create(
        "AGEN028", "Two methods implement one tool",
        "Tool '{0}' is implemented by both '{1}' and '{2}': the toolbox binds one method to a name; remove one of the attributes",
        DiagnosticSeverity.Error,
        "A tool name maps to exactly one method; with two, which one the model calls would depend on the order of declarations.",
        compilationEnd: true);

    public static readonly DiagnosticDescriptor ToolNotUsed = Create(
        "AGEN029", "Tool implementation no agent uses",
        "No agent lists tool '{0}' that '{1}' implements: add it to an agent's 'tools', declare it in the MSBuild property AgentGenExtraTools if agents are given it another way, or remove the attribute",
        DiagnosticSeverity.Info,
        "An implementation whose tool no agent file names is offered only to agents that inherit every tool; often the name differs from what the agent files write.",
        compilationEnd: true);

    public static readonly DiagnosticDescriptor ToolParameterNotDescribable = Create(
        "AGEN030", "Tool parameter a model cannot fill",
        "Parameter '{0}' of tool implementation '{1}' cannot be described to a model: {2}",
        DiagnosticSeverity.Error,
        "A model calls a tool with JSON arguments; ref, out and in parameters, pointers and ref structs have no JSON form.");

    public static readonly DiagnosticDescriptor ToolMethodNotBindable = Create(
        "AGEN031", "Method cannot implement a tool",
        "Method '{0}' cannot implement tool '{1}': {2}",
        DiagnosticSeverity.Error,
        "The generated toolbox calls the method directly: it must be accessible to the project, non-generic, with at most 16 parameters and a result a model can read, under a tool name model APIs accept.");

    public static readonly DiagnosticDescriptor InvalidPlaceholder = Create(
        "AGEN032", "Placeholder that is not a path",
        "'{0}' is not a placeholder AgentGen can fill: a placeholder is names joined by dots (such as techStack.backend.framework) between double braces; fix the name, or remove the braces if it is not meant to be filled",
        DiagnosticSeverity.Warning,
        "In a prompt with placeholders, double braces around something that is not names joined by dots are neither filled nor left alone on purpose: a typo in a placeholder stays in the prompt the model reads.");

    public static readonly DiagnosticDescriptor MustacheForm = Create(
        "AGEN033", "Mustache form left as text",
        "'{0}' is a Mustache {1}, which AgentGen does not render: it stays in the prompt as written; only placeholders (names joined by dots) are filled",
        DiagnosticSeverity.Info,
        "AgentGen fills {{path}} placeholders only; sections, partials, comments and triple braces stay as they are, so that nobody believes they are rendered.");

    public static readonly DiagnosticDescriptor TemplateLanguage = Create(
        "AGEN038", "Jinja or Liquid syntax in a prompt",
        "'{0}' is {1} of Jinja or Liquid, which AgentGen does not render: the model reads it as written. AgentGen fills only {{{{path}}}} placeholders: compute the value in C# and pass it as a placeholder, or put the text in a code block if the model should see it",
        DiagnosticSeverity.Warning,
        "Prompts copied from Jinja or Liquid templates keep their filters, tags and whitespace control; AgentGen fills {{path}} placeholders only, so the rest would reach the model as raw template code.");

    public static readonly DiagnosticDescriptor ExampleTag = Create(
        "AGEN034", "Example tag not closed, nested or not opened",
        "{0}",
        DiagnosticSeverity.Warning,
        "A description's <example> blocks become AgentDefinition.Examples; a tag that is not closed, or nested, or a closing tag with no opening one, loses or merges examples.");

    public static readonly DiagnosticDescriptor WrongEncoding = Create(
        "AGEN035", "Text saved with the wrong encoding",
        "{0}",
        DiagnosticSeverity.Warning,
        "UTF-8 text that was read as Windows-1252, Latin-1 or Mac Roman and saved again (üîß for 🔧, Ã© for é): the model receives the garbage. The message shows the repaired text.");

    public static readonly DiagnosticDescriptor PromptArgumentsLimit = Create(
        "AGEN036", "No typed prompt arguments beyond the limits",
        "The agent gets no typed PromptArguments: placeholder '{0}' is beyond a limit ({1}); fill the prompt with RenderPrompt(path => ...), or use fewer or shorter paths",
        DiagnosticSeverity.Info,
        "PromptArguments has a nested class per group of a path and a property per placeholder, up to 256 placeholders of up to 16 names each; beyond that the class would be unusable or too deep to compile, and only RenderPrompt with a lookup is generated.");

    public static readonly DiagnosticDescriptor TooMuchText = Create(
        "AGEN037", "More agent text than one assembly holds",
        "The agent files of this project hold {0} characters of text, and one assembly holds about 8.3 million characters of string literals; past that the build fails with CS8103: add <Features>$(Features);experimental-data-section-string-literals</Features> to the project, or split the agents over two or more projects (the largest file is {1} characters)",
        DiagnosticSeverity.Warning,
        "Each agent's text is compiled as string literals (its constants, and the strings its catalog creates the definition with), and a .NET assembly's user-string heap is limited to 16 MB. The warning comes at 7 million characters, before the compiler's error, and says what to do; the compiler's data-section literals (Roslyn 4.13 and later) lift the limit, and silence the warning.");

    public static readonly DiagnosticDescriptor UnknownSkill = Create(
        "AGEN039", "Agent preloads a skill the project does not have",
        "Agent '{0}' preloads the skill '{1}', and the project has no skill or command of that name{2}",
        DiagnosticSeverity.Warning,
        "An agent's skills: entries are loaded into its context when it starts; Claude Code reports a name it cannot find only then. The project's skills are its SkillFile items (.claude/skills/<name>/SKILL.md, by declared name, else by folder, as run time finds them) and CommandFile items (.claude/commands/**/<name>.md).");

    public static readonly DiagnosticDescriptor InvalidSkillName = Create(
        "AGEN040", "Skill name not valid or not its folder's",
        "Skill name '{0}' {1}",
        DiagnosticSeverity.Warning,
        "The Agent Skills standard names a skill with 1 to 64 lowercase letters, digits and single hyphens, and the name equals the skill's folder; Claude Code calls the skill by it (/name).");

    public static readonly DiagnosticDescriptor SkillDescriptionTooLong = Create(
        "AGEN041", "Skill description or compatibility too long",
        "The {0} is {1} characters, and the Agent Skills standard allows at most {2}: {3}",
        DiagnosticSeverity.Warning,
        "A skill's name and description are what every conversation carries (the body loads only when the skill is used); the standard caps the description at 1024 characters and compatibility at 500, and the Agent Framework refuses a skill over either.");

    public static readonly DiagnosticDescriptor PositionalArgumentWithoutHint = Create(
        "AGEN042", "Positional argument without argument-hint",
        "'{0}' takes an argument by position, but the {1} has no 'argument-hint': add one that names the arguments in order, such as argument-hint: \"{2}\"",
        DiagnosticSeverity.Warning,
        "$ARGUMENTS[N] and $N take the N-th word after the command; without an argument-hint the / menu does not tell the user which argument goes where, and nothing checks that the numbering matches.");

    public static readonly DiagnosticDescriptor ForkAgent = Create(
        "AGEN043", "Skill agent without a forked context, or naming no agent",
        "{0}",
        DiagnosticSeverity.Warning,
        "The agent key picks the agent that runs a skill in a forked context; without context: fork it is ignored, and an agent the project does not define cannot run it.");

    public static readonly DiagnosticDescriptor UnscopedBash = Create(
        "AGEN044", "Unscoped Bash in allowed-tools",
        "'{0}' lets the {1} run any shell command without asking: scope it to the commands it needs, such as Bash(git status:*), Bash(npm test:*)",
        DiagnosticSeverity.Warning,
        "allowed-tools are tools the skill may use without the user's approval; a bare Bash approves every command, including destructive ones.");

    public static readonly DiagnosticDescriptor SideEffectWithoutGuard = Create(
        "AGEN045", "Side-effect skill the model may invoke",
        "The {0} '{1}' sounds like it has side effects ({2}), and the model may invoke it on its own: add disable-model-invocation: true so that only a user runs it",
        DiagnosticSeverity.Warning,
        "Skills whose names say deploy, publish, release, delete, drop, push or similar act on the world; Claude Code's guidance is to let only users invoke them.");

    public static readonly DiagnosticDescriptor SkillBodyTooLong = Create(
        "AGEN046", "Skill body far over the size guidance",
        "The {0} body is {1} lines, and the guidance is at most 500: the whole body enters the context each time it is used; move reference material into files beside it (references/), loaded only when needed",
        DiagnosticSeverity.Info,
        "Progressive disclosure: a skill's body should stay under about 500 lines (5,000 tokens), with details in files the skill points to.");

    public static readonly DiagnosticDescriptor UnreachableSkill = Create(
        "AGEN047", "Skill nobody can invoke",
        "The {0} is hidden from users (user-invocable: false) and the model may not invoke it (disable-model-invocation: true): nobody can run it; remove one of the two",
        DiagnosticSeverity.Warning,
        "user-invocable: false hides a skill from the / menu, and disable-model-invocation: true keeps the model from using it; with both, the skill is dead.");

    public static readonly DiagnosticDescriptor UnusedArgumentHint = Create(
        "AGEN048", "argument-hint with no argument in the body",
        "The {0} has an argument-hint, but its body uses no argument ($ARGUMENTS, $ARGUMENTS[N] or $N): the user's arguments are only appended as 'ARGUMENTS: ...'; put $ARGUMENTS where they belong",
        DiagnosticSeverity.Info,
        "An argument-hint tells users what to type after the name; a body that never places $ARGUMENTS leaves Claude Code to append the arguments at the end, which is rarely what the author meant.");

    public static readonly DiagnosticDescriptor MissingSkillFile = Create(
        "AGEN049", "Skill refers to a file its folder does not have",
        "The skill refers to '{0}', and its folder has no such file ({1}): add it, or fix the path",
        DiagnosticSeverity.Warning,
        "A skill's body points the model at files beside SKILL.md (references/, scripts/, assets/); one that is not there fails only when the model tries to read or run it. The folder's files are the SkillResource items.");

    public static readonly DiagnosticDescriptor DuplicateSkillName = Create(
        "AGEN050", "Two skills or commands with the same name",
        "'/{0}' is also the name of {1}: Claude Code runs only one of them, and SkillCatalog finds the first by path; rename one",
        DiagnosticSeverity.Warning,
        "Skills and commands share one flat namespace of names (/name); two files with one name (a skill and a command, or commands in two folders) make one of them unreachable.");

    public static readonly DiagnosticDescriptor HomePath = Create(
        "AGEN051", "Path in someone's home folder",
        "'{0}' is a path in its author's home folder: the {1} will not find it on another machine, and it names the author; use a path relative to the project, ~/, or an environment variable",
        DiagnosticSeverity.Warning,
        "Skills and commands are shared through the repository; an absolute path under /Users/<name>/ or /home/<name>/ resolves only on the machine it was written on.");

    public static readonly DiagnosticDescriptor TooManyInjections = Create(
        "AGEN052", "More shell injections than the guidance",
        "The {0} runs {1} !`command` injections before each use, and the guidance is at most 3: each runs a shell command and pastes its output into the context; move the work into a script in the folder",
        DiagnosticSeverity.Info,
        "An inline !`command` runs when the skill is invoked, before the model sees anything; many of them slow every invocation and fill the context with output the model may not need.");

    public static readonly DiagnosticDescriptor ForkWithoutTask = Create(
        "AGEN053", "Forked skill without a task",
        "The {0} runs in a forked context (context: fork), and its body {1}: the forked agent sees only the body, so reference text alone gives it nothing to do; say what to do, as in 'Find ...', 'Run ...', 'Summarize ...'",
        DiagnosticSeverity.Info,
        "A skill with context: fork runs as a sub-agent whose task is the skill's body; a body that only describes (guidelines, reference material) and asks for nothing tends to return an empty or generic answer. The check looks for a line that starts with a verb in the imperative.");

    public static readonly DiagnosticDescriptor SkillWithoutDescription = Create(
        "AGEN054", "Skill without a description",
        "The skill {0}: Claude Code describes it by its first paragraph ('{1}'), and that is what the model decides on, while the Agent Skills standard requires a description; add 'description:' with what the skill does and when to use it",
        DiagnosticSeverity.Warning,
        "Claude Code loads a SKILL.md without frontmatter or without a description, describing it by the first paragraph of its body; other tools that follow the Agent Skills standard reject it, and a paragraph written as an introduction rarely says when to use the skill.");

    public static readonly DiagnosticDescriptor StandardValueType = Create(
        "AGEN055", "Value of the wrong type for the Agent Skills standard",
        "'{0}' must be {1} for the Agent Skills standard, but it is {2}: Claude Code does not read the key, and AgentGen leaves the value out of SkillDefinition and the Agent Framework skill; {3}",
        DiagnosticSeverity.Warning,
        "license, compatibility and metadata belong to the Agent Skills standard, which tools such as the Agent Framework read; Claude Code ignores them, so a value of the wrong type does not stop the skill from loading, but other tools reject it.");

    /// <summary>Every descriptor of this table, in ID order: the analyzer's SupportedDiagnostics.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, System.StringComparer.Ordinal)
        .ToImmutableArray();

    public static string HelpUri(string id) => HelpRoot + id + ".md";

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description, bool compilationEnd = false) =>
        new(
            id,
            title,
            message,
            Category,
            severity,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: HelpUri(id),
            customTags: compilationEnd ? new[] { WellKnownDiagnosticTags.CompilationEnd } : System.Array.Empty<string>());
}
