using AgentGen.Testing;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AgentGen.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Tests.Infrastructure;

/// <summary>How a test compilation is set up: the consumer's language version, framework and MSBuild properties.</summary>
public sealed record HarnessOptions
{
    public LanguageVersion LanguageVersion { get; init; } = LanguageVersion.Latest;

    public bool NetStandard { get; init; }

    public NullableContextOptions Nullable { get; init; } = NullableContextOptions.Enable;

    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>Assemblies the consumer references besides the framework (the AI packages).</summary>
    public IReadOnlyList<MetadataReference> ExtraReferences { get; init; } = System.Array.Empty<MetadataReference>();

    /// <summary>What the consumer builds: a library, or an app (whose code may be top-level statements).</summary>
    public OutputKind OutputKind { get; init; } = OutputKind.DynamicallyLinkedLibrary;

    /// <summary>C# source compiled with the generated code (consumer code using the generated API).</summary>
    public string Source { get; init; } = "namespace Consumer { internal static class Placeholder { } }";
}

/// <summary>
/// Runs <see cref="AgentGenerator"/> in process, the way the compiler does, and keeps the driver for incremental runs.
/// </summary>
public sealed class GeneratorHarness
{
    private readonly HarnessOptions _options;
    private GeneratorDriver _driver;
    private Compilation _compilation;
    private ImmutableArray<AgentFile> _files;

    public GeneratorHarness(IEnumerable<AgentFile> files, HarnessOptions? options = null)
    {
        _options = options ?? new HarnessOptions();
        _files = files.ToImmutableArray();
        var parseOptions = new CSharpParseOptions(_options.LanguageVersion, DocumentationMode.Diagnose);
        _compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(_options.Source, parseOptions, path: "Consumer.cs") },
            References(_options.NetStandard).Concat(_options.ExtraReferences),
            new CSharpCompilationOptions(_options.OutputKind, nullableContextOptions: _options.Nullable, warningLevel: 9999)
                // As the .NET SDK does: a package built against an older framework or abstractions is unified silently.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
        _driver = CSharpGeneratorDriver.Create(
            new[] { new AgentGenerator().AsSourceGenerator() },
            _files.Select(ToAdditionalText),
            parseOptions,
            OptionsProvider(_files, _options.Properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static GeneratorRun RunOnce(IEnumerable<AgentFile> files, HarnessOptions? options = null) => new GeneratorHarness(files, options).Run();

    public GeneratorRun Run()
    {
        _driver = _driver.RunGeneratorsAndUpdateCompilation(_compilation, out var output, out var diagnostics);
        return new GeneratorRun(_driver.GetRunResult(), output, diagnostics);
    }

    /// <summary>Replaces one agent file's text (same path), as an edit in the IDE does.</summary>
    public void EditAgent(string path, string newText)
    {
        var index = _files.FindIndex(f => f.Path == path);
        var existing = _driverTexts[path];
        _files = _files.SetItem(index, _files[index] with { Text = newText });
        _driver = _driver.ReplaceAdditionalText(existing, ToAdditionalText(_files[index]));
    }

    /// <summary>Adds a C# file to the compilation (an edit of user code).</summary>
    public void EditCSharp(string source)
    {
        var parseOptions = new CSharpParseOptions(_options.LanguageVersion, DocumentationMode.Diagnose);
        _compilation = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, parseOptions, path: "Edit" + _compilation.SyntaxTrees.Count() + ".cs"));
    }

