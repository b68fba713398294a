using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AgentGen.Diagnostics;
using AgentGen.Generation;
using AgentGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.RepresentationModel;

namespace AgentGen.Benchmarks;

/// <summary>The compile-time scenarios (a)-(d) and (f) over N synthetic agent files.</summary>
public sealed class GeneratorScenarios
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private readonly ImmutableArray<AdditionalText> _texts;
    private readonly TestOptionsProvider _options;
    private readonly CSharpCompilation _compilation;

    /// <param name="count">How many synthetic agents.</param>
    /// <param name="skills">How many synthetic skills beside them (SkillFile items, a prompt-sized body each).</param>
    /// <param name="skillsOnly">Keep the skills alone (each with the body of one of the agents), for a per-KB comparison.</param>
    public GeneratorScenarios(int count, int skills = 0, bool skillsOnly = false)
    {
        Count = skillsOnly ? 0 : count;
        var agents = SyntheticAgents.Create(count);
        var skillFiles = agents.Take(skills).Select((agent, i) => (
            Path: $"/project/.claude/skills/skill-{i}/SKILL.md",
            Text: $"---\nname: skill-{i}\ndescription: Does part {i} of the work. Use when that part comes up.\nargument-hint: \"[target] [mode]\"\nallowed-tools: Read, Grep\n---\nWork on $0 in $1 mode.\n" + agent.Text.Substring(agent.Text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)));
        Files = (skillsOnly ? skillFiles : agents.Concat(skillFiles)).ToList();
        SkillCount = skills;
        _texts = Files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToImmutableArray();
        _options = new TestOptionsProvider(
            new Dictionary<string, string> { ["RootNamespace"] = "Bench", ["ProjectDir"] = "/project/" },
            Files.ToDictionary(f => f.Path, f => (IReadOnlyDictionary<string, string>)(f.Path.EndsWith("/SKILL.md", StringComparison.Ordinal)
                ? new Dictionary<string, string> { ["AgentGenKind"] = "skill" }
                : new Dictionary<string, string> { ["AgentGenIsAgentFile"] = "true" })));
        _compilation = CSharpCompilation.Create(
            "Bench",
            new[] { CSharpSyntaxTree.ParseText("namespace Bench { public static class Program { public static int Value = 1; } }", ParseOptions) },
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    public int Count { get; }

    public int SkillCount { get; }

    public IReadOnlyList<(string Path, string Text)> Files { get; }

    /// <summary>Fresh texts (new SourceText objects), so no per-text cache of an earlier run can help.</summary>
    private ImmutableArray<AdditionalText> FreshTexts() => Files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToImmutableArray();

    private GeneratorDriver NewDriver(ImmutableArray<AdditionalText> texts) =>
        CSharpGeneratorDriver.Create(new[] { new AgentGenerator().AsSourceGenerator() }, texts, ParseOptions, _options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>(a) A fresh driver over fresh texts: everything is parsed and emitted.</summary>
    public Measurement ColdGeneration(int iterations) => Measure.Run($"cold generation, {Count} files", 3, iterations, watch =>
    {
        var texts = FreshTexts();
        var driver = NewDriver(texts);
        watch.Start();
        driver.RunGenerators(_compilation);
        watch.Stop();
    });

    /// <summary>(a) The floor: read the same texts and parse their frontmatter with YamlDotNet alone.</summary>
    public Measurement YamlFloor(int iterations) => Measure.Run($"floor: YamlDotNet frontmatter parse, {Count} files", 3, iterations, watch =>
    {
        var texts = FreshTexts();
        watch.Start();
        foreach (var text in texts)
        {
            var content = text.GetText()!.ToString();
            var end = content.IndexOf("\n---", 4, StringComparison.Ordinal);
            var stream = new YamlStream();
            stream.Load(new StringReader(content.Substring(4, end - 4)));
        }

        watch.Stop();
    });

    /// <summary>(a, breakdown) AgentGen's own parser over the same fresh texts (what the generator adds to the floor before emitting).</summary>
    public Measurement ParserAlone(int iterations) => Measure.Run($"AgentGen parser, {Count} files", 3, iterations, watch =>
    {
        var texts = FreshTexts();
        watch.Start();
        foreach (var text in texts)
        {
            AgentGen.Input.ParseCache.Get(text.GetText()!);
        }

        watch.Stop();
    });

    /// <summary>(a, breakdown) Parsing plus writing every agent's source text, without the Roslyn driver (which then parses the sources it is given).</summary>
    public Measurement ParseAndEmit(int iterations)
    {
        var settings = new AgentGen.Model.EmitSettings("Bench.Agents", false, true, true);
        return Measure.Run($"AgentGen parse + emit, {Count} files", 3, iterations, watch =>
        {
            var texts = FreshTexts();
            watch.Start();
            foreach (var text in texts)
            {
                var source = text.GetText()!;
                var file = new AgentGen.Input.AgentFile(text.Path, text.Path, "Bench.Agents", source, AgentGen.Input.ParseCache.Get(source));
                var spec = AgentSpecFactory.Create(file);
                var identity = new AgentGen.Model.AgentIdentity(spec.Key, "XAgent", "X", "Agent.X.g.cs");
                AgentGen.Emit.AgentClassEmitter.Emit(new AgentGen.Model.AgentEmitModel(spec, identity, settings));
            }

            watch.Stop();
        });
    }

    /// <summary>(b) A warm driver re-run after one agent file changed (alternating between two versions of it).</summary>
    public Measurement EditOneAgent(int iterations) => EditOne(Count / 2, iterations);

    /// <summary>(b, skills) The same after one skill file changed.</summary>
    public Measurement EditOneSkill(int iterations) => EditOne(Count + SkillCount / 2, iterations);

    private Measurement EditOne(int index, int iterations)
    {
        var driver = NewDriver(_texts).RunGenerators(_compilation);
        var current = _texts[index];
        var flip = false;
        return Measure.Run($"re-run after editing {Files[index].Path}", 3, iterations, watch =>
        {
            flip = !flip;
            var edited = new TestAdditionalText(Files[index].Path, Files[index].Text + (flip ? "\nOne more line.\n" : "\n"));
            driver = driver.ReplaceAdditionalText(current, edited);
            current = edited;
            watch.Start();
            driver = driver.RunGenerators(_compilation);
            watch.Stop();
        });
    }

    /// <summary>(c) A warm driver re-run after a C# file changed.</summary>
    public Measurement EditCSharp(int iterations)
    {
        var driver = NewDriver(_texts).RunGenerators(_compilation);
        var tree = _compilation.SyntaxTrees.Single();
        var compilation = _compilation;
        var version = 0;
        return Measure.Run($"re-run after editing a .cs ({Count} .md)", 3, iterations, watch =>
        {
            var edited = CSharpSyntaxTree.ParseText($"namespace Bench {{ public static class Program {{ public static int Value = {++version}; }} }}", ParseOptions);
            compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), edited);
            watch.Start();
            driver = driver.RunGenerators(compilation);
            watch.Stop();
        });
    }

    /// <summary>(d) The analyzer over all files; with fresh texts (nothing cached) or after the generator ran on the same texts (a build).</summary>
    public Measurement Analyzer(int iterations, bool afterGenerator) => Measure.Run(
        afterGenerator ? $"analyzer after the generator, {Count} files" : $"analyzer alone (fresh texts), {Count} files", 2, iterations, watch =>
        {
            var texts = FreshTexts();
            if (afterGenerator)
            {
                NewDriver(texts).RunGenerators(_compilation);
            }

            var analyzers = _compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AgentFileAnalyzer()), new AnalyzerOptions(texts, _options));
            watch.Start();
            analyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            watch.Stop();
        });

    /// <summary>(f) Generated source size per agent, and the sources of one run (for the runtime scenario).</summary>
    public (double CharsPerAgent, ImmutableArray<SyntaxTree> Trees) GeneratedSources()
    {
        var result = NewDriver(FreshTexts()).RunGenerators(_compilation).GetRunResult().Results.Single();
        var agents = result.GeneratedSources.Where(s => s.HintName.StartsWith("Agent.", StringComparison.Ordinal)).ToList();
        return (agents.Average(s => s.SourceText.Length), result.GeneratedSources.Select(s => s.SyntaxTree).ToImmutableArray());
    }

    public CSharpCompilation Compilation => _compilation;
}
