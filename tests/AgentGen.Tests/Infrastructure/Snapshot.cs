using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace AgentGen.Tests.Infrastructure;

/// <summary>
/// Golden-file snapshots in the Verify convention (Verify itself is not available here): files named
/// <c>Class.Method#Hint.verified.cs</c> in <c>_snapshots/</c>, compared exactly; on a mismatch a <c>.received.</c> file is
/// written beside it and the test fails with a line diff. Set AGENTGEN_ACCEPT_SNAPSHOTS=1 to accept the received output.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "AGENTGEN_ACCEPT_SNAPSHOTS";

    public static void Verify(string actual, string hintName, [CallerFilePath] string callerFile = "", [CallerMemberName] string method = "")
    {
        var type = Path.GetFileNameWithoutExtension(callerFile);
        var extension = Path.GetExtension(hintName.EndsWith(".g.cs", StringComparison.Ordinal) ? ".cs" : hintName);
        var stem = hintName.EndsWith(".g.cs", StringComparison.Ordinal) ? hintName.Substring(0, hintName.Length - 5) : Path.GetFileNameWithoutExtension(hintName);
        var baseName = $"{type}.{method}#{stem}";
        var verified = Path.Combine(TestPaths.Snapshots, baseName + ".verified" + extension);
        var received = Path.Combine(TestPaths.Snapshots, baseName + ".received" + extension);
        actual = actual.Replace("\r\n", "\n");
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(TestPaths.Snapshots);
            File.WriteAllText(verified, actual);
            return;
        }

        File.WriteAllText(received, actual);
        var message = expected is null
            ? $"No snapshot {Path.GetFileName(verified)} yet. Review {received}, then accept it with {AcceptVariable}=1."
            : $"Snapshot {Path.GetFileName(verified)} differs (received: {received}; accept with {AcceptVariable}=1):\n{Diff(expected, actual)}";
        Xunit.Assert.Fail(message);
    }

    private static string Diff(string expected, string actual)
    {
        var diff = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(expected, actual);
        var changed = diff.Lines
            .Select((line, index) => (line, index))
            .Where(item => item.line.Type != ChangeType.Unchanged)
            .Take(40)
            .Select(item => $"{(item.line.Type == ChangeType.Inserted ? "+" : "-")} {item.index + 1,5}: {item.line.Text}");
        return string.Join("\n", changed);
    }
}
