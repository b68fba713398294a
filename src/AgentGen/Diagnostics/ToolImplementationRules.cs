using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using AgentGen.Configuration;
using AgentGen.Helpers;
using AgentGen.Implementations;
using AgentGen.Input;
using AgentGen.Parsing;
using AgentGen.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Diagnostics;

/// <summary>
/// The rules of tool implementations: a method that cannot be bound (AGEN030 at the parameter, AGEN031 at the method),
/// and, once the project marks at least one method, a listed tool nothing implements (AGEN027, at the tool in the .md
/// file), two methods for one tool (AGEN028) and an implementation no agent lists (AGEN029).
/// </summary>
internal sealed class ToolImplementationRules
{
    private readonly ConcurrentBag<(string ToolName, string Method, Location Attribute)> _marked = new();
    private readonly INamedTypeSymbol? _attribute;

    /// <param name="attribute">The compilation's [AgentToolImplementation] type, resolved once (every method's attributes are compared with it).</param>
    public ToolImplementationRules(INamedTypeSymbol? attribute)
    {
        _attribute = attribute;
    }

    /// <summary>Checks one method's attributes, and remembers them for the rules that compare them.</summary>
    public void AnalyzeMethod(SymbolAnalysisContext context)
    {
        var method = (IMethodSymbol)context.Symbol;
        ToolSignature? signature = null;
        foreach (var attribute in method.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _attribute) || ToolImplementationAttribute.ToolNameOf(attribute) is not { } toolName)
            {
                continue;
            }

            var location = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? Location.None;
            _marked.Add((toolName, method.ContainingType.Name + "." + method.Name, location));
            foreach (var problem in ToolBinding.Problems(method, toolName, signature ??= ToolSignature.Read(method)))
            {
                context.ReportDiagnostic(problem.IsParameter
                    ? Diagnostic.Create(DiagnosticDescriptors.ToolParameterNotDescribable, problem.Location, problem.Subject, method.ContainingType.Name + "." + method.Name, problem.Reason)
                    : Diagnostic.Create(DiagnosticDescriptors.ToolMethodNotBindable, problem.Location, method.ContainingType.Name + "." + method.Name, toolName, problem.Reason));
            }
        }
    }

    /// <summary>
    /// AGEN027 for one agent file: each tool of its allowlist that no method implements. Not checked: MCP tools (their
    /// servers are connected at run time), sub-agents, tools in AgentGenExtraTools (registered at run time), denied tools,
    /// and Claude Code's built-in tools unless the project implements one of them: a repository keeps agents that only
    /// Claude Code runs beside those the app runs, and only an app that implements built-ins runs such agents itself.
    /// </summary>
    public static IEnumerable<Problem> Unimplemented(AgentDocument document, ImplementedTools implemented, HashSet<string> knownTools, AgentGenOptions options)
    {
        if (implemented.Names.Count == 0 || !implemented.IsComplete || document.Tools is not { } tools || document.Name is not { } name)
        {
            yield break;
        }

        var checksBuiltIns = ToolNames.BuiltIn.Any(implemented.Names.Contains);
        foreach (var entry in tools.Entries)
        {
            if (entry.Kind != ToolKind.Named || Runtime.AgentToolEntries.IsAgentTool(entry.BaseName) || entry.BaseName.StartsWith("mcp__", System.StringComparison.Ordinal)
                || (!checksBuiltIns && ToolNames.BuiltIn.Contains(entry.BaseName))
                || implemented.Names.Contains(entry.BaseName) || options.ExtraTools.Contains(entry.BaseName) || IsDenied(document, entry.BaseName))
            {
                continue;
            }

            // The name may be a typo of an implemented tool (readFile for read_file) or of a built-in one (Reed for Read).
            var suggestion = EditDistance.Suggest(entry.BaseName, implemented.Names)
                ?? (knownTools.Contains(entry.BaseName) ? null : EditDistance.Suggest(entry.BaseName, knownTools));
            var hint = suggestion is null ? string.Empty
                : implemented.Names.Contains(suggestion) ? $", or did you mean '{suggestion}', which a method implements?" : $", or did you mean '{suggestion}'?";
            yield return new Problem(DiagnosticDescriptors.ToolNotImplemented, entry.Start, entry.Length, name.Value, entry.BaseName, hint)
            {
                Properties = Problem.Suggesting(suggestion),
            };
        }
    }

    /// <summary>AGEN028 and AGEN029, once every method and agent file is seen.</summary>
    public void ReportAtEnd(CompilationAnalysisContext context, IReadOnlyList<AgentFile> agents, AgentGenOptions options)
    {
        foreach (var group in _marked.GroupBy(m => m.ToolName).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(m => m.Method, System.StringComparer.Ordinal).ToList();
            foreach (var marked in ordered)
            {
                var other = ordered.First(o => !ReferenceEquals(o.Attribute, marked.Attribute));
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ToolImplementedTwice, marked.Attribute, ordered.Where(o => !ReferenceEquals(o.Attribute, marked.Attribute)).Select(o => o.Attribute),
                    group.Key, marked.Method, other.Method));
            }
        }

        var listed = new HashSet<string>(agents.SelectMany(a => (a.Document!.Tools?.Entries ?? new List<ToolEntry>()).Concat(a.Document.DisallowedTools?.Entries ?? new List<ToolEntry>())).Select(e => e.BaseName), System.StringComparer.Ordinal);
        foreach (var marked in _marked.Where(m => !listed.Contains(m.ToolName) && !options.ExtraTools.Contains(m.ToolName)))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ToolNotUsed, marked.Attribute, marked.ToolName, marked.Method));
        }
    }

    private static bool IsDenied(AgentDocument document, string tool) =>
        document.DisallowedTools?.Entries.Any(e => e.Argument is null && e.BaseName == tool) == true;
}
