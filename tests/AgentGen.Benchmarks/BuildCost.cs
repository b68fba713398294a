using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace AgentGen.Benchmarks;

/// <summary>
/// --build-cost: what a user feels. The other scenarios time the generator in-process; this one times whole
/// `dotnet build`s (the process, wall-clock) of scratch console apps: bare (no agents), floor (the agents' texts as
/// hand-written constants: they must be compiled somewhere) and AgentGen (the same agents as files, by ProjectReference
/// and as a package), so the ratios show what AgentGen adds to a build, not to a unit test. Each measured build follows
/// a touch of Program.cs, so the compiler (and the generator with it) runs, as after an edit; CoreCompile's own time is
/// read from MSBuild's performance summary. The compiler server and MSBuild nodes are warmed up first (a restore and
/// build, then two untimed rounds) and stay on, as in a developer's edit-build loop. The variants are measured
/// interleaved, each round in another order, so that drift on this shared machine (another build, a server that
/// shuts down) spreads over all variants instead of falling on one, and no variant always follows the same one.
/// </summary>
public static class BuildCost
{
    public const string Flag = "--build-cost";

    private static readonly string[] MeasuredBuild = { "build", "--no-restore", "-p:BuildProjectReferences=false", "-clp:PerformanceSummary", "-nologo" };

    /// <summary>--cold: no compiler server, so every compile is a new csc process that loads and JITs the compiler, the
    /// generator and the analyzer again, as a CI machine's build (or the first build of the day) does.</summary>
    private static readonly string[] ColdBuild = MeasuredBuild.Append("-p:UseSharedCompilation=false").ToArray();

