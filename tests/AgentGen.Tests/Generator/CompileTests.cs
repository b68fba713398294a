using AgentGen.Testing;
using System.Collections.Generic;
using System.Linq;
using AgentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AgentGen.Tests.Generator;

/// <summary>
/// Generated code compiles with no warning (all warning waves, XML doc checks on) for every supported consumer:
/// C# 7.3, 10, 12 and latest; netstandard2.0 and net10.0; nullable on and off; internal and public.
/// </summary>
public sealed class CompileTests
{
    // Consumer code written in C# 7.3, using the generated API the way an app does.
    private const string Consumer = """
        namespace Consumer
        {
            using Sample.Agents;

            internal static class Uses
            {
                internal static string Describe()
                {
                    if (AgentCatalog.TryGet("lead", out var lead) && lead.CanUse(AgentTool.Read) && lead.CanSpawn("worker"))
                    {
                        return lead.Name + LeadAgent.Prompt + AgentCatalog.Get("lead").Description + AgentCatalog.All.Count;
                    }

                    AgentTool tool;
                    return AgentTools.TryParse("Bash", out tool) ? tool.ToToolName() : string.Empty;
                }
            }
        }
        """;

    /// <summary>The seeds' template and examples members, as the issue writes them, at every language version.</summary>
    private const string SeedConsumer = Consumer + """

        namespace Consumer
        {
            using Sample.Agents.Fullstack;

            internal static class UsesTemplates
            {
                internal static string Render()
                {
                    var arguments = new BackendDevAgent.PromptArguments { TechStack = { Backend = { Framework = "ASP.NET Core" }, Database = { Orm = "EF Core" } } };
                    return BackendDevAgent.RenderPrompt(arguments, keepMissing: true) + BackendDevAgent.RenderPrompt(arguments.ValueOf, true) + BackendDevAgent.PromptPlaceholders.Count
                        + BackendDeveloperAgent.Examples[0].User + BackendDeveloperAgent.DescriptionWithoutExamples;
                }
            }
        }
        """;

    [Fact]
    public void NotNullWhenPolyfillOnlyWhereMissing()
    {
        var options = new HarnessOptions { NetStandard = true, Source = Consumer };
        var polyfilled = GeneratorHarness.RunOnce(Fixtures.Runtime(), options).AssertCompilesCleanly();
        Assert.Contains("AgentGen.NotNullWhenAttribute.g.cs", polyfilled.Sources.Keys);
        var native = GeneratorHarness.RunOnce(Fixtures.Runtime(), options with { NetStandard = false }).AssertCompilesCleanly();
        Assert.DoesNotContain("AgentGen.NotNullWhenAttribute.g.cs", native.Sources.Keys);
    }

    [Theory]
    [InlineData(true, "CS0101")]
    [InlineData(false, null)]
    public void PolyfillCanBeLeftToPolySharp(bool emitPolyfills, string? expectedError)
    {
        // Another generator (like PolySharp) emitting NotNullWhenAttribute: generators cannot see each other's output.
        var files = Fixtures.Runtime().ToList();
        var compilation = CSharpCompilation.Create("Consumer", new[] { CSharpSyntaxTree.ParseText("namespace Consumer { }") },
            GeneratorHarness.References(netStandard: true), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var options = GeneratorHarness.OptionsProvider(files, new Dictionary<string, string> { ["AgentGenEmitPolyfills"] = emitPolyfills ? "true" : "false" });
        var driver = CSharpGeneratorDriver.Create(
            new[] { new AgentGen.Generation.AgentGenerator().AsSourceGenerator(), new PolySharpLike().AsSourceGenerator() },
            files.Select(f => (AdditionalText)new AgentGen.Testing.TestAdditionalText(f.Path, f.Text)),
            new CSharpParseOptions(LanguageVersion.Latest), options);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct().ToList();
        if (expectedError is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Contains(expectedError, errors); // the clash the opt-out exists for (with its follow-on errors)
        }
    }

    private sealed class PolySharpLike : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            // Like PolySharp: decided from the compilation (a post-initialization output would be visible to AgentGen).
            context.RegisterSourceOutput(context.CompilationProvider, (c, _) => c.AddSource("NotNullWhen.g.cs",
                "namespace System.Diagnostics.CodeAnalysis { [System.AttributeUsage(System.AttributeTargets.Parameter)] internal sealed class NotNullWhenAttribute : System.Attribute { public NotNullWhenAttribute(bool returnValue) { ReturnValue = returnValue; } public bool ReturnValue { get; } } }"));
    }

