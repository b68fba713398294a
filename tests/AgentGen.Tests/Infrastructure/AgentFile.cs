namespace AgentGen.Tests.Infrastructure;

/// <summary>An agent file for a test run: its path, its text and an optional per-file namespace.</summary>
public sealed record AgentFile(string Path, string Text, string? Namespace = null, string? Folder = null)
{
    public static AgentFile Named(string fileName, string text, string? ns = null) => new("/project/.claude/agents/" + fileName, text, ns);
}