    /// <summary>Replaces a C# file of the compilation (an edit of user code, such as a tool method's body).</summary>
    public void ReplaceCSharp(string path, string source)
    {
        var parseOptions = new CSharpParseOptions(_options.LanguageVersion, DocumentationMode.Diagnose);
        var old = _compilation.SyntaxTrees.Single(t => t.FilePath == path);
        _compilation = _compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(source, parseOptions, path: path));
    }

    private readonly Dictionary<string, AdditionalText> _driverTexts = new();

    private AdditionalText ToAdditionalText(AgentFile file)
    {
        var text = new TestAdditionalText(file.Path, file.Text);
        _driverTexts[file.Path] = text;
        return text;
    }

    public static TestOptionsProvider OptionsProvider(IEnumerable<AgentFile> files, IReadOnlyDictionary<string, string> properties)
    {
        var global = new Dictionary<string, string> { ["RootNamespace"] = "Sample", ["ProjectDir"] = "/project/" };
        foreach (var property in properties)
        {
            global[property.Key] = property.Value;
        }

        var perFile = files.ToDictionary(f => f.Path, f => (IReadOnlyDictionary<string, string>)Metadata(f));
        return new TestOptionsProvider(global, perFile);
    }

    /// <summary>The item metadata AgentGen.targets gives an agent file.</summary>
    private static Dictionary<string, string> Metadata(AgentFile file)
    {
        if (file.Kind is not null)
        {
            // A command's subfolder under .claude/commands, as the targets give it (%(RecursiveDir)).
            const string Commands = "/.claude/commands/";
            var at = file.Path.IndexOf(Commands, System.StringComparison.Ordinal);
            var folder = file.Kind == "command" && at >= 0 ? System.IO.Path.GetDirectoryName(file.Path.Substring(at + Commands.Length))!.Replace('\\', '/') : string.Empty;
            return folder.Length > 0
                ? new Dictionary<string, string> { ["AgentGenKind"] = file.Kind, ["AgentGenFolder"] = folder + "/" }
                : new Dictionary<string, string> { ["AgentGenKind"] = file.Kind };
        }

        var metadata = new Dictionary<string, string> { ["AgentGenIsAgentFile"] = "true" };
        if (file.Namespace is not null)
        {
            metadata["AgentGenNamespace"] = file.Namespace;
        }

        if (file.Folder is not null)
        {
            metadata["AgentGenFolder"] = file.Folder;
        }

        return metadata;
    }

    public static IEnumerable<MetadataReference> References(bool netStandard)
    {
        if (!netStandard)
        {
            return Basic.Reference.Assemblies.Net100.References.All;
        }

        return Directory.GetFiles(TestPaths.NetStandardReferences, "*.dll").Select(path => MetadataReference.CreateFromFile(path));
    }
}

/// <summary>One generator run: its result, the compilation with the generated code, and what the compiler says of it.</summary>
public sealed class GeneratorRun
{
    public GeneratorRun(GeneratorDriverRunResult result, Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        Result = result;
        Output = output;
        GeneratorDiagnostics = generatorDiagnostics;
    }

    public GeneratorDriverRunResult Result { get; }

    public Compilation Output { get; }

    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    public GeneratorRunResult Generator => Result.Results.Single();

    /// <summary>Generated sources by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        Generator.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>Warnings and errors of the compilation that includes the generated code.</summary>
    public ImmutableArray<Diagnostic> CompileDiagnostics =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    public string Source(string hintName) => Sources[hintName];

    /// <summary>The run reasons of every output of a tracked step (empty when the step did not run).</summary>
    public IncrementalStepRunReason[] Reasons(string step) =>
        Generator.TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray()
            : Array.Empty<IncrementalStepRunReason>();

    /// <summary>Hint names of the sources this run produced anew (a source output's value holds the sources it added).</summary>
    public string[] ReemittedHintNames() =>
        Generator.TrackedOutputSteps.SelectMany(s => s.Value)
            .SelectMany(s => s.Outputs)
            .Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New)
            .SelectMany(o => ((System.Collections.IEnumerable)((System.Runtime.CompilerServices.ITuple)o.Value)[0]!).Cast<object>()
                .Select(source => (string)source.GetType().GetProperty("HintName")!.GetValue(source)!))
            .ToArray();

    /// <summary>Fails with the diagnostics and the offending lines when the output does not compile cleanly.</summary>
    public GeneratorRun AssertCompilesCleanly()
    {
        Xunit.Assert.Null(Generator.Exception);
        Xunit.Assert.Empty(GeneratorDiagnostics);
        var problems = CompileDiagnostics;
        if (problems.Length > 0)
        {
            var lines = problems.Take(20).Select(d =>
            {
                var line = d.Location.IsInSource ? d.Location.SourceTree!.GetText().Lines[d.Location.GetLineSpan().StartLinePosition.Line].ToString() : string.Empty;
                return $"{d} | {(line.Length > 200 ? line.Substring(0, 200) : line).Trim()}";
            });
            Xunit.Assert.Fail($"{problems.Length} compiler diagnostics in the generated code:\n" + string.Join("\n", lines));
        }

        return this;
    }
}

internal static class ImmutableArrayExtensions
{
    public static int FindIndex<T>(this ImmutableArray<T> array, Func<T, bool> predicate)
    {
        for (var i = 0; i < array.Length; i++)
        {
            if (predicate(array[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