    public static IEnumerable<object[]> Matrix()
    {
        foreach (var version in new[] { LanguageVersion.CSharp7_3, LanguageVersion.CSharp10, LanguageVersion.CSharp12, LanguageVersion.Latest })
        {
            foreach (var netStandard in new[] { true, false })
            {
                yield return new object[] { version, netStandard, NullableContextOptions.Disable, "internal" };
                if (version >= LanguageVersion.CSharp8)
                {
                    yield return new object[] { version, netStandard, NullableContextOptions.Enable, "public" };
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void CompilesWithoutWarnings(LanguageVersion version, bool netStandard, NullableContextOptions nullable, string visibility)
    {
        var files = Seeds.Files().Concat(Fixtures.Runtime()).Concat(Fixtures.TrickyNames());
        GeneratorHarness.RunOnce(files, new HarnessOptions
        {
            LanguageVersion = version,
            NetStandard = netStandard,
            Nullable = nullable,
            Source = SeedConsumer,
            Properties = new Dictionary<string, string> { ["AgentGenVisibility"] = visibility },
        }).AssertCompilesCleanly();
    }

    [Fact]
    public void PlaceholdersInAnyScriptAndClashingNamesGiveCompilableArguments()
    {
        // Segments that map to one identifier, a group beside its own value, a name like the ValueOf method, other scripts.
        var prompt = "{{größe}} {{ユーザー.名前}} {{नाम}} {{a-b}} {{a_b}} {{stack}} {{stack.name}} {{valueOf}} {{promptArguments.x}}\n";
        var run = GeneratorHarness.RunOnce(new[] { AgentFile.Named("t.md", Fixtures.Minimal("t", prompt)) }, new HarnessOptions { Source = """
            namespace Consumer
            {
                internal static class UsesArguments
                {
                    internal static string Render()
                    {
                        var arguments = new Sample.Agents.TAgent.PromptArguments { Größe = "1", ユーザー = { 名前 = "2" }, AB = "3", AB_2 = "4", Stack = { Value = "5", Name = "6" } };
                        return Sample.Agents.TAgent.RenderPrompt(arguments, keepMissing: true);
                    }
                }
            }
            """ }).AssertCompilesCleanly();
        Assert.Equal(9, run.Source("Agent.Sample.Agents.TAgent.g.cs").Split("case \"").Length - 1);
    }

    [Fact]
    public void NoAgentFilesStillGivesTheSharedApi()
    {
        var run = GeneratorHarness.RunOnce(Enumerable.Empty<AgentFile>(), new HarnessOptions
        {
            Source = "namespace Consumer { internal static class Uses { internal static int Count() { return Sample.Agents.AgentCatalog.All.Count; } } }",
        }).AssertCompilesCleanly();
        Assert.Equal(new[] { "AgentGen.AgentTool.g.cs", "AgentGen.AgentToolImplementationAttribute.g.cs", "AgentGen.Runtime.g.cs", "AgentGen.SharedTypes.g.cs", "AgentGen.SkillCatalog.g.cs", "Catalog.Sample.Agents.g.cs" }, run.Sources.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
    }

    [Fact]
    public void UnmarkedAdditionalFilesAreNeverRead()
    {
        var harness = new GeneratorHarness(new[] { AgentFile.Named("reviewer.md", Fixtures.Minimal("reviewer")) });
        var run = harness.Run();
        Assert.Contains("Agent.Sample.Agents.ReviewerAgent.g.cs", run.Sources.Keys);

        // A README.md given to another analyzer has no AgentGenIsAgentFile metadata: it must not become an agent.
        var readme = new TestAdditionalText("/project/README.md", Fixtures.Minimal("readme"));
        var options = new TestOptionsProvider(new Dictionary<string, string>(), new Dictionary<string, IReadOnlyDictionary<string, string>>());
        var driver = CSharpGeneratorDriver.Create(new[] { new AgentGen.Generation.AgentGenerator().AsSourceGenerator() }, new[] { readme }, null, options);
        var result = driver.RunGenerators(CSharpCompilation.Create("C")).GetRunResult();
        Assert.DoesNotContain(result.GeneratedTrees, t => t.FilePath.Contains("Readme", System.StringComparison.Ordinal));
    }
}
