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

    /// <summary>Skills and commands through the same parser, generator and analyzer: 1,000 mutated inputs each.</summary>
    [Theory]
    [InlineData("skill")]
    [InlineData("command")]
    public void MutatedSkillAndCommandFilesNeverBreakTheBuild(string kindName)
    {
        var kind = kindName == "skill" ? AgentGen.Schema.DocumentKinds.Skill : AgentGen.Schema.DocumentKinds.Command;
        var count = (int.TryParse(Environment.GetEnvironmentVariable("AGENTGEN_FUZZ_COUNT"), out var n) ? n : DefaultCount) / 5;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("AGENTGEN_FUZZ_SEED"), out var s) ? s : DefaultSeed;
        var bases = SkillBaseInputs(kind);
        var mutator = new Mutator(seed + (int)kind);
        var stats = new FuzzStats();
        var batch = new List<string>(BatchSize);
        for (var i = 0; i < count; i++)
        {
            batch.Add(mutator.Mutate(bases[i % bases.Count]));
            if (batch.Count == BatchSize || i == count - 1)
            {
                if (FuzzRunner.CheckBatch(batch, stats, kind) is { } failure)
                {
                    var kept = FuzzRunner.Keep(failure);
                    Assert.Fail($"{kind} input {i} (seed {seed}) fails: {failure.Reason}\nMinimised and kept as {kept}.");
                }

                batch.Clear();
            }
        }

        _output.WriteLine($"{kind}: {stats.Inputs} inputs from {bases.Count} bases; {stats.GeneratedSources} generated sources; diagnostics: " + string.Join(", ", stats.Diagnostics.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));
        Assert.Equal(count, stats.Inputs);
    }

    /// <summary>The repository's own skills and commands, hand-made hostile ones, and (when present) the skills corpus.</summary>
    private static List<string> SkillBaseInputs(AgentGen.Schema.DocumentKinds kind)
    {
        var root = TestPaths.RepositoryRoot;
        var own = kind == AgentGen.Schema.DocumentKinds.Skill
            ? Directory.GetFiles(root, "SKILL.md", SearchOption.AllDirectories)
            : Directory.GetFiles(root, "*.md", SearchOption.AllDirectories).Where(p => p.Replace('\\', '/').Contains("/.claude/commands/", StringComparison.Ordinal));
        var bases = own.Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal)).OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        bases.Add("---\nname: x\ndescription: \"$ARGUMENTS[99999999999] $9 ${CLAUDE_SKILL_DIR}\"\nargument-hint: [a] [a] [if]\nallowed-tools: [Bash, Bash(, \"Bash(rm -rf /:*)\"]\ncontext: fork\nagent: \"\"\npaths: \",,,\"\n---\n$ARGUMENTS[ $ARGUMENTS[1 $0$1$2 !`rm` @file\n");
        bases.Add("no frontmatter $0 $ARGUMENTS");
        var corpus = Path.Combine(TestPaths.SharedDirectory, "skills-corpus");
        if (Directory.Exists(corpus))
        {
            bases.AddRange(Directory.GetFiles(corpus, kind == AgentGen.Schema.DocumentKinds.Skill ? "SKILL.md" : "*.md", SearchOption.AllDirectories)
                .Where(p => kind == AgentGen.Schema.DocumentKinds.Skill || p.Replace('\\', '/').Contains("/commands/", StringComparison.Ordinal))
                .OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText));
        }

        return bases;
    }

    /// <summary>Every kept failure, read as what it was found as: <c>*.skill.md</c> and <c>*.command.md</c> as skills and commands.</summary>
    [Fact]
    public void RegressionFixturesPass()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "tests", "AgentGen.Tests", "Fuzzing", "Regressions");
        var files = Directory.GetFiles(folder, "*.md").OrderBy(p => p, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var group in files.GroupBy(KindOf))
        {
            var inputs = group.Select(File.ReadAllText).ToList();
            foreach (var input in inputs)
            {
                Assert.Null(FuzzRunner.CheckBatch(new[] { input }, kind: group.Key));
            }

            Assert.Null(FuzzRunner.CheckBatch(inputs, kind: group.Key));
        }
    }

    private static AgentGen.Schema.DocumentKinds KindOf(string path) =>
        path.EndsWith(".skill.md", StringComparison.Ordinal) ? AgentGen.Schema.DocumentKinds.Skill
        : path.EndsWith(".command.md", StringComparison.Ordinal) ? AgentGen.Schema.DocumentKinds.Command
        : AgentGen.Schema.DocumentKinds.Agent;

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
