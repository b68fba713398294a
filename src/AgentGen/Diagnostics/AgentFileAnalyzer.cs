using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AgentGen.Configuration;
using AgentGen.Generation;
using AgentGen.Helpers;
using AgentGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AgentGen.Diagnostics;

/// <summary>
/// Reports malformed agent files at the offending token: per file as each AdditionalFiles item is analyzed (the
/// parser's problems and the tool rules), and across files at the end of the compilation (duplicate names,
/// identifier collisions, spawn targets). Uses the same parser as the generator.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AgentFileAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = ImmutableArray.Create(
        DiagnosticDescriptors.NotAnAgentFile, DiagnosticDescriptors.FrontmatterNotClosed, DiagnosticDescriptors.InvalidYaml,
        DiagnosticDescriptors.RequiredKeyMissing, DiagnosticDescriptors.WrongValueType, DiagnosticDescriptors.InvalidName,
        DiagnosticDescriptors.DuplicateName, DiagnosticDescriptors.MisspelledKey, DiagnosticDescriptors.UnknownTool,
        DiagnosticDescriptors.ValueNotAllowed, DiagnosticDescriptors.EmptyPrompt, DiagnosticDescriptors.DuplicateKey,
        DiagnosticDescriptors.DuplicateTool, DiagnosticDescriptors.UnknownSpawnTarget, DiagnosticDescriptors.EmptyCollection,
        DiagnosticDescriptors.ByteOrderMark, DiagnosticDescriptors.FileTooLarge, DiagnosticDescriptors.IdentifierCollision,
        DiagnosticDescriptors.UnquotedColon, DiagnosticDescriptors.NoKnownTool, DiagnosticDescriptors.CustomKey,
        DiagnosticDescriptors.LimitExceeded, DiagnosticDescriptors.InvalidSetting);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var options = AgentGenOptions.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            var knownTools = options.KnownTools();
            var analyzed = new ConcurrentBag<AnalyzedFile>();
            var settings = new ConcurrentBag<Diagnostic>();
            start.RegisterAdditionalFileAction(file => AnalyzeFile(file, options, knownTools, analyzed, settings));
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

                CrossFileRules.Report(end, analyzed.ToList());
            });
        });
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context, AgentGenOptions options, HashSet<string> knownTools, ConcurrentBag<AnalyzedFile> analyzed, ConcurrentBag<Diagnostic> settings)
    {
        var fileOptions = context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.AdditionalFile);
        if (!AgentGenOptions.IsAgentFile(fileOptions))
        {
            return;
        }

        var text = context.AdditionalFile.GetText(context.CancellationToken);
        if (text is null)
        {
            return;
        }

        var size = AgentFileReader.SizeOf(text, options.MaxFileSize);
        if (size > options.MaxFileSize)
        {
            var bytes = System.Text.Encoding.UTF8.GetByteCount(text.ToString());
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FileTooLarge, LocationOf(context.AdditionalFile.Path, text, 0, 0),
                bytes.ToString(System.Globalization.CultureInfo.InvariantCulture), options.MaxFileSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return;
        }

        var document = SourceTextParser.Parse(text);
        foreach (var problem in document.Problems.Concat(ToolRules.Check(document, knownTools)))
        {
            context.ReportDiagnostic(ToDiagnostic(problem, context.AdditionalFile.Path, text));
        }

        if (AgentGenOptions.InvalidFileNamespace(fileOptions) is { } invalidNamespace)
        {
            // AGEN023 is a compilation-end rule (the project settings are checked once): report it there.
            settings.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidSetting, LocationOf(context.AdditionalFile.Path, text, 0, 0),
                "The Namespace metadata of this agent file", invalidNamespace, $"not a valid C# namespace; '{options.NamespaceFor(fileOptions)}' is used"));
        }

        if (document.IsUsable)
        {
            var ns = options.NamespaceFor(fileOptions);
            analyzed.Add(new AnalyzedFile(context.AdditionalFile.Path, PathHelper.Relative(options.ProjectDirectory, context.AdditionalFile.Path), text, document, ns));
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

/// <summary>A usable agent file seen by the analyzer, kept for the rules that compare files.</summary>
internal sealed record AnalyzedFile(string Path, string RelativePath, SourceText Text, AgentDocument Document, string Namespace)
{
    public string Name => Document.Name!.Value.Value;

    public Location NameLocation => AgentFileAnalyzer.LocationOf(Path, Text, Document.Name!.Value.Start, Document.Name!.Value.Length);
}
