using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AgentGen.Benchmarks;

// Prints the figures of docs/performance.md. Each ratio is computed from measurements taken in this one run.
// Arguments: the file counts (default: 100 1000); --quick for fewer iterations; or --build-cost (see below).
if (args.Length >= 4 && args[0] == ProcessCold.ChildFlag)
{
    return ProcessCold.Child(args[1], args[2], args[3], args.Length > 4 ? args[4] : null);
}

// --build-cost [--runs N] [--agents <folder>] [--no-package] [--breakdown] [--baseline <checkout>] [--cold] [--keep]: whole `dotnet build`s of scratch consumers instead (BuildCost.cs).
if (args.Contains(BuildCost.Flag))
{
    return BuildCost.Run(args);
}

if (args.Contains("--skills-edit"))
{
    // Issue 18: the IDE edit figure with skills beside the agents, in one run.
    var withSkills = new GeneratorScenarios(1000, 1000);
    var coldBoth = withSkills.ColdGeneration(5);
    var editAgent = withSkills.EditOneAgent(10);
    var editSkill = withSkills.EditOneSkill(10);
    var agentsOnly = new GeneratorScenarios(1000);
    var coldAgents = agentsOnly.ColdGeneration(5);
    var editAgentOnly = agentsOnly.EditOneAgent(10);
    Console.WriteLine($"1000 agents: cold generation {coldAgents.MedianMilliseconds:F1} ms; re-run after one agent edit {editAgentOnly.MedianMilliseconds:F2} ms ({editAgentOnly.MedianMilliseconds / coldAgents.MedianMilliseconds:P2})");
    Console.WriteLine($"1000 agents + 1000 skills: cold generation {coldBoth.MedianMilliseconds:F1} ms; re-run after one agent edit {editAgent.MedianMilliseconds:F2} ms ({editAgent.MedianMilliseconds / coldBoth.MedianMilliseconds:P2}); after one skill edit {editSkill.MedianMilliseconds:F2} ms ({editSkill.MedianMilliseconds / coldBoth.MedianMilliseconds:P2})");

    // Per KB of text, in process: 1,000 agents alone and 1,000 skills alone with the same bodies, in alternating rounds so
    // that the machine's drift hits both (one scenario measured after the other moved by 2x between runs here).
    var skillsOnly = new GeneratorScenarios(1000, 1000, skillsOnly: true);
    double Kb(GeneratorScenarios scenario) => scenario.Files.Sum(f => (double)f.Text.Length) / 1024;
    var agentRounds = new List<double>();
    var skillRounds = new List<double>();
    var agentAnalyzer = new List<double>();
    var skillAnalyzer = new List<double>();
    for (var round = 0; round < 5; round++)
    {
        agentRounds.Add(agentsOnly.ColdGeneration(3).MedianMilliseconds);
        skillRounds.Add(skillsOnly.ColdGeneration(3).MedianMilliseconds);
        agentAnalyzer.Add(agentsOnly.Analyzer(3, afterGenerator: true).MedianMilliseconds);
        skillAnalyzer.Add(skillsOnly.Analyzer(3, afterGenerator: true).MedianMilliseconds);
    }

    double PerKb(List<double> rounds, GeneratorScenarios scenario) => rounds.OrderBy(t => t).ElementAt(2) / Kb(scenario);
    var perAgentKb = PerKb(agentRounds, agentsOnly);
    var perSkillKb = PerKb(skillRounds, skillsOnly);
    Console.WriteLine($"cold generation per KB (medians of 5 alternating rounds): 1000 agents {perAgentKb:F4} ms ({Kb(agentsOnly):F0} KB), 1000 skills with the same bodies {perSkillKb:F4} ms ({Kb(skillsOnly):F0} KB): skills / agents {perSkillKb / perAgentKb:F2}x");
    var analyzerAgentKb = PerKb(agentAnalyzer, agentsOnly);
    var analyzerSkillKb = PerKb(skillAnalyzer, skillsOnly);
    Console.WriteLine($"analyzer after the generator, per KB: agents {analyzerAgentKb:F4} ms, skills {analyzerSkillKb:F4} ms: skills / agents {analyzerSkillKb / analyzerAgentKb:F2}x");
    return 0;
}

var quick = args.Contains("--quick");
var counts = args.Where(a => int.TryParse(a, out _)).Select(int.Parse).DefaultIfEmpty().ToList();
if (counts.All(c => c == 0))
{
    counts = new List<int> { 100, 1000 };
}

