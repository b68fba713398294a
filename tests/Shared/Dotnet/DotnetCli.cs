using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace AgentGen.Testing;

/// <summary>
/// The dotnet CLI run in a scratch folder, as the integration tests and the build-cost benchmark need it: without the
/// MSBuild and VSTest variables of the process that started it (a `dotnet test` or `dotnet run` host would otherwise
/// leak its build settings into the nested build), its output captured, and a time limit. Each caller adds the
/// environment its runs need (node reuse off for tests; the compiler server on for the benchmark, as a user has it).
/// </summary>
internal static class DotnetCli
{
    /// <summary>
    /// A nuget.config for a folder with a local feed in <c>feed/</c> and a packages folder of its own in
    /// <c>packages/</c>: AgentGen comes only from the feed, everything else from nuget.org, and no package cached by an
    /// earlier run or by the machine can stand in for the one just packed.
    /// </summary>
    public const string LocalFeedConfig = """
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <config>
            <add key="globalPackagesFolder" value="packages" />
          </config>
          <packageSources>
            <clear />
            <add key="local" value="feed" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="local">
              <package pattern="AgentGen" />
            </packageSource>
            <packageSource key="nuget.org">
              <package pattern="*" />
            </packageSource>
          </packageSourceMapping>
        </configuration>
        """;

    /// <summary>Runs dotnet; one that does not finish within <paramref name="timeout"/> is killed (TimedOut).</summary>
    public static DotnetCliRun Run(string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout, Action<IDictionary<string, string?>> environment)
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

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        environment(start.Environment);
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        var watch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // The timed overload returns at the process's exit, without waiting for the output to be drained.
        var exited = process.WaitForExit(timeout);
        watch.Stop();
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
            lock (output)
            {
                return new DotnetCliRun(-1, output.ToString(), watch.Elapsed, TimedOut: true);
            }
        }

        process.WaitForExit();
        return new DotnetCliRun(process.ExitCode, output.ToString(), watch.Elapsed, TimedOut: false);
    }
}

/// <summary>One dotnet run: its exit code, its output (stdout and stderr), its wall-clock time, and whether it was killed.</summary>
internal sealed record DotnetCliRun(int ExitCode, string Output, TimeSpan Elapsed, bool TimedOut);
