using Microsoft.CodeAnalysis;

namespace AgentGen.Diagnostics;

/// <summary>
/// Every diagnostic AgentGen reports, in one table. IDs are stable and never renumbered; each has a page
/// under docs/diagnostics/ behind its help link, and an entry in AnalyzerReleases.*.md.
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
        "This file is not an agent file: its first line must be '---' to open the YAML frontmatter; the file is skipped",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor FrontmatterNotClosed = Create(
        "AGEN002", "Frontmatter not closed",
        "The frontmatter opened on line 1 is never closed: add a line '---' after the last key{0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidYaml = Create(
        "AGEN003", "Frontmatter is not valid YAML",
        "The frontmatter is not valid YAML: {0}{1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RequiredKeyMissing = Create(
        "AGEN004", "Required key missing or empty",
        "Required key '{0}' is {1}: every agent needs a 'name' and a 'description'",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor WrongValueType = Create(
        "AGEN005", "Value of the wrong type",
        "'{0}' must be {1}, but it is {2}{3}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidName = Create(
        "AGEN006", "Agent name is not lowercase letters, digits and hyphens",
        "Agent name '{0}' should contain only lowercase letters, digits and hyphens{1}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateName = Create(
        "AGEN007", "Two agents with the same name",
        "Agent name '{0}' is defined more than once in namespace '{1}' (also in '{2}'): Claude Code keeps only one of them",
        DiagnosticSeverity.Error, compilationEnd: true);

    public static readonly DiagnosticDescriptor MisspelledKey = Create(
        "AGEN008", "Unknown key that looks like a known one",
        "Unknown key '{0}': did you mean '{1}'? Claude Code ignores unknown keys{2}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownTool = Create(
        "AGEN009", "Unknown tool",
        "Unknown tool '{0}'{1}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ValueNotAllowed = Create(
        "AGEN010", "Value outside the allowed set",
        "'{0}' is not a valid {1}{2}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor EmptyPrompt = Create(
        "AGEN011", "Empty prompt",
        "Agent '{0}' has an empty prompt: write its system prompt below the closing '---'",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateKey = Create(
        "AGEN012", "Duplicate key",
        "Key '{0}' appears more than once (first on line {1}): the last value is used here, and strict YAML loaders reject the file",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateTool = Create(
        "AGEN013", "Tool listed twice or both allowed and denied",
        "Tool '{0}' {1}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownSpawnTarget = Create(
        "AGEN014", "Agent(...) names an agent the project does not define",
        "'{0}' lets this agent spawn '{1}', but the project defines no agent of that name{2}",
        DiagnosticSeverity.Warning, compilationEnd: true);

    public static readonly DiagnosticDescriptor EmptyCollection = Create(
        "AGEN015", "Empty collection that changes meaning",
        "{0}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ByteOrderMark = Create(
        "AGEN016", "Byte order mark before the frontmatter",
        "The file starts with a byte order mark: older Claude Code versions ignore such agent files; save it as UTF-8 without BOM",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor FileTooLarge = Create(
        "AGEN017", "Agent file too large",
        "The agent file is {0} bytes, more than the limit of {1} bytes (MSBuild property AgentGenMaxFileSize); the file is skipped",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor IdentifierCollision = Create(
        "AGEN018", "Two agent names map to the same C# identifier",
        "Agent names '{0}' and '{1}' both map to the C# class '{2}' in namespace '{3}': '{1}' is generated as '{4}'; rename one of them",
        DiagnosticSeverity.Error, compilationEnd: true);

    public static readonly DiagnosticDescriptor UnquotedColon = Create(
        "AGEN019", "Plain value is not valid YAML",
        "The value of '{0}' {1}, which is not valid YAML: AgentGen reads the rest of the line as the value, as Claude Code does, but other YAML loaders reject the file; quote the value",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NoKnownTool = Create(
        "AGEN020", "None of the listed tools is known",
        "None of the tools in '{0}' is known ({1}): Claude Code would refuse to spawn the agent; fix the names, or declare the app's own tools in the MSBuild property AgentGenExtraTools",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CustomKey = Create(
        "AGEN021", "Custom key",
        "Custom key '{0}' is not part of the agent format: it is exposed as AgentDefinition.Metadata[\"{0}\"]",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor LimitExceeded = Create(
        "AGEN022", "Frontmatter exceeds a structural limit",
        "The frontmatter exceeds a limit ({0}); the file is skipped",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidSetting = Create(
        "AGEN023", "Invalid AgentGen setting",
        "{0} is '{1}': {2}",
        DiagnosticSeverity.Warning, compilationEnd: true);

    public static string HelpUri(string id) => HelpRoot + id + ".md";

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, bool compilationEnd = false) =>
        new(
            id,
            title,
            message,
            Category,
            severity,
            isEnabledByDefault: true,
            helpLinkUri: HelpUri(id),
            customTags: compilationEnd ? new[] { WellKnownDiagnosticTags.CompilationEnd } : System.Array.Empty<string>());
}