var iterations = quick ? 5 : 15;
Console.WriteLine($"AgentGen benchmarks: {Environment.ProcessorCount} cores, {Environment.Version}, {(quick ? "quick" : "full")} run, medians.");
Console.WriteLine();
Console.WriteLine("| files | figure | measured | ratio | goal |");
Console.WriteLine("| --- | --- | --- | --- | --- |");
foreach (var count in counts)
{
    var scenarios = new GeneratorScenarios(count);
    var cold = scenarios.ColdGeneration(iterations);
    var floor = scenarios.YamlFloor(iterations);
    Row(count, "(a) cold generation vs YamlDotNet frontmatter parse", $"{Ms(cold)} vs {Ms(floor)}", cold.MedianMilliseconds / floor.MedianMilliseconds, "<= 1.5x");
    var parser = scenarios.ParserAlone(iterations);
    Row(count, "(a) breakdown: AgentGen parser alone vs the same floor", $"{Ms(parser)} vs {Ms(floor)}", parser.MedianMilliseconds / floor.MedianMilliseconds, "(report)");
    var emit = scenarios.ParseAndEmit(iterations);
    Row(count, "(a) breakdown: AgentGen parse + emit (no driver) vs the same floor", $"{Ms(emit)} vs {Ms(floor)}", emit.MedianMilliseconds / floor.MedianMilliseconds, "(report)");
    var editMd = scenarios.EditOneAgent(iterations * 2);
    Row(count, "(b) re-run after editing one .md vs cold", Ms(editMd), editMd.MedianMilliseconds / cold.MedianMilliseconds, "<= 5%", percent: true);
    var editCs = scenarios.EditCSharp(iterations * 2);
    Row(count, "(c) re-run after editing one .cs vs cold", Ms(editCs), editCs.MedianMilliseconds / cold.MedianMilliseconds, "near 0", percent: true);
    var analyzerAlone = scenarios.Analyzer(iterations, afterGenerator: false);
    Row(count, "(d) analyzer alone vs cold generation", Ms(analyzerAlone), analyzerAlone.MedianMilliseconds / cold.MedianMilliseconds, "(report)");
    var analyzerAfter = scenarios.Analyzer(iterations, afterGenerator: true);
    Row(count, "(d) analyzer after the generator (shared parse) vs cold generation", Ms(analyzerAfter), analyzerAfter.MedianMilliseconds / cold.MedianMilliseconds, "(report)");
    var (charsPerAgent, trees) = scenarios.GeneratedSources();
    Row(count, "(f) allocations per file, cold generation", $"{cold.MedianBytes / count / 1024:F1} KB", null, "(report)");
    Row(count, "(f) generated source per agent", $"{charsPerAgent / 1024:F1} K chars", null, "(report)");

    using var runtime = new RuntimeScenarios(scenarios, trees);
    var load = runtime.RuntimeLoad(iterations);
    var loadCold = runtime.RuntimeLoadCold(iterations);
    var coldStart = runtime.GeneratedColdStart(iterations);
    Row(count, "(e) cold, fresh load context: runtime YamlDotNet load vs generated (assembly load + All)", $"{Ms(loadCold)} vs {Ms(coldStart)}", loadCold.MedianMilliseconds / coldStart.MedianMilliseconds, "(report)");
    var (processGenerated, processEvery, processRuntime) = runtime.NewProcess(quick ? 5 : 11);
    Row(count, "(e) new process: YamlDotNet load vs generated AgentCatalog.All (first access)", $"{Ms(processRuntime)} vs {Ms(processGenerated)}", processRuntime.MedianMilliseconds / processGenerated.MedianMilliseconds, ">= 10x");
    Row(count, "(e) new process: YamlDotNet load vs generated, every definition created and its Prompt and Tools read", $"{Ms(processRuntime)} vs {Ms(processEvery)}", processRuntime.MedianMilliseconds / processEvery.MedianMilliseconds, "(report)");
    var oneAgent = runtime.GeneratedColdOneAgent(iterations);
    Row(count, "(e) cold: generated, assembly load + TryGet of one agent", Ms(oneAgent), loadCold.MedianMilliseconds / oneAgent.MedianMilliseconds, "(vs cold runtime load)");
    var loadOnly = runtime.AssemblyLoadOnly(iterations);
    Row(count, "(e) breakdown: generated cold start, assembly load alone", Ms(loadOnly), loadOnly.MedianMilliseconds / coldStart.MedianMilliseconds, "(share)");
    var (all, tryGet, dictionary) = runtime.GeneratedWarm();
    Row(count, "(e) warm: runtime YamlDotNet load vs AgentCatalog.All", $"{Ms(load)} vs {Ns(all)}", load.MedianMilliseconds / all.MedianMilliseconds, ">= 100x");
    Row(count, "(e) AgentCatalog.TryGet per call, bytes allocated", $"{Ns(tryGet)}, {tryGet.MedianBytes:F2} B", null, "0 B");
    Row(count, "(e) runtime Dictionary lookup per call (after loading)", $"{Ns(dictionary)}, {dictionary.MedianBytes:F2} B", tryGet.MedianMilliseconds / dictionary.MedianMilliseconds, "(TryGet / lookup)");
}

static string Ms(Measurement m) => m.MedianMilliseconds.ToString("F2", CultureInfo.InvariantCulture) + " ms";

static string Ns(Measurement m) => (m.MedianMilliseconds * 1_000_000).ToString("F1", CultureInfo.InvariantCulture) + " ns";

static void Row(int count, string figure, string measured, double? ratio, string goal, bool percent = false)
{
    var ratioText = ratio is null ? "" : percent ? (ratio.Value * 100).ToString("F2", CultureInfo.InvariantCulture) + "%" : ratio.Value.ToString(ratio.Value >= 100 ? "N0" : "F2", CultureInfo.InvariantCulture) + "x";
    Console.WriteLine($"| {count} | {figure} | {measured} | {ratioText} | {goal} |");
}

return 0;
