using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AgentGen.Diagnostics;

/// <summary>
/// A diagnostic found by the parser or a rule, located by absolute character offsets in the agent file.
/// The analyzer turns it into a <see cref="Diagnostic"/>; the generator never reports it.
/// </summary>
internal sealed class Problem
{
    public Problem(DiagnosticDescriptor descriptor, int start, int length, params string[] arguments)
    {
        Descriptor = descriptor;
        Start = start;
        Length = length < 0 ? 0 : length;
        Arguments = arguments;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public int Start { get; }

    public int Length { get; }

    public string[] Arguments { get; }

    /// <summary>Overrides the descriptor's default severity (AGEN006 is an error when the name contains ':').</summary>
    public DiagnosticSeverity? Severity { get; init; }

    public ImmutableDictionary<string, string?> Properties { get; init; } = ImmutableDictionary<string, string?>.Empty;

    public string Id => Descriptor.Id;

    public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), Arguments);

    public static ImmutableDictionary<string, string?> Suggesting(string? suggestion) =>
        suggestion is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticDescriptors.SuggestionProperty, suggestion);
}
