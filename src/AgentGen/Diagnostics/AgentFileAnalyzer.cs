using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using AgentGen.Configuration;
using AgentGen.Implementations;
using AgentGen.Input;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AgentGen.Diagnostics;

/// <summary>
/// Reports malformed agent files at the offending token: per file as each AdditionalFiles item is analyzed (the
/// parser's problems and the tool rules), and across files at the end of the compilation (duplicate names,
/// identifier collisions, spawn targets). Reads files through the same <see cref="AgentFileReader"/> as the generator.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AgentFileAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var options = AgentGenOptions.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            var compilation = start.Compilation;
            var implemented = new System.Lazy<ImplementedTools>(() => ImplementedTools.Scan(compilation, start.CancellationToken));
            var knownTools = new System.Lazy<HashSet<string>>(() =>
            {
                var known = options.KnownTools();
                known.UnionWith(implemented.Value.Names);
                return known;
            });
            var resources = new System.Lazy<HashSet<string>>(() => ProjectSkills.ResourcePaths(start.Options.AdditionalFiles, start.Options.AnalyzerConfigOptionsProvider, options.ProjectDirectory ?? string.Empty));
            var agentNames = new System.Lazy<HashSet<string>>(() => ProjectSkills.AgentNames(start.Options.AdditionalFiles, start.Options.AnalyzerConfigOptionsProvider, start.CancellationToken));
            var skills = new System.Lazy<Dictionary<string, List<string>>>(() => ProjectSkills.Read(start.Options.AdditionalFiles, start.Options.AnalyzerConfigOptionsProvider, start.CancellationToken));
            var runsAgents = new System.Lazy<bool>(() => Generation.AiLayerDetector.Detect(compilation) >= Model.AiLayers.ChatOptions);
            var usable = new ConcurrentBag<AgentFile>();
            var settings = new ConcurrentBag<Diagnostic>();
            var implementations = new ToolImplementationRules(compilation.GetTypeByMetadataName(ToolImplementationAttribute.MetadataName));
            start.RegisterSymbolAction(implementations.AnalyzeMethod, SymbolKind.Method);
            start.RegisterAdditionalFileAction(file => AnalyzeFile(file, options, knownTools, implemented, runsAgents, skills, agentNames, resources, usable, settings));
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var (setting, value, problem) in AgentGenOptions.InvalidSettings(end.Options.AnalyzerConfigOptionsProvider.GlobalOptions))
                {
                    end.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidSetting, Location.None, $"The MSBuild property {setting}", value, problem));
                }

                foreach (var diagnostic in settings)
                {
                    end.ReportDiagnostic(diagnostic);
                }

                var agents = usable.ToList();
                CrossFileRules.Report(end, agents);
                implementations.ReportAtEnd(end, agents, options);
            });
        });
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context, AgentGenOptions options, System.Lazy<HashSet<string>> knownTools, System.Lazy<ImplementedTools> implemented, System.Lazy<bool> runsAgents, System.Lazy<Dictionary<string, List<string>>> skills, System.Lazy<HashSet<string>> agentNames, System.Lazy<HashSet<string>> resources, ConcurrentBag<AgentFile> usable, ConcurrentBag<Diagnostic> settings)
    {
        var file = AgentFileReader.Read(context.AdditionalFile, context.Options.AnalyzerConfigOptionsProvider, () => options, context.CancellationToken);
        if (file.Text is not { } text)
        {
            return;
        }

        if (file.InvalidNamespaceMetadata is { } invalidNamespace)
        {
            // AGEN023 is a compilation-end rule (the project settings are checked once): report it there.
            settings.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidSetting, LocationOf(file.Path, text, 0, 0),
                "The Namespace metadata of this agent file", invalidNamespace, $"not a valid C# namespace; '{file.Namespace}' is used"));
        }

        if (file.IsTooLarge)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FileTooLarge, LocationOf(file.Path, text, 0, 0),
                System.Text.Encoding.UTF8.GetByteCount(text.ToString()).ToString(CultureInfo.InvariantCulture), options.MaxFileSize.ToString(CultureInfo.InvariantCulture)));
            return;
        }

        var document = file.Document!;
        if (document.Kind != Schema.DocumentKinds.Agent)
        {
            // A skill or command: its own rules, its allowed tools as an agent's tools, its agent among the project's.
            foreach (var problem in document.Problems.Concat(ToolListRules.CheckAllowedTools(document, knownTools.Value, runsAgents.Value)).Concat(SkillFileRules.Check(file, document, agentNames.Value, resources.Value, skills.Value, options.ProjectDirectory)))
            {
                context.ReportDiagnostic(ToDiagnostic(problem, file.Path, text));
            }

            return;
        }

        // A tool name given to [AgentToolImplementation] by a constant cannot be read here: then no tool is called unknown
        // (AGEN009, AGEN020), while the rules that do not depend on the known tools (AGEN013) still apply. Once the project
        // implements tools, a tool without implementation is AGEN027, which says what to add, not AGEN009.
        var unimplemented = ToolImplementationRules.Unimplemented(document, implemented.Value, knownTools.Value, options).ToList();
        var toolProblems = ToolListRules.Check(document, knownTools.Value, runsAgents.Value).Where(p => implemented.Value.IsComplete
            ? p.Descriptor != DiagnosticDescriptors.UnknownTool || !unimplemented.Any(u => u.Start == p.Start)
            : p.Descriptor != DiagnosticDescriptors.UnknownTool && p.Descriptor != DiagnosticDescriptors.NoKnownTool);
        foreach (var problem in document.Problems.Concat(toolProblems).Concat(unimplemented).Concat(SkillReferenceRules.Check(document, skills.Value)))
        {
            context.ReportDiagnostic(ToDiagnostic(problem, file.Path, text));
        }

        if (file.IsUsable)
        {
            usable.Add(file);
        }
    }

    internal static Diagnostic ToDiagnostic(Problem problem, string path, SourceText text, IEnumerable<Location>? additionalLocations = null) =>
        Diagnostic.Create(
            problem.Descriptor,
            LocationOf(path, text, problem.Start, problem.Length),
            problem.Severity ?? problem.Descriptor.DefaultSeverity,
            additionalLocations,
            problem.Properties,
            problem.Arguments);

    internal static Location LocationOf(string path, SourceText text, int start, int length)
    {
        start = System.Math.Max(0, System.Math.Min(start, text.Length));
        length = System.Math.Max(0, System.Math.Min(length, text.Length - start));
        var span = new TextSpan(start, length);
        return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
    }
}
