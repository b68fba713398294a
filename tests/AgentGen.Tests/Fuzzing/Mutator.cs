using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AgentGen.Tests.Fuzzing;

/// <summary>
/// Deterministic mutations of agent files (System.Random with a fixed seed is stable across runs and runtimes):
/// the ways real files go wrong, and the hostile ones.
/// </summary>
public sealed class Mutator
{
    private static readonly string[] Hostile =
    {
        "\0", "\u2028", "\u2029", "\u0085", "\uD800", "\uDC00", "\u202E", "\u200F", "\uFEFF", "\t", "\r", "\r\n",
        ": ", " #", "'", "\"", "\\", "{{", "}}", "[", "]", "{", "}", "&a ", "*a", "!!binary ", "!tag ", "? ", "- ", "|", ">",
        "---", "...", "%YAML 1.2", "@", "`", "</summary>", "*/", "#if X", "\\u0022", "{0}", "😀", "\uFFFF",
    };

    private static readonly Func<Mutator, string, string>[] Mutations =
    {
        (m, t) => m.FlipChar(t),
        (m, t) => m.Truncate(t),
        (m, t) => m.InsertHostile(t),
        (m, t) => m.DeleteLine(t),
        (m, t) => m.DuplicateLine(t),
        (m, t) => m.SwapLines(t),
        (m, t) => m.RemoveDelimiter(t),
        (m, t) => m.DoubleDelimiter(t),
        (m, t) => t.Replace("\r\n", "\n").Replace("\n", "\r\n"),
        (m, t) => "\uFEFF" + t,
        (m, t) => m.IndentWithTab(t),
        (m, t) => m.InsertFrontmatterLine(t, "nested: " + new string('[', m._random.Next(1, 200)) + new string(']', m._random.Next(0, 200))),
        (m, t) => m.InsertFrontmatterLine(t, "long: " + new string('x', m._random.Next(1000, 100_000))),
        (m, t) => m.ReplaceName(t, new string('n', m._random.Next(400, 2000))),
        (m, t) => m.ReplaceName(t, m.RandomUnicode(m._random.Next(1, 40))),
        (m, t) => m.InsertFrontmatterLine(t, "a1: &x [lol, lol, lol]\na2: &y [*x, *x, *x, *x]\na3: [*y, *y, *y, *y, *y]"),
        (m, t) => m.InsertFrontmatterLine(t, "tools: " + string.Join(", ", Enumerable.Range(0, m._random.Next(1, 60)).Select(_ => m.RandomToken()))),
        (m, t) => m.InsertFrontmatterLine(t, m.RandomToken() + ": " + m.RandomToken()),
        (m, t) => m.InsertFrontmatterLine(t, "hooks:\n  " + m.RandomToken() + ":\n    - " + m.RandomToken()),
        (m, t) => m.InsertFrontmatterLine(t, "description: " + m.RandomUnicode(m._random.Next(1, 80))),
        (m, t) => m.InsertFrontmatterLine(t, "mcpServers:\n  - " + m.RandomToken() + ":\n      command: " + m.RandomToken()),
    };

    private readonly Random _random;

    public Mutator(int seed) => _random = new Random(seed);

    /// <summary>One to three mutations of <paramref name="text"/>.</summary>
    public string Mutate(string text)
    {
        var count = _random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            text = Mutations[_random.Next(Mutations.Length)](this, text);
        }

        return text;
    }

    private string FlipChar(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        var index = _random.Next(Math.Min(chars.Length, 600));
        chars[index] = (char)(chars[index] ^ (1 << _random.Next(16)));
        return new string(chars);
    }

    private string Truncate(string text)
    {
        var lines = text.Split('\n');
        return string.Join("\n", lines.Take(_random.Next(lines.Length + 1)));
    }

    private string InsertHostile(string text)
    {
        var index = _random.Next(Math.Min(text.Length, 800) + 1);
        return text.Insert(index, Hostile[_random.Next(Hostile.Length)]);
    }

    private string DeleteLine(string text) => EditLines(text, lines => lines.RemoveAt(_random.Next(lines.Count)));

    private string DuplicateLine(string text) => EditLines(text, lines =>
    {
        var index = _random.Next(Math.Min(lines.Count, 30));
        lines.Insert(index, lines[index]);
    });

    private string SwapLines(string text) => EditLines(text, lines =>
    {
        var a = _random.Next(Math.Min(lines.Count, 30));
        var b = _random.Next(Math.Min(lines.Count, 30));
        (lines[a], lines[b]) = (lines[b], lines[a]);
    });

    private string RemoveDelimiter(string text) => EditLines(text, lines =>
    {
        var index = lines.FindIndex(_random.Next(2) == 0 ? 0 : 1, l => l.TrimEnd('\r') == "---");
        if (index >= 0)
        {
            lines.RemoveAt(index);
        }
    });

    private string DoubleDelimiter(string text) => EditLines(text, lines => lines.Insert(_random.Next(Math.Min(lines.Count, 10)), "---"));

    private string IndentWithTab(string text) => EditLines(text, lines =>
    {
        var index = _random.Next(Math.Min(lines.Count, 12));
        lines[index] = "\t" + lines[index];
    });

    private string InsertFrontmatterLine(string text, string line) => EditLines(text, lines => lines.Insert(Math.Min(lines.Count, 1 + _random.Next(3)), line));

    private string ReplaceName(string text, string name) =>
        EditLines(text, lines =>
        {
            var index = lines.FindIndex(l => l.StartsWith("name:", StringComparison.Ordinal));
            if (index >= 0)
            {
                lines[index] = "name: \"" + name.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
            }
        });

    private string EditLines(string text, Action<List<string>> edit)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count == 0)
        {
            return text;
        }

        edit(lines);
        return string.Join("\n", lines);
    }

    private string RandomToken()
    {
        var tokens = new[] { "Read", "Bash", "mcp__s__t", "mcp__s__*", "Agent(a, b)", "Task(", "x", "Reed", "", "  ", "日本", "a:b", "[x]", "{y: z}" };
        return _random.Next(3) == 0 ? RandomUnicode(_random.Next(1, 12)) : tokens[_random.Next(tokens.Length)];
    }

    private string RandomUnicode(int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(_random.Next(4) switch
            {
                0 => (char)_random.Next(0x20, 0x7F),
                1 => Hostile[_random.Next(Hostile.Length)],
                2 => ((char)_random.Next(0x00, 0x10000)).ToString(),
                _ => "ñ",
            });
        }

        return builder.ToString();
    }
}
