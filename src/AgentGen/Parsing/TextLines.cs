using System.Collections.Generic;

namespace AgentGen.Parsing;

/// <summary>
/// Line starts of a text, with the line breaks Roslyn's SourceText and YamlDotNet both recognise
/// (CR, LF, CRLF, NEL, LS, PS), so that YamlDotNet's line/column marks map to the same offsets the IDE shows.
/// </summary>
internal sealed class TextLines
{
    private readonly List<int> _starts = new() { 0 };

    public TextLines(string text, int start, int end)
    {
        _starts[0] = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < end && text[i + 1] == '\n')
                {
                    i++;
                }

                _starts.Add(i + 1);
            }
            else if (IsBreak(c))
            {
                _starts.Add(i + 1);
            }
        }

        End = end;
    }

    public int End { get; }

    public int Count => _starts.Count;

    public int LineStart(int index) => _starts[index];

    /// <summary>The 0-based index of the line an offset is on (the first line for an offset before it).</summary>
    public int LineIndex(int offset)
    {
        var index = _starts.BinarySearch(offset);
        return index >= 0 ? index : System.Math.Max(0, ~index - 1);
    }

    /// <summary>The 1-based line in the file of an offset: these lines are the frontmatter, whose first line is the file's second.</summary>
    public int FileLine(int offset) => LineIndex(offset) + 2;

    /// <summary>Maps a 1-based line and column (YamlDotNet's marks) to an absolute offset.</summary>
    public int Offset(long line, long column)
    {
        if (line < 1)
        {
            return _starts[0];
        }

        if (line > _starts.Count)
        {
            return End;
        }

        var offset = _starts[(int)line - 1] + (int)(column < 1 ? 0 : column - 1);
        return offset > End ? End : offset;
    }

    public static bool IsBreak(char c) => c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
}
