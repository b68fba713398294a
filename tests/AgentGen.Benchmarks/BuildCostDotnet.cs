using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

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
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        // An environment variable is an MSBuild property: UseSharedCompilation=false in the caller's environment would
        // turn the compiler server off, which a user's builds have on.
        start.Environment.Remove("CI");
        start.Environment.Remove("UseSharedCompilation");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        var watch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // The timed overload returns at the process's exit, without waiting for the output to be drained.
        var exited = process.WaitForExit(TimeSpan.FromMinutes(10));
        watch.Stop();
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
            throw new BuildCostException($"dotnet {string.Join(" ", arguments)} did not finish in 10 minutes", output.ToString());
        }

        process.WaitForExit();
        var text = output.ToString();
        if (process.ExitCode != 0)
        {
            throw new BuildCostException($"dotnet {string.Join(" ", arguments)} failed in {workingDirectory} (exit code {process.ExitCode})", text);
        }

        return new BuildRun(watch.Elapsed.TotalMilliseconds, text);
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
