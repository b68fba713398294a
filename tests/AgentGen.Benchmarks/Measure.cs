using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace AgentGen.Benchmarks;

/// <summary>One measured operation: median time and median bytes allocated per call, after warm-up.</summary>
public sealed record Measurement(string Name, double MedianMilliseconds, double MedianBytes, int Iterations);

/// <summary>
/// A small harness: warm-up runs, then many timed runs, medians (robust to the noise of a shared 2-core machine).
/// Each run may prepare state outside the timed region.
/// </summary>
public static class Measure
{
    public static Measurement Run(string name, int warmup, int iterations, Action<Stopwatch> run)
    {
        for (var i = 0; i < warmup; i++)
        {
            run(new Stopwatch());
        }

        var times = new List<double>(iterations);
        var bytes = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            var watch = new Stopwatch();
            var before = GC.GetAllocatedBytesForCurrentThread();
            run(watch);
            bytes.Add(GC.GetAllocatedBytesForCurrentThread() - before);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return new Measurement(name, Median(times), Median(bytes), iterations);
    }

    /// <summary>Times <paramref name="action"/> as a whole.</summary>
    public static Measurement Simple(string name, int warmup, int iterations, Action action) =>
        Run(name, warmup, iterations, watch =>
        {
            watch.Start();
            action();
            watch.Stop();
        });

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
