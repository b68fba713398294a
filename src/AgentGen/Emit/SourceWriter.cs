using System.Text;

namespace AgentGen.Emit;

/// <summary>A small indented writer for generated C#: four spaces per level, LF line ends, multi-line text indented line by line.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    /// <summary>Writes text at the current indentation; each line of a multi-line text is indented (blank lines stay empty).</summary>
    public SourceWriter Line(string text = "")
    {
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            var line = end < 0 ? text.Substring(start) : text.Substring(start, end - start);
            if (line.Length > 0)
            {
                _builder.Append(' ', _indent * 4).Append(line);
            }

            _builder.Append('\n');
            if (end < 0)
            {
                return this;
            }

            start = end + 1;
        }
    }

    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>Writes <c>/// &lt;summary&gt;</c> documentation; the text is XML-escaped and kept on comment lines.</summary>
    public SourceWriter Summary(string text) => DocXml("summary", CSharpText.XmlDoc(text));

    /// <summary>Writes an XML doc element whose content is already valid XML (for &lt;see cref&gt; and &lt;c&gt;).</summary>
    public SourceWriter DocXml(string element, string xml)
    {
        if (xml.IndexOf('\n') < 0)
        {
            return Line($"/// <{element}>{xml}</{element}>");
        }

        Line($"/// <{element}>");
        foreach (var line in xml.Split('\n'))
        {
            Line("/// " + line);
        }

        return Line($"/// </{element}>");
    }

    public override string ToString() => _builder.ToString();
}
