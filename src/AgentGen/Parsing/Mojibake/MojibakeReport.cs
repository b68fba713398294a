using System;
using System.Collections.Generic;

namespace AgentGen.Parsing;

/// <summary>One reported line: its first damaged run, where the run starts, and how many runs the line has.</summary>
internal readonly struct MojibakeFinding
{
    public MojibakeFinding(MojibakeRun run, int line, int column, int runsOnLine)
    {
        Run = run;
        Line = line;
        Column = column;
        RunsOnLine = runsOnLine;
    }

    public MojibakeRun Run { get; }

    /// <summary>1-based.</summary>
    public int Line { get; }

    /// <summary>1-based, in UTF-16 code units as editors count them.</summary>
    public int Column { get; }

    /// <summary>Damaged runs on the line, this one included.</summary>
    public int RunsOnLine { get; }
}

/// <summary>
/// What the analyzer reports of a file's mojibake: the first damaged run of each damaged line, for the first
/// <see cref="MaxLines"/> such lines, then how many damaged lines follow, so that a file saved wholly in the wrong
/// encoding makes a handful of diagnostics rather than hundreds. Lines break at \n, \r\n and \r.
/// </summary>
internal sealed class MojibakeReport
{
    public const int MaxLines = 5;

    private static readonly MojibakeReport None = new(Array.Empty<MojibakeFinding>(), 0, 0);

    private MojibakeReport(IReadOnlyList<MojibakeFinding> findings, int moreLines, int firstMoreLine)
    {
        Findings = findings;
        MoreLines = moreLines;
        FirstMoreLine = firstMoreLine;
    }

    public IReadOnlyList<MojibakeFinding> Findings { get; }

    /// <summary>Damaged lines after the first <see cref="MaxLines"/>, which get no finding of their own.</summary>
    public int MoreLines { get; }

    /// <summary>The 1-based number of the first of those lines; 0 when there are none.</summary>
    public int FirstMoreLine { get; }

    public static MojibakeReport Create(string text)
    {
        var runs = MojibakeDetector.Find(text, 0, text.Length);
        if (runs.Count == 0)
        {
            return None;
        }

        var findings = new List<MojibakeFinding>();
        var moreLines = 0;
        var firstMoreLine = 0;
        var position = 0;
        var line = 1;
        var lineStart = 0;
        var next = 0;
        while (next < runs.Count)
        {
            Advance(text, runs[next].Start, ref position, ref line, ref lineStart);
            var first = next;
            var firstLine = line;
            var firstLineStart = lineStart;
            next++;
            while (next < runs.Count)
            {
                Advance(text, runs[next].Start, ref position, ref line, ref lineStart);
                if (line != firstLine)
                {
                    break;
                }

                next++;
            }

            if (findings.Count < MaxLines)
            {
                findings.Add(new MojibakeFinding(runs[first], firstLine, runs[first].Start - firstLineStart + 1, next - first));
            }
            else
            {
                firstMoreLine = moreLines == 0 ? firstLine : firstMoreLine;
                moreLines++;
            }
        }

        return new MojibakeReport(findings, moreLines, firstMoreLine);
    }

    /// <summary>Moves <paramref name="position"/> forward to <paramref name="target"/>, counting the line breaks passed.</summary>
    private static void Advance(string text, int target, ref int position, ref int line, ref int lineStart)
    {
        for (; position < target; position++)
        {
            var c = text[position];
            if (c == '\r' && position + 1 < text.Length && text[position + 1] == '\n')
            {
                position++;
            }

            if (c == '\r' || c == '\n')
            {
                line++;
                lineStart = position + 1;
            }
        }
    }
}
