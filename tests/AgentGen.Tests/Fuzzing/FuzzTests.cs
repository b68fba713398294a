using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using AgentGen.Tests.Generator;
using AgentGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace AgentGen.Tests.Fuzzing;

/// <summary>
/// Mutation fuzzing of the parser, generator and analyzer. CI runs a fixed seed and 5,000 inputs; the long run is
/// <c>AGENTGEN_FUZZ_COUNT=100000 dotnet test tests/AgentGen.Tests --filter FullyQualifiedName~FuzzTests</c>
/// (<c>AGENTGEN_FUZZ_SEED</c> picks another seed). See docs/reliability.md.
/// </summary>
public sealed class FuzzTests
{
    public const int DefaultCount = 5000;
    public const int DefaultSeed = 20261126;
    private const int BatchSize = 64;

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void MutatedAgentFilesNeverBreakTheBuild()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("AGENTGEN_FUZZ_COUNT"), out var n) ? n : DefaultCount;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("AGENTGEN_FUZZ_SEED"), out var s) ? s : DefaultSeed;
        var bases = BaseInputs();
        var mutator = new Mutator(seed);
        var stats = new FuzzStats();
        var watch = Stopwatch.StartNew();
        var batch = new List<string>(BatchSize);
        for (var i = 0; i < count; i++)
        {
            batch.Add(mutator.Mutate(bases[i % bases.Count]));
            if (batch.Count == BatchSize || i == count - 1)
            {
                if (FuzzRunner.CheckBatch(batch, stats) is { } failure)
                {
                    var kept = FuzzRunner.Keep(failure);
                    Assert.Fail($"Input {i} (seed {seed}) fails: {failure.Reason}\nMinimised and kept as {kept}; commit it as a regression fixture.");
                }

                batch.Clear();
            }
        }

        _output.WriteLine($"seed {seed}: {stats.Inputs} inputs from {bases.Count} bases in {watch.Elapsed.TotalSeconds:F1} s; " +
            $"{stats.Usable} usable agents, {stats.GeneratedSources} generated sources, slowest parse {stats.SlowestParse.TotalMilliseconds:F1} ms");
        _output.WriteLine("diagnostics: " + string.Join(", ", stats.Diagnostics.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));
        Assert.Equal(count, stats.Inputs);
    }

    [Fact]
    public void RegressionFixturesPass()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "tests", "AgentGen.Tests", "Fuzzing", "Regressions");
        var inputs = Directory.GetFiles(folder, "*.md").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        Assert.NotEmpty(inputs);
        foreach (var input in inputs)
        {
            Assert.Null(FuzzRunner.CheckBatch(new[] { input }));
        }

        Assert.Null(FuzzRunner.CheckBatch(inputs));
    }

    /// <summary>The seeds, the fixtures, hand-made hostile files and (when present) the corpus.</summary>
    private static List<string> BaseInputs()
    {
        var bases = Seeds.Files().Concat(Fixtures.Runtime()).Concat(Fixtures.TrickyNames()).Select(f => f.Text).ToList();
        var corpus = TestPaths.CorpusDirectory;
        if (Directory.Exists(corpus))
        {
            bases.AddRange(Directory.GetFiles(corpus, "*.md", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText));
        }

        return bases;
    }
}
