using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

using AgentGen.Testing;

namespace AgentGen.Benchmarks;

/// <summary>One dotnet CLI run: its wall-clock time (the whole process) and its output.</summary>
public sealed record BuildRun(double Milliseconds, string Output)
{
    private static readonly Regex TargetLine = new(@"^\s*([\d,.]+) ms\s+(\S+)\s+\d+ calls", RegexOptions.Compiled);

    /// <summary>CoreCompile's line of the "Target Performance Summary" (-clp:PerformanceSummary), in ms.</summary>
    public double CoreCompileMilliseconds
    {
        get
        {
            var section = false;
            foreach (var line in Lines)
            {
                if (line.Contains("Target Performance Summary", StringComparison.Ordinal))
                {
                    section = true;
                }
                else if (line.Contains("Task Performance Summary", StringComparison.Ordinal))
                {
                    section = false;
                }
                else if (section && TargetLine.Match(line) is { Success: true } match && match.Groups[2].Value == "CoreCompile")
                {
                    return double.Parse(match.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
                }
            }

            // A build whose compilation was skipped as up to date would make every figure meaningless.
            throw new InvalidOperationException("no CoreCompile in the target performance summary:\n" + Output);
        }
    }

    public IEnumerable<string> Lines => Output.Split('\n').Select(l => l.TrimEnd('\r'));
}

/// <summary>
/// Starts dotnet as a user's shell would: without the MSBuild/VSTest variables of the `dotnet run` that started the
/// benchmark (MSBUILDDISABLENODEREUSE among them), and without CI=true (which changes what a build does). Node reuse
/// and the shared compiler stay on, as they are for a user.
/// </summary>
public static class BuildCostDotnet
{
    public static BuildRun Run(string workingDirectory, params string[] arguments)
    {
        // An environment variable is an MSBuild property: UseSharedCompilation=false in the caller's environment would
        // turn the compiler server off, which a user's builds have on.
        var run = DotnetCli.Run(workingDirectory, arguments, TimeSpan.FromMinutes(10), environment =>
        {
            environment.Remove("CI");
            environment.Remove("UseSharedCompilation");
        });
        if (run.TimedOut)
        {
            throw new BuildCostException($"dotnet {string.Join(" ", arguments)} did not finish in 10 minutes", run.Output);
        }

        if (run.ExitCode != 0)
        {
            throw new BuildCostException($"dotnet {string.Join(" ", arguments)} failed in {workingDirectory} (exit code {run.ExitCode})", run.Output);
        }

        return new BuildRun(run.Elapsed.TotalMilliseconds, run.Output);
    }
}

/// <summary>A dotnet run that failed: the benchmark stops and shows its output.</summary>
public sealed class BuildCostException : Exception
{
    public BuildCostException(string message, string output)
        : base(message)
    {
        Output = output;
    }

    public string Output { get; }
}