    public static int Run(string[] args)
    {
        var runs = Option(args, "--runs") is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : 5;
        if (runs < 1)
        {
            Console.Error.WriteLine("--runs: at least 1 (5 or more recommended).");
            return 1;
        }

        var withPackage = !args.Contains("--no-package");
        var baseline = Option(args, "--baseline");
        if (baseline is not null && (!withPackage || !File.Exists(Path.Combine(baseline, "src", "AgentGen", "AgentGen.csproj"))))
        {
            Console.Error.WriteLine("--baseline: a checkout of AgentGen (such as a git worktree of an earlier commit), and not with --no-package.");
            return 1;
        }

        var breakdown = args.Contains("--breakdown");
        var repository = RepositoryRoot();
        var agents = BuildCostAgents.Load(repository, Option(args, "--agents"));
        Console.WriteLine($"AgentGen build cost: whole `dotnet build` of scratch net10.0 console apps, {runs} rounds, medians, {Environment.ProcessorCount} cores.");
        Console.WriteLine($"Agents: {agents.Source}.");
        if (agents.Agents.Count == 0)
        {
            Console.Error.WriteLine("No usable agent files.");
            return 1;
        }

        var root = Path.Combine(Path.GetTempPath(), "agentgen-buildcost-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        var servers = new BuildCostServers();
        try
        {
            var skillsFolder = Option(args, "--skills");
            var consumers = Prepare(root, repository, agents.Agents, withPackage, breakdown, baseline, skillsFolder, out var skillText);
            var cold = args.Contains("--cold");
            Console.WriteLine(cold ? "Compiler: no server (--cold): each compile is a new process, as on a CI machine." : "Compiler: the server, warm, as in an edit-build loop.");
            var times = Measure(consumers, runs, cold ? ColdBuild : MeasuredBuild);
            Report(consumers, times, agents.Agents.Count);
            if (skillText is { } added)
            {
                ReportSkills(consumers, times, agents.Agents.Sum(a => (long)a.Text.Length), added);
            }

            Console.WriteLine();
            BuildCostAnalyzerReport.Print(consumers.Where(c => c.Name.StartsWith("agentgen", StringComparison.Ordinal)));
        }
        catch (BuildCostException failure)
        {
            Console.Error.WriteLine(failure.Output);
            Console.Error.WriteLine(failure.Message + $"; scratch folder kept: {root}");
            return 1;
        }
        finally
        {
            servers.StopNew();
        }

        if (args.Contains("--keep"))
        {
            Console.WriteLine($"Scratch folder kept: {root}");
        }
        else
        {
            TryDelete(root);
        }

        return 0;
    }

    private static List<BuildCostConsumer> Prepare(string root, string repository, IReadOnlyList<BuildCostAgent> agents, bool withPackage, bool breakdown, string? baseline, string? skillsFolder, out (long Characters, int Files)? skillText)
    {
        skillText = null;
        var writer = new BuildCostConsumers(root, repository, agents);
        var consumers = new List<BuildCostConsumer> { writer.Bare(), writer.Floor(), writer.AgentGen() };
        if (breakdown)
        {
            consumers.Add(writer.GeneratedSources());
        }

        var project = Path.Combine(repository, "src", "AgentGen", "AgentGen.csproj");
        if (withPackage)
        {
            // Packed first: packing with another version rebuilds bin/Release, which the build below then restores.
            var version = "0.1.0-buildcost." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            BuildCostDotnet.Run(root, "pack", project, "-c", "Release", "-o", writer.PackageFeed, "-p:Version=" + version, "-nologo");
            consumers.Add(writer.AgentGenPackage(version));
            if (skillsFolder is not null)
            {
                var (skills, characters, files) = writer.AgentGenPackageWithSkills(version, skillsFolder);
                consumers.Add(skills);
                skillText = (characters, files);
            }
            if (breakdown)
            {
                consumers.Add(writer.EmptyPackage(version));
            }

            if (baseline is not null)
            {
                // The same agents through the package of another checkout: before/after figures measured in one run.
                var baselineVersion = "0.0.1-baseline." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
                BuildCostDotnet.Run(root, "pack", Path.Combine(baseline, "src", "AgentGen", "AgentGen.csproj"), "-c", "Release", "-o", writer.PackageFeed, "-p:Version=" + baselineVersion, "-nologo");
                consumers.Add(writer.BaselinePackage(baselineVersion));
            }
        }

        // The ProjectReference consumer uses this output and never rebuilds it (BuildProjectReferences=false).
        BuildCostDotnet.Run(root, "build", project, "-c", "Release", "-nologo");
        Console.WriteLine($"Scratch consumers in {root}: {string.Join(", ", consumers.Select(c => c.Name))}.");
        foreach (var consumer in consumers)
        {
            BuildCostDotnet.Run(consumer.Directory, "build", "-nologo");
        }

        return consumers;
    }

    /// <summary>Two untimed warm-up rounds, then the timed rounds: (whole build ms, CoreCompile ms) per consumer.</summary>
    private static Dictionary<BuildCostConsumer, List<(double Build, double Compile)>> Measure(List<BuildCostConsumer> consumers, int runs, string[] buildArguments)
    {
        var times = consumers.ToDictionary(c => c, _ => new List<(double, double)>());
        for (var round = -2; round < runs; round++)
        {
            var progress = new List<string>();
            foreach (var index in Order(consumers.Count, round))
            {
                var consumer = consumers[index];
                File.SetLastWriteTimeUtc(consumer.Program, DateTime.UtcNow);
                var build = BuildCostDotnet.Run(consumer.Directory, buildArguments);
                var compile = build.CoreCompileMilliseconds;
                progress.Add($"{consumer.Name} {Ms(build.Milliseconds)} (CoreCompile {Ms(compile)})");
                if (round >= 0)
                {
                    times[consumer].Add((build.Milliseconds, compile));
                }
            }

            // Every run, on stderr: the spread behind the medians, and the order the variants ran in.
            Console.Error.WriteLine((round < 0 ? $"warm-up {round + 3}/2: " : $"round {round + 1}/{runs}: ") + string.Join(", ", progress));
        }

        return times;
    }

    /// <summary>
    /// Round <paramref name="round"/>'s order: the rows of a Williams design (a balanced Latin square), in which every
    /// variant follows every other one equally often; an odd count needs each row reversed too.
    /// </summary>
    private static IEnumerable<int> Order(int count, int round)
    {
        var rows = count % 2 == 0 ? count : 2 * count;
        var row = ((round % rows) + rows) % rows;
        var first = Enumerable.Range(0, count).Select(i => i % 2 == 0 ? i / 2 : count - (i + 1) / 2).ToList();
        var order = first.Select(v => (v + row % count) % count);
        return row >= count ? order.Reverse() : order;
    }

    private static void Report(List<BuildCostConsumer> consumers, Dictionary<BuildCostConsumer, List<(double Build, double Compile)>> times, int agentCount)
    {
        var build = consumers.ToDictionary(c => c.Name, c => Median(times[c].Select(t => t.Build)));
        var compile = consumers.ToDictionary(c => c.Name, c => Median(times[c].Select(t => t.Compile)));
        Console.WriteLine();
        Console.WriteLine("| variant | whole build (median) | CoreCompile (median) | whole build (min - max) | CoreCompile (min - max) |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        foreach (var consumer in consumers)
        {
            var all = times[consumer];
            Console.WriteLine($"| {consumer.Name} | {Ms(build[consumer.Name])} | {Ms(compile[consumer.Name])} | {Range(all.Select(t => t.Build))} | {Range(all.Select(t => t.Compile))} |");
        }

        Console.WriteLine();
        Console.WriteLine("| figure | whole build | CoreCompile |");
        Console.WriteLine("| --- | --- | --- |");
        foreach (var variant in consumers.Select(c => c.Name).Where(n => n.StartsWith("agentgen", StringComparison.Ordinal)))
        {
            Console.WriteLine($"| {variant} / floor | {Ratio(build[variant], build["floor"])} | {Ratio(compile[variant], compile["floor"])} |");
            Console.WriteLine($"| {variant} / bare | {Ratio(build[variant], build["bare"])} | {Ratio(compile[variant], compile["bare"])} |");
        }

        Console.WriteLine($"| floor / bare | {Ratio(build["floor"], build["bare"])} | {Ratio(compile["floor"], compile["bare"])} |");
        foreach (var variant in consumers.Select(c => c.Name).Where(n => n.StartsWith("agentgen", StringComparison.Ordinal)))
        {
            Console.WriteLine($"| {variant}: added ms per agent vs floor ({agentCount} agents) | {PerAgent(build[variant] - build["floor"], agentCount)} | {PerAgent(compile[variant] - compile["floor"], agentCount)} |");
        }

        // What the build leaves on disk: the floor holds each agent's text once, as constants.
        Console.WriteLine();
        Console.WriteLine("| variant | assembly bytes | bytes per agent over floor |");
        Console.WriteLine("| --- | --- | --- |");
        var floorBytes = new FileInfo(consumers.Single(c => c.Name == "floor").Assembly).Length;
        foreach (var consumer in consumers.Where(c => File.Exists(c.Assembly)))
        {
            var bytes = new FileInfo(consumer.Assembly).Length;
            Console.WriteLine($"| {consumer.Name} | {bytes.ToString("N0", CultureInfo.InvariantCulture)} | {((bytes - floorBytes) / (double)agentCount).ToString("N0", CultureInfo.InvariantCulture)} |");
        }
    }

    /// <summary>(--skills) What the skills and commands add, per KB of their text, against what the agents cost per KB.</summary>
    private static void ReportSkills(List<BuildCostConsumer> consumers, Dictionary<BuildCostConsumer, List<(double Build, double Compile)>> times, long agentCharacters, (long Characters, int Files) skills)
    {
        double Build(string name) => Median(times[consumers.Single(c => c.Name == name)].Select(t => t.Build));
        double Compile(string name) => Median(times[consumers.Single(c => c.Name == name)].Select(t => t.Compile));
        var agentKb = agentCharacters / 1024.0;
        var skillKb = skills.Characters / 1024.0;
        var agentBuild = (Build("agentgen-package") - Build("bare")) / agentKb;
        var skillBuild = (Build("agentgen-package-skills") - Build("agentgen-package")) / skillKb;
        var agentCompile = (Compile("agentgen-package") - Compile("bare")) / agentKb;
        var skillCompile = (Compile("agentgen-package-skills") - Compile("agentgen-package")) / skillKb;
        Console.WriteLine();
        Console.WriteLine($"Skills and commands: {skills.Files} files, {skillKb:F0} KB of text; agents: {agentKb:F0} KB.");
        Console.WriteLine("| figure | whole build | CoreCompile |");
        Console.WriteLine("| --- | --- | --- |");
        Console.WriteLine($"| agents: ms per KB (package - bare) | {agentBuild:F2} | {agentCompile:F2} |");
        Console.WriteLine($"| skills and commands: ms per KB (package with skills - package) | {skillBuild:F2} | {skillCompile:F2} |");
        Console.WriteLine($"| skills per KB / agents per KB | {skillBuild / agentBuild:F2}x | {skillCompile / agentCompile:F2}x |");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Ms(double value) => value.ToString("F0", CultureInfo.InvariantCulture) + " ms";

    private static string Range(IEnumerable<double> values)
    {
        var list = values.ToList();
        return $"{list.Min().ToString("F0", CultureInfo.InvariantCulture)} - {Ms(list.Max())}";
    }

    private static string Ratio(double value, double baseline) => (value / baseline).ToString("F2", CultureInfo.InvariantCulture) + "x";

    private static string PerAgent(double added, int count) => (added / count).ToString("F2", CultureInfo.InvariantCulture) + " ms";

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AgentGen.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("AgentGen.sln not found above " + AppContext.BaseDirectory);
    }

    private static void TryDelete(string root)
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the folder is under the temp directory anyway.
        }
    }
}
