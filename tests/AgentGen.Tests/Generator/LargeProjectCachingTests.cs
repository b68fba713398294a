using AgentGen.Naming;
using System;
using System.Linq;
using AgentGen.Generation;
using AgentGen.Testing;
using AgentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AgentGen.Tests.Generator;

/// <summary>
/// Incrementality at scale (not timed: asserted on tracked steps and run reasons): with 1,000 agent files, editing a
/// .cs file re-emits nothing, editing one .md re-emits exactly that agent's source.
/// </summary>
public sealed class LargeProjectCachingTests
{
    private static AgentFile[] Files() => SyntheticAgents.Create(1000).Select(f => new AgentFile(f.Path, f.Text)).ToArray();

    [Fact]
    public void EditingCSharpReemitsNothing()
    {
        var harness = new GeneratorHarness(Files());
        var first = harness.Run();
        Assert.Equal(1000, first.Sources.Keys.Count(k => k.StartsWith("Agent.", StringComparison.Ordinal)));
        harness.EditCSharp("namespace Consumer { internal static class Edited { } }");
        var run = harness.Run();

        Assert.All(run.Reasons(TrackingNames.Agents), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Empty(run.ReemittedHintNames());
    }

    [Fact]
    public void EditingOneAgentReemitsOnlyThatAgent()
    {
        var files = Files();
        var harness = new GeneratorHarness(files);
        harness.Run();
        var target = files[500];
        harness.EditAgent(target.Path, target.Text + "\nOne more paragraph.\n");
        var run = harness.Run();

        Assert.Single(run.Reasons(TrackingNames.Agents), r => r == IncrementalStepRunReason.Modified);
        Assert.Equal(999, run.Reasons(TrackingNames.Agents).Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Single(run.Reasons(TrackingNames.AgentOutputs), r => r == IncrementalStepRunReason.Modified);
        Assert.All(run.Reasons(TrackingNames.Identities), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.All(run.Reasons(TrackingNames.ToolSet), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Equal(new[] { "Agent.Sample.Agents." + IdentifierAssigner.BaseName(System.IO.Path.GetFileNameWithoutExtension(target.Path)) + "Agent.g.cs" }, run.ReemittedHintNames());
    }
}
