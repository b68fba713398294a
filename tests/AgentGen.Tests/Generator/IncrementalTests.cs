using System;
using System.Collections.Generic;
using System.Linq;
using AgentGen.Generation;
using AgentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AgentGen.Tests.Generator;

/// <summary>
/// The pipeline does no more work than an edit requires: asserted on tracked steps and their run reasons, and on the
/// outputs of every step (no Compilation, symbol or syntax node may be cached in a model).
/// </summary>
public sealed class IncrementalTests
{
    private static readonly string[] AllSteps =
    {
        TrackingNames.Options, TrackingNames.EmitSettings, TrackingNames.Agents, TrackingNames.AgentKeys, TrackingNames.Identities,
        TrackingNames.NamedTools, TrackingNames.ToolSet, TrackingNames.AgentOutputs, TrackingNames.Catalogs,
    };

    [Fact]
    public void RerunWithoutChangesCachesEveryStep()
    {
        var harness = new GeneratorHarness(Seeds.Files().Concat(Fixtures.Runtime()));
        harness.Run();
        var second = harness.Run();

        foreach (var step in AllSteps)
        {
            var reasons = second.Reasons(step);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {reason}"));
        }

        Assert.All(second.Generator.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached, output.Reason.ToString()));
    }

    [Fact]
    public void EditingCSharpReemitsNoAgentSource()
    {
        var harness = new GeneratorHarness(Seeds.Files().Concat(Fixtures.Runtime()));
        harness.Run();
        harness.EditCSharp("namespace Consumer { internal static class Added { } }");
        var run = harness.Run();

        Assert.All(run.Reasons(TrackingNames.Agents), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(run.Reasons(TrackingNames.AgentOutputs), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
        Assert.All(run.Reasons(TrackingNames.Catalogs), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
        Assert.Empty(run.ReemittedHintNames());
    }

    [Fact]
    public void EditingOneSkillsBodyReemitsOnlyThatSkill()
    {
        var files = Seeds.Files().Concat(Fixtures.Runtime()).Concat(new[]
        {
            AgentFile.Skill("planning", "---\nname: planning\ndescription: Plans.\n---\nWrite the plan.\n"),
            AgentFile.Skill("triage", "---\nname: triage\ndescription: Sorts issues.\n---\nSort them.\n"),
            AgentFile.Command("ops/review-pr.md", "---\ndescription: Reviews a PR.\nargument-hint: \"[pr] [priority]\"\n---\nReview #$0 at $1.\n"),
        }).ToList();
        var harness = new GeneratorHarness(files);
        harness.Run();
        var planning = files.Single(f => f.Path.EndsWith("/planning/SKILL.md", StringComparison.Ordinal));
        harness.EditAgent(planning.Path, planning.Text.Replace("Write the plan.", "Write the plan, step by step."));
        var run = harness.Run();

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, run.Reasons(TrackingNames.SkillOutputs).Where(r => r is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)));
        Assert.All(run.Reasons(TrackingNames.SkillKeys), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(run.Reasons(TrackingNames.SkillCatalog), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.Equal(new[] { "Skill.PlanningSkill.g.cs" }, run.ReemittedHintNames());
        Assert.Contains("Write the plan, step by step.", run.Source("Skill.PlanningSkill.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void EditingOneSkillsKeysReemitsOnlyThatSkill()
    {
        // Every key is in the skill's own SettingsJson: the catalog, which holds places only, stays as it was.
        var files = new[]
        {
            AgentFile.Skill("planning", "---\nname: planning\ndescription: Plans.\n---\nWrite the plan.\n"),
            AgentFile.Skill("triage", "---\nname: triage\ndescription: Sorts issues.\n---\nSort them.\n"),
        }.ToList();
        var harness = new GeneratorHarness(files);
        harness.Run();
        harness.EditAgent(files[0].Path, files[0].Text.Replace("description: Plans.\n", "description: Plans.\nmodel: haiku\neffort: low\n"));
        var run = harness.Run();

        Assert.Equal(new[] { "Skill.PlanningSkill.g.cs" }, run.ReemittedHintNames());
        Assert.Contains("\\\"model\\\":\\\"haiku\\\"", run.Source("Skill.PlanningSkill.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void EditingOnePromptReemitsOnlyThatAgent()
    {
        var files = Seeds.Files().Concat(Fixtures.Runtime()).ToList();
        var harness = new GeneratorHarness(files);
        harness.Run();
        var lead = files.Single(f => f.Path.EndsWith("/lead.md", StringComparison.Ordinal));
        harness.EditAgent(lead.Path, lead.Text.Replace("Lead the work.", "Lead the work, carefully."));
        var run = harness.Run();

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, run.Reasons(TrackingNames.Agents).Where(r => r != IncrementalStepRunReason.Cached));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, run.Reasons(TrackingNames.AgentOutputs).Where(r => r is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)));
        // Cached, not merely Unchanged: the keys and tool names are projected before Collect, so an edited prompt does
        // not even re-run the naming and tool-set steps.
        Assert.All(run.Reasons(TrackingNames.Identities), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(run.Reasons(TrackingNames.ToolSet), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(run.Reasons(TrackingNames.Catalogs), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.Equal(new[] { "Agent.Sample.Agents.LeadAgent.g.cs" }, run.ReemittedHintNames());
        Assert.Contains("Lead the work, carefully.", run.Source("Agent.Sample.Agents.LeadAgent.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void EditingATemplatedPromptOutsideItsPlaceholdersReemitsOnlyThatAgent()
    {
        var files = Seeds.Files().Concat(Fixtures.Runtime()).ToList();
        var harness = new GeneratorHarness(files);
        harness.Run();
        var seed = Seeds.AgentFile("001");
        harness.EditAgent(seed.Path, seed.Text.Replace("- Backend framework", "- The backend framework"));
        var run = harness.Run();

        Assert.Equal(new[] { "Agent.Sample.Agents.Fullstack.BackendDevAgent.g.cs" }, run.ReemittedHintNames());
        Assert.All(run.Reasons(TrackingNames.Identities), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(run.Reasons(TrackingNames.Catalogs), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
    }

    [Fact]
    public void AddingAPlaceholderReemitsOnlyThatAgentWithItsArguments()
    {
        var files = Seeds.Files().Concat(Fixtures.Runtime()).ToList();
        var harness = new GeneratorHarness(files);
        harness.Run();
        var seed = Seeds.AgentFile("001");
        harness.EditAgent(seed.Path, seed.Text.Replace("- `{{techStack.database.cache}}`", "- `{{techStack.database.cache}}` on `{{techStack.database.cacheHost}}`"));
        var run = harness.Run();

        const string HintName = "Agent.Sample.Agents.Fullstack.BackendDevAgent.g.cs";
        Assert.Equal(new[] { HintName }, run.ReemittedHintNames());
        Assert.Contains("case \"techStack.database.cacheHost\": return TechStack.Database.CacheHost;", run.Source(HintName), StringComparison.Ordinal);
        Assert.All(run.Reasons(TrackingNames.Catalogs), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
    }

    [Fact]
    public void AddingAToolReemitsTheToolEnumButNoOtherAgent()
    {
        var files = Seeds.Files().Concat(Fixtures.Runtime()).ToList();
        var harness = new GeneratorHarness(files);
        harness.Run();
        var worker = files.Single(f => f.Path.EndsWith("/worker.md", StringComparison.Ordinal));
        harness.EditAgent(worker.Path, worker.Text.Replace("  - lookup_order", "  - lookup_order\n  - cancel_order"));
        var run = harness.Run();

        Assert.Equal(new[] { "Agent.Sample.Agents.WorkerAgent.g.cs", "AgentGen.AgentTool.g.cs" }, run.ReemittedHintNames().OrderBy(h => h, StringComparer.Ordinal));
    }

    [Fact]
    public void RenamingAnAgentReemitsItsSourceAndItsCatalogOnly()
    {
        var files = Seeds.Files().Concat(Fixtures.Runtime()).ToList();
        var harness = new GeneratorHarness(files);
        harness.Run();
        var reviewer = files.Single(f => f.Path.EndsWith("/reviewer.md", StringComparison.Ordinal));
        harness.EditAgent(reviewer.Path, reviewer.Text.Replace("name: reviewer", "name: critic"));
        var run = harness.Run();

        Assert.Equal(new[] { "Agent.Sample.Agents.CriticAgent.g.cs", "Catalog.Sample.Agents.g.cs" }, run.ReemittedHintNames().OrderBy(h => h, StringComparer.Ordinal));
    }

    private const string Implementation = """
        namespace Consumer
        {
            internal static class Tools
            {
                /// <summary>Looks up an order.</summary>
                [AgentGen.AgentToolImplementation("lookup_order")]
                internal static string LookupOrder(string id) { return id; }
            }
        }
        """;

    [Fact]
    public void EditingAToolMethodBodyReemitsNothing()
    {
        var options = new HarnessOptions { ExtraReferences = AiReferences.ChatOnly, Source = Implementation };
        var harness = new GeneratorHarness(Fixtures.Runtime(), options);
        var first = harness.Run();
        Assert.Contains("AgentGen.AgentToolbox.g.cs", first.Sources.Keys);
        harness.ReplaceCSharp("Consumer.cs", Implementation.Replace("return id;", "return id.Trim();"));
        var run = harness.Run();

        Assert.All(run.Reasons(TrackingNames.ToolImplementations), r => Assert.True(r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, r.ToString()));
        Assert.Empty(run.ReemittedHintNames());
    }

    [Fact]
    public void RenamingAToolReemitsTheToolboxOnly()
    {
        var options = new HarnessOptions { ExtraReferences = AiReferences.ChatOnly, Source = Implementation };
        var harness = new GeneratorHarness(Fixtures.Runtime(), options);
        harness.Run();
        harness.ReplaceCSharp("Consumer.cs", Implementation.Replace("\"lookup_order\"", "\"find_order\""));
        var run = harness.Run();

        Assert.Equal(new[] { "AgentGen.AgentToolbox.g.cs" }, run.ReemittedHintNames());
        Assert.Contains("\"find_order\"", run.Source("AgentGen.AgentToolbox.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void EditingATypeAToolTakesInAnotherFileReemitsTheToolbox()
    {
        // The binding is generated from the parameter's type: a property added in another file must reach it.
        const string tools = "namespace Consumer { internal static class Tools { [AgentGen.AgentToolImplementation(\"lookup_order\")] internal static string LookupOrder(Order order) { return order.Sku; } } }";
        const string order = "namespace Consumer { internal sealed class Order { public string Sku { get; set; } } }";
        var harness = new GeneratorHarness(Fixtures.Runtime(), new HarnessOptions { ExtraReferences = AiReferences.ChatOnly, Source = tools, Nullable = NullableContextOptions.Disable });
        harness.EditCSharp(order);
        Assert.DoesNotContain("quantity", harness.Run().Source("AgentGen.AgentToolbox.g.cs"), StringComparison.Ordinal);
        harness.ReplaceCSharp("Edit1.cs", order.Replace("public string Sku { get; set; }", "public string Sku { get; set; } public int Quantity { get; set; }"));
        var run = harness.Run();

        Assert.Equal(new[] { "AgentGen.AgentToolbox.g.cs" }, run.ReemittedHintNames());
        Assert.Contains("\"quantity\"", run.Source("AgentGen.AgentToolbox.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void NoStepOutputHoldsACompilationSymbolOrSyntax()
    {
        var run = new GeneratorHarness(Seeds.Files().Concat(Fixtures.Runtime()), new HarnessOptions { ExtraReferences = AiReferences.Agents, Source = Implementation }).Run();
        foreach (var step in AllSteps.Append(TrackingNames.ToolImplementations).Append(TrackingNames.Toolbox).SelectMany(name => run.Generator.TrackedSteps[name]))
        {
            foreach (var (output, _) in step.Outputs)
            {
                AssertNoRoslynObjects(output, step.Name ?? "(untracked)", new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, string step, HashSet<object> visited, int depth)
    {
        if (value is null || depth > 8 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Microsoft.CodeAnalysis.Text.SourceText,
            $"Step {step} caches a {value.GetType().Name}: models must be plain values.");
        if (value is System.Runtime.CompilerServices.ITuple tuple)
        {
            for (var i = 0; i < tuple.Length; i++)
            {
                AssertNoRoslynObjects(tuple[i], step, visited, depth + 1);
            }

            return;
        }

        if (value is System.Collections.IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoRoslynObjects(item, step, visited, depth + 1);
            }

            return;
        }

        if (value.GetType().Assembly != typeof(AgentGenerator).Assembly)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertNoRoslynObjects(property.GetValue(value), step, visited, depth + 1);
        }
    }
}
