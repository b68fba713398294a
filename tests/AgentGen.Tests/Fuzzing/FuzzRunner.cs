using AgentGen.Testing;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using AgentGen.Generation;
using AgentGen.Parsing;
using AgentGen.Schema;
using AgentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AgentGen.Tests.Fuzzing;

/// <summary>What went wrong with one input (or a batch, when no single input fails alone).</summary>
public sealed record FuzzFailure(string Input, string Reason);

/// <summary>Figures of a fuzz run.</summary>
public sealed class FuzzStats
{
    public int Inputs { get; set; }

    public int Usable { get; set; }

    public int GeneratedSources { get; set; }

    public TimeSpan SlowestParse { get; set; }

    public Dictionary<string, int> Diagnostics { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// Runs the parser, the generator and the analyzer on inputs and checks: no exception escapes, every generated source
/// compiles with the rest (no error, no warning), and each input is parsed within the per-file time budget.
/// Inputs are checked in batches (one generator run and one compilation per batch) and a failing batch is narrowed to
/// the single input that fails, which is then minimised line by line.
/// </summary>
public static class FuzzRunner
{
    public static readonly TimeSpan ParseBudget = TimeSpan.FromSeconds(2);

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly CSharpCompilation BaseCompilation = CSharpCompilation.Create(
        "Fuzz",
        new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class C { } }", ParseOptions) },
        Basic.Reference.Assemblies.Net100.References.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));

    /// <param name="inputs">The files' texts.</param>
    /// <param name="stats">Counts to add to, or null.</param>
    /// <param name="kind">What the files are read as: agents (the default), skills or commands.</param>
    internal static FuzzFailure? CheckBatch(IReadOnlyList<string> inputs, FuzzStats? stats = null, DocumentKinds kind = DocumentKinds.Agent)
    {
        var failure = CheckTogether(inputs, stats, kind);
        if (failure is null || inputs.Count == 1)
        {
            return failure;
        }

        // Narrow down to one input that fails alone, and minimise it.
        foreach (var input in inputs)
        {
            if (CheckTogether(new[] { input }, null, kind) is { } single)
            {
                var minimal = Minimise(single.Input, kind);
                return CheckTogether(new[] { minimal }, null, kind) ?? single;
            }
        }

        return failure;
    }

    private static FuzzFailure? CheckTogether(IReadOnlyList<string> inputs, FuzzStats? stats, DocumentKinds kind = DocumentKinds.Agent)
    {
        foreach (var input in inputs)
        {
            var watch = Stopwatch.StartNew();
            AgentDocument document;
            try
            {
                document = AgentFileParser.Parse(input, kind: kind);
            }
            catch (Exception exception)
            {
                return new FuzzFailure(input, "the parser threw " + exception);
            }

            watch.Stop();
            if (watch.Elapsed > ParseBudget)
            {
                return new FuzzFailure(input, $"parsing took {watch.Elapsed.TotalMilliseconds:F0} ms, over the {ParseBudget.TotalMilliseconds:F0} ms budget");
            }

            if (stats is not null)
            {
                stats.Inputs++;
                stats.Usable += document.IsUsable ? 1 : 0;
                stats.SlowestParse = watch.Elapsed > stats.SlowestParse ? watch.Elapsed : stats.SlowestParse;
            }
        }

        var files = inputs.Select((text, i) => kind switch
        {
            DocumentKinds.Skill => AgentFile.Skill($"fuzz{i}", text),
            DocumentKinds.Command => AgentFile.Command($"fuzz{i}.md", text),
            _ => AgentFile.Named($"fuzz{i}.md", text),
        }).ToList();
        var provider = GeneratorHarness.OptionsProvider(files, new Dictionary<string, string>());
        var texts = files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var driver = CSharpGeneratorDriver.Create(new[] { new AgentGenerator().AsSourceGenerator() }, texts, ParseOptions, provider);
        driver = (CSharpGeneratorDriver)driver.RunGeneratorsAndUpdateCompilation(BaseCompilation, out var output, out _);
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            return new FuzzFailure(inputs[0], "the generator threw " + result.Exception);
        }

        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (problems.Count > 0)
        {
            return new FuzzFailure(inputs[0], "the generated code does not compile cleanly: " + string.Join("; ", problems.Take(5)));
        }

        ImmutableArray<Diagnostic> diagnostics;
        try
        {
            diagnostics = AnalyzerHarness.Run(texts, provider);
        }
        catch (Exception exception)
        {
            return new FuzzFailure(inputs[0], "the analyzer failed: " + exception.Message);
        }

        if (stats is not null)
        {
            stats.GeneratedSources += result.GeneratedSources.Length;
            foreach (var diagnostic in diagnostics)
            {
                stats.Diagnostics[diagnostic.Id] = stats.Diagnostics.TryGetValue(diagnostic.Id, out var count) ? count + 1 : 1;
            }
        }

        return null;
    }

    /// <summary>Removes lines, then characters, while the input still fails on its own.</summary>
    internal static string Minimise(string input, DocumentKinds kind = DocumentKinds.Agent)
    {
        var lines = input.Split('\n').ToList();
        for (var chunk = Math.Max(1, lines.Count / 2); chunk >= 1; chunk /= 2)
        {
            for (var start = 0; start < lines.Count;)
            {
                var candidate = lines.Take(start).Concat(lines.Skip(start + chunk)).ToList();
                if (candidate.Count > 0 && CheckTogether(new[] { string.Join("\n", candidate) }, null, kind) is not null)
                {
                    lines = candidate;
                }
                else
                {
                    start += chunk;
                }
            }
        }

        return string.Join("\n", lines);
    }

    /// <summary>Keeps a minimised failing input as a regression fixture (commit it; RegressionTests then run it forever).</summary>
    public static string Keep(FuzzFailure failure)
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "tests", "AgentGen.Tests", "Fuzzing", "Regressions");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "found-" + AgentGen.Helpers.StableHash.Hex8(failure.Input) + ".md");
        // A file on disk reaches the compiler decoded from UTF-8, where a lone surrogate cannot occur: write it as U+FFFD
        // (the replacement the decoder makes), and say so when that changes the input.
        File.WriteAllText(path, failure.Input, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false));
        return File.ReadAllText(path) == failure.Input ? path : path + " (lone surrogates written as U+FFFD)";
    }
}
