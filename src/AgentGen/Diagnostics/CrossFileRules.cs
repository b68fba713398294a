using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AgentGen.Input;
using AgentGen.Naming;
using AgentGen.Helpers;
using AgentGen.Model;
using AgentGen.Parsing;
using AgentGen.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Diagnostics;

/// <summary>
/// Rules that compare agent files: the same name twice in a namespace (AGEN007), two names for one C# identifier
/// (AGEN018, using the generator's own naming rule), <c>Agent(x)</c> naming an agent no file defines (AGEN014), and
/// more text than one assembly's string literals can hold (AGEN037).
/// </summary>
internal static class CrossFileRules
{
    /// <summary>
    /// When AGEN037 warns: the user-string heap holds 16,777,215 bytes (UTF-16, about 8.3 million characters) for the
    /// whole assembly, the app's own literals included; the catalogs put every agent's text there.
    /// </summary>
    public const long TextWarningCharacters = 7_000_000;

    /// <summary>The compiler feature that emits long string literals as UTF-8 data outside the user-string heap (Roslyn 4.13+).</summary>
    public const string DataSectionFeature = "experimental-data-section-string-literals";

    public static void Report(CompilationAnalysisContext context, IReadOnlyList<AgentFile> files)
    {
        // Sorted like the generator sorts, so "the first" means the same file in both.
        var ordered = files.OrderBy(f => f.Namespace, StringComparer.Ordinal).ThenBy(NameOf, StringComparer.Ordinal).ThenBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        ReportDuplicateNames(context, ordered);
        ReportIdentifierCollisions(context, ordered);
        ReportUnknownSpawnTargets(context, ordered);
        ReportTooMuchText(context, ordered);
    }

    private static bool UsesDataSectionLiterals(Compilation compilation) =>
        compilation.SyntaxTrees.FirstOrDefault()?.Options.Features.TryGetValue(DataSectionFeature, out var threshold) == true
        && !string.Equals(threshold, "off", StringComparison.OrdinalIgnoreCase);

    private static void ReportTooMuchText(CompilationAnalysisContext context, List<AgentFile> files)
    {
        long total = 0;
        AgentFile? largest = null;
        foreach (var file in files)
        {
            total += file.Text!.Length;
            largest = largest is null || file.Text.Length > largest.Text!.Length ? file : largest;
        }

        if (total > TextWarningCharacters && largest is not null && !UsesDataSectionLiterals(context.Compilation))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TooMuchText, AgentFileAnalyzer.LocationOf(largest.Path, largest.Text!, 0, 3),
                total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), largest.Text!.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    private static void ReportDuplicateNames(CompilationAnalysisContext context, List<AgentFile> files)
    {
        foreach (var group in files.GroupBy(f => (f.Namespace, NameOf(f))).Where(g => g.Count() > 1))
        {
            foreach (var file in group)
            {
                var others = group.Where(o => !ReferenceEquals(o, file)).ToList();
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateName, NameLocation(file), others.Select(o => NameLocation(o)),
                    NameOf(file), file.Namespace, string.Join("', '", others.Select(o => o.RelativePath))));
            }
        }
    }

    private static void ReportIdentifierCollisions(CompilationAnalysisContext context, List<AgentFile> files)
    {
        var identities = IdentifierAssigner.Assign(files.Select(f => new AgentKey(f.Namespace, NameOf(f), f.RelativePath)).ToImmutableArray());
        ClassOf classOf = key => identities[key].ClassName;
        foreach (var group in files.GroupBy(f => (f.Namespace, IdentifierAssigner.BaseName(NameOf(f)))))
        {
            var first = group.First();
            foreach (var file in group.Skip(1).Where(f => NameOf(f) != NameOf(first)))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.IdentifierCollision, NameLocation(file), new[] { NameLocation(first) },
                    NameOf(first), NameOf(file), classOf(new AgentKey(first.Namespace, NameOf(first), first.RelativePath)), file.Namespace,
                    classOf(new AgentKey(file.Namespace, NameOf(file), file.RelativePath))));
            }
        }
    }

    private delegate string ClassOf(AgentKey key);

    private static string NameOf(AgentFile file) => file.Document!.Name!.Value.Value;

    private static Location NameLocation(AgentFile file) =>
        AgentFileAnalyzer.LocationOf(file.Path, file.Text!, file.Document!.Name!.Value.Start, file.Document.Name.Value.Length);

    private static void ReportUnknownSpawnTargets(CompilationAnalysisContext context, List<AgentFile> files)
    {
        var defined = new HashSet<string>(files.Select(f => NameOf(f)).Concat(ToolNames.BuiltInAgents), StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var entry in file.Document!.Tools?.Entries ?? Array.Empty<ToolEntry>())
            {
                foreach (var target in entry.SpawnAgents.Where(t => !defined.Contains(t) && t.IndexOf(':') < 0))
                {
                    var suggestion = EditDistance.Suggest(target, defined);
                    var hint = suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";
                    // The entry's span covers its text exactly when it was found verbatim in the file: point at the name.
                    var index = entry.Length == entry.Text.Length ? ArgumentOffset(entry.Text, target) : -1;
                    var location = AgentFileAnalyzer.LocationOf(file.Path, file.Text!, index >= 0 ? entry.Start + index : entry.Start, index >= 0 ? target.Length : entry.Length);
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownSpawnTarget, location, null,
                        Problem.Suggesting(suggestion), entry.Text, target, hint));
                }
            }
        }
    }

    /// <summary>Where <paramref name="name"/> stands as a whole argument of <c>Agent(a, b)</c> in <paramref name="entry"/>, or -1.</summary>
    private static int ArgumentOffset(string entry, string name)
    {
        var start = entry.IndexOf('(') + 1;
        while (start > 0 && start < entry.Length)
        {
            var end = entry.IndexOf(',', start);
            end = end < 0 ? entry.LastIndexOf(')') : end;
            if (end < start)
            {
                return -1;
            }

            var offset = start;
            while (offset < end && char.IsWhiteSpace(entry[offset]))
            {
                offset++;
            }

            if (string.CompareOrdinal(entry, offset, name, 0, name.Length) == 0 && entry.Substring(offset, end - offset).TrimEnd() == name)
            {
                return offset;
            }

            start = end + 1;
        }

        return -1;
    }
}
