using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

using AgentGen.Testing;

namespace AgentGen.IntegrationTests;

/// <summary>The result of one dotnet CLI run.</summary>
public sealed record CommandResult(int ExitCode, string Output)
{
    /// <summary>The build's diagnostic lines for agent files, without the project suffix and de-duplicated.</summary>
    public IReadOnlyList<string> AgentLines(string root) =>
        Output.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Contains(": error AGEN", StringComparison.Ordinal) || l.Contains(": warning AGEN", StringComparison.Ordinal))
            .Select(l => l.Replace(root.Replace('\\', '/').TrimEnd('/') + "/", string.Empty, StringComparison.Ordinal))
            .Select(l => l.Contains(" [", StringComparison.Ordinal) ? l.Substring(0, l.LastIndexOf(" [", StringComparison.Ordinal)) : l)
            .Distinct()
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToList();
}

/// <summary>Runs the dotnet CLI in a scratch folder, isolated from the test host's MSBuild environment.</summary>
public static class Dotnet
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string Configuration { get; } = Metadata("Configuration");

    public static CommandResult Run(string workingDirectory, params string[] arguments)
    {
        var run = DotnetCli.Run(workingDirectory, arguments, TimeSpan.FromMinutes(5), environment => environment["MSBUILDDISABLENODEREUSE"] = "1");
        return run.TimedOut
            ? throw new TimeoutException($"dotnet {string.Join(" ", arguments)} did not finish in 5 minutes:\n{run.Output}")
            : new CommandResult(run.ExitCode, run.Output);
    }

    private static string Metadata(string key) =>
        typeof(Dotnet).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

/// <summary>A consumer project in a fresh temporary folder.</summary>
public sealed class ScratchFolder : IDisposable
{
    public ScratchFolder(string name)
    {
        Root = Path.Combine(Path.GetTempPath(), "agentgen-it", name + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the folder is under the temp directory anyway.
        }
    }
}
