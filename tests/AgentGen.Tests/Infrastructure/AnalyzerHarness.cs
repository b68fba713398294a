using AgentGen.Testing;
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AgentGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Tests.Infrastructure;

/// <summary>Runs <see cref="AgentFileAnalyzer"/> over agent files and fails on any analyzer exception (AD0001).</summary>
public static class AnalyzerHarness
{
    /// <param name="features">Compiler feature flags (<c>/features:</c>) of the project's C#.</param>
    /// <param name="references">Packages the project references beyond the framework (the AI layers').</param>
    public static ImmutableArray<Diagnostic> Run(IEnumerable<AgentFile> files, IReadOnlyDictionary<string, string>? properties = null, string? source = null, IReadOnlyDictionary<string, string>? features = null, IEnumerable<MetadataReference>? references = null)
    {
        var list = files.ToList();
        var texts = list.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToImmutableArray();
        return Run(texts, GeneratorHarness.OptionsProvider(list, properties ?? new Dictionary<string, string>()), source, features, references);
    }

    /// <param name="source">C# of the project (tool implementations); the attribute AgentGen's generator would add is added too.</param>
    public static ImmutableArray<Diagnostic> Run(ImmutableArray<AdditionalText> texts, AnalyzerConfigOptionsProvider provider, string? source = null, IReadOnlyDictionary<string, string>? features = null, IEnumerable<MetadataReference>? references = null)
    {
        var exceptions = new ConcurrentBag<Exception>();
        var parse = CSharpParseOptions.Default.WithFeatures(features ?? new Dictionary<string, string>());
        var trees = source is null
            ? features is null ? Array.Empty<SyntaxTree>() : new[] { CSharpSyntaxTree.ParseText("// the project's code", parse, path: "Program.cs") }
            : new[] { CSharpSyntaxTree.ParseText(source, parse, path: "Tools.cs"), CSharpSyntaxTree.ParseText(AgentGen.Emit.RuntimeSources.AttributeSource(), parse, path: "Attribute.g.cs") };
        var compilation = CSharpCompilation.Create("Consumer", trees, Basic.Reference.Assemblies.Net100.References.All.Concat(references ?? Array.Empty<MetadataReference>()), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(texts, provider),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AgentFileAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        Xunit.Assert.Empty(exceptions);
        Xunit.Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>A diagnostic as build output shows it: <c>AGEN009 Warning (4,8): message</c> (1-based line and column).</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        return $"{diagnostic.Id} {diagnostic.Severity} ({position.Line + 1},{position.Character + 1}): {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
