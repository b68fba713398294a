using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;

namespace AgentGen.Benchmarks;

/// <summary>
/// (e) cold, in a new process: the benchmark executable is started again with <c>--child</c>, loads one assembly
/// from disk into the default context (as an app loads its own code) and times, inside the process, the first
/// access: either the generated <c>AgentCatalog.All</c>, or loading the files with YamlDotNet. The runtime's own
/// start-up is outside the timing.
/// </summary>
public static class ProcessCold
{
    public const string ChildFlag = "--child";

    /// <summary>Runs in the child: loads <paramref name="assemblyPath"/>, calls <paramref name="type"/>.<paramref name="method"/> and prints the milliseconds.</summary>
    public static int Child(string assemblyPath, string type, string method, string? argument)
    {
        var watch = Stopwatch.StartNew();
        var assembly = Assembly.LoadFrom(assemblyPath);
        var result = assembly.GetType(type)!.GetMethod(method)!.Invoke(null, argument is null ? null : new object[] { argument });
        watch.Stop();
        Console.WriteLine(watch.Elapsed.TotalMilliseconds.ToString("R", CultureInfo.InvariantCulture) + " " + result);
        return 0;
    }

    /// <summary>Median over <paramref name="runs"/> new processes.</summary>
    public static Measurement Measure(string name, int runs, string assemblyPath, string type, string method, string? argument = null)
    {
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in new[] { typeof(ProcessCold).Assembly.Location, ChildFlag, assemblyPath, type, method }.Concat(argument is null ? Array.Empty<string>() : new[] { argument }))
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"child failed: {output}");
            }

            times.Add(double.Parse(output.Split(' ')[0], CultureInfo.InvariantCulture));
        }

        times.Sort();
        return new Measurement(name, times[times.Count / 2], 0, runs);
    }

    /// <summary>Writes an in-memory assembly next to the benchmark (so YamlDotNet resolves from the app's folder).</summary>
    public static string Save(byte[] assembly, string name)
    {
        var path = Path.Combine(Path.GetDirectoryName(typeof(ProcessCold).Assembly.Location)!, name + ".dll");
        File.WriteAllBytes(path, assembly);
        return path;
    }
}
