using System.Collections.Generic;

namespace AgentGen.Parsing;

/// <summary>
/// A small YAML tree built from YamlDotNet's event parser. Every node knows its span in the agent file
/// (absolute character offsets), which is what the analyzer needs to point at the offending token.
/// Aliases are resolved to the anchored node itself (a graph, never a copy), so alias bombs cost nothing
/// until something expands them, and expansion is bounded (see <see cref="YamlJson"/>).
/// </summary>
internal abstract class YamlNode
{
    protected YamlNode(int start, int end)
    {
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;
}

internal enum YamlScalarKind
{
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
    Folded,
}

internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, YamlScalarKind kind, int start, int end, bool hasLocalTag = false)
        : base(start, end)
    {
        Value = value;
        Kind = kind;
        HasLocalTag = hasLocalTag;
    }

    public string Value { get; }

    public YamlScalarKind Kind { get; }

    public bool IsPlain => Kind == YamlScalarKind.Plain;

    /// <summary>The value carries an application tag such as <c>!important</c>, which YAML drops from the text.</summary>
    public bool HasLocalTag { get; }

    /// <summary>A plain empty, <c>~</c> or <c>null</c> scalar: YAML's null.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(IReadOnlyList<YamlNode> items, int start, int end)
        : base(start, end) => Items = items;

    public IReadOnlyList<YamlNode> Items { get; }
}

internal sealed class YamlMapping : YamlNode
{
    public YamlMapping(IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> entries, int start, int end)
        : base(start, end) => Entries = entries;

    public IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Entries { get; }
}
