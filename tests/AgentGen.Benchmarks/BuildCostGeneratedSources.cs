using System;
using System.Collections.Generic;
using System.Linq;
using AgentGen.Generation;
using AgentGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AgentGen.Benchmarks;

/// <summary>The sources AgentGen's generator produces for a set of agents, with the metadata its MSBuild files would give.</summary>
public static class BuildCostGeneratedSources
{
    public static IEnumerable<(string HintName, string Text)> For(IReadOnlyList<BuildCostAgent> agents, string rootNamespace)
    {
        var files = agents.Select(a => (Path: "/consumer/.claude/agents/" + a.RelativePath, Agent: a)).ToList();
        var texts = files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Agent.Text));
        var metadata = files.ToDictionary(
            f => f.Path,
            f => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
            {
                ["AgentGenIsAgentFile"] = "true",
                ["AgentGenFolder"] = f.Agent.RelativePath.Contains('/') ? f.Agent.RelativePath.Substring(0, f.Agent.RelativePath.LastIndexOf('/') + 1) : string.Empty,
            });
        var options = new TestOptionsProvider(new Dictionary<string, string> { ["RootNamespace"] = rootNamespace, ["ProjectDir"] = "/consumer/" }, metadata);
        var compilation = CSharpCompilation.Create(rootNamespace, references: Basic.Reference.Assemblies.Net100.References.All,
            options: new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create(new[] { new AgentGenerator().AsSourceGenerator() }, texts, new CSharpParseOptions(LanguageVersion.Latest), options);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            throw new InvalidOperationException("AgentGen failed on the benchmark's agents", result.Exception);
        }

        return result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString()));
    }
}
