using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace AgentGen.Benchmarks;

/// <summary>
/// The compiler server (VBCSCompiler) and MSBuild nodes that the benchmark's builds leave running. The benchmark turns
/// them on for its builds even when the caller's environment turns them off, so it stops the ones it started, by
/// process id, and leaves the machine as it found it. Left running, they would also hold every file descriptor they
/// inherited (a lock file the benchmark was started under, say) for their idle timeout of ten minutes or more.
/// </summary>
public sealed class BuildCostServers
{
    private readonly HashSet<int> _before = Running();

    /// <summary>Stops the servers that were not running when this object was made.</summary>
    public void StopNew()
    {
        foreach (var id in Running().Except(_before))
        {
            try
            {
                using var process = Process.GetProcessById(id);
                process.Kill();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or Win32Exception)
            {
                // It exited in the meantime.
            }
        }
    }

    /// <summary>Ids of running compiler servers and MSBuild nodes. Linux only (it reads /proc); elsewhere none, and nothing is stopped.</summary>
    private static HashSet<int> Running()
    {
        var ids = new HashSet<int>();
        if (!OperatingSystem.IsLinux())
        {
            return ids;
        }

        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var id))
            {
                continue;
            }

            try
            {
                var command = File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ');
                if (command.Contains("VBCSCompiler", StringComparison.Ordinal) || (command.Contains("MSBuild.dll", StringComparison.Ordinal) && command.Contains("nodemode:", StringComparison.OrdinalIgnoreCase)))
                {
                    ids.Add(id);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process exited while the folder was listed.
            }
        }

        return ids;
    }
}
