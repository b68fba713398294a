using System.Text;

namespace AgentGen.Emit;

/// <summary>A small indented writer for generated C#: one line at a time, four spaces per level, LF line ends.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4).Append(text);
        }

        _builder.Append('\n');
        return this;
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
    public SourceWriter Summary(string text) => DocElement("summary", text);

    public SourceWriter Remarks(string text) => DocElement("remarks", text);

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

    private SourceWriter DocElement(string element, string text) => DocXml(element, CSharpText.XmlDoc(text));

    public override string ToString() => _builder.ToString();
}
