using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;

namespace AgentGen.Benchmarks;

/// <summary>
/// One more build per AgentGen variant with -p:ReportAnalyzer=true: the compiler's own account of where the analyzer
/// and generator time of that compilation went, which the whole-build timings cannot separate from everything else.
/// </summary>
public static class BuildCostAnalyzerReport
{
    private const string Generator = "AgentGen.Generation.AgentGenerator";
    private const string Analyzer = "AgentGen.Diagnostics.AgentFileAnalyzer";

    // "Total analyzer execution time: 0.799 seconds." and "Total generator execution time: 1.255 seconds."
    private static readonly Regex Total = new(@"Total (analyzer|generator) execution time: ([\d.]+) seconds", RegexOptions.Compiled);

    // "   0.701   55      AgentGen.Generation.AgentGenerator": seconds ("<0.001" when tiny), percent, then an assembly
    // or (further indented) one analyzer or generator type of it.
    private static readonly Regex Row = new(@"^\s*(<?[\d.]+)\s+<?\d+\s+(\S+)", RegexOptions.Compiled);

    public static void Print(IEnumerable<BuildCostConsumer> consumers)
    {
        Console.WriteLine("| variant (one build, -p:ReportAnalyzer=true) | AgentGen generator | AgentGen analyzer | all analyzers (total) | all generators (total) |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        foreach (var consumer in consumers)
        {
            File.SetLastWriteTimeUtc(consumer.Program, DateTime.UtcNow);
            var build = BuildCostDotnet.Run(consumer.Directory, "build", "--no-restore", "-p:BuildProjectReferences=false", "-p:ReportAnalyzer=true", "-v:d", "-nologo");
            var seconds = Parse(build.Lines);
            Console.WriteLine($"| {consumer.Name} | {Ms(seconds, "generator " + Generator)} | {Ms(seconds, "analyzer " + Analyzer)} | {Ms(seconds, "analyzer total")} | {Ms(seconds, "generator total")} |");
        }
    }

    /// <summary>Seconds by "analyzer total", "generator total", "analyzer {type}" and "generator {type}".</summary>
    private static Dictionary<string, string> Parse(IEnumerable<string> lines)
    {
        var seconds = new Dictionary<string, string>(StringComparer.Ordinal);
        string? section = null;
        foreach (var line in lines)
        {
            if (Total.Match(line) is { Success: true } total)
            {
                section = total.Groups[1].Value;
                seconds[section + " total"] = total.Groups[2].Value;
            }
            else if (section is not null && Row.Match(line) is { Success: true } row)
            {
                seconds.TryAdd(section + " " + row.Groups[2].Value, row.Groups[1].Value);
            }
        }

        return seconds;
    }

    private static string Ms(Dictionary<string, string> seconds, string key) =>
        !seconds.TryGetValue(key, out var value) ? "(not in the report)"
        : value.StartsWith('<') ? "< 1 ms"
        : (double.Parse(value, CultureInfo.InvariantCulture) * 1000).ToString("F0", CultureInfo.InvariantCulture) + " ms";
}
