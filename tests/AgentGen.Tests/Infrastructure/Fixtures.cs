using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AgentGen.Tests.Infrastructure;

/// <summary>Agent files built in code for tests.</summary>
public static class Fixtures
{
    public static string Minimal(string name, string body = "Do the work.\n") =>
        $"---\nname: {name}\ndescription: Test agent {name}.\n---\n{body}";

    /// <summary>This project's own .claude/agents fixtures (the ones compiled into the test assembly).</summary>
    public static IEnumerable<AgentFile> Runtime() =>
        Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "tests", "AgentGen.Tests", ".claude", "agents"), "*.md")
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .Select(p => AgentFile.Named(Path.GetFileName(p), File.ReadAllText(p)));

    /// <summary>Names that stress identifier rules: keywords, digits, unicode, 600 characters, punctuation-only and case-only differences.</summary>
    public static IEnumerable<AgentFile> TrickyNames()
    {
        var names = new[]
        {
            "class", "namespace", "2fast", "123", "日本語-agent", "café-bot", "code_reviewer", "code-reviewer", "Code.Reviewer",
            "ab", "aB", "all", "get", "to-string", "equals", "agent", "agent-agent", "x-agent", "x", "---", "a\u200Bb",
            new string('n', 600), new string('n', 600) + "-b", "\"quoted\"", "back\\slash", "</summary>", "#if DEBUG",
        };
        var i = 0;
        foreach (var name in names)
        {
            var yamlName = "'" + name.Replace("'", "''") + "'";
            yield return AgentFile.Named($"tricky-{i++}.md", $"---\nname: {yamlName}\ndescription: 'Tricky name <{name}> & \"co\"'\ntools: Read, mcp__a__b-c, mcp__a__b_c, Agent({name.Replace(",", "")})\n---\nBody for {name}.\n");
        }
    }
}
