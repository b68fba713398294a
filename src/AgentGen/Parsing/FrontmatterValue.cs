using System.Collections.Immutable;
using AgentGen.Schema;

namespace AgentGen.Parsing;

/// <summary>
/// The value of one known key, read and checked against its <see cref="KeySpec"/>: exactly one of the typed members is
/// set, by the key's <see cref="ValueShape"/> (<see cref="Text"/> for text and choices, <see cref="Json"/> for lists of
/// servers and mappings, ...). The span is the value's token in the file.
/// </summary>
internal sealed class FrontmatterValue
{
    private FrontmatterValue(KeySpec key, int start, int length)
    {
        Key = key;
        Start = start;
        Length = length;
    }

    public KeySpec Key { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary><see cref="ValueShape.Text"/> and <see cref="ValueShape.Choice"/>: the string as written.</summary>
    public string? Text { get; private init; }

    public bool Flag { get; private init; }

    public int Number { get; private init; }

    public ToolList? Tools { get; private init; }

    public ImmutableArray<Located<string>> Items { get; private init; } = ImmutableArray<Located<string>>.Empty;

    /// <summary><see cref="ValueShape.McpServers"/>, <see cref="ValueShape.Hooks"/> and <see cref="ValueShape.Mapping"/>: the value as compact JSON.</summary>
    public string? Json { get; private init; }

    /// <summary><see cref="ValueShape.Mapping"/>: the values of its known keys (<see cref="KeySpec.SubKeys"/>).</summary>
    public ImmutableArray<FrontmatterValue> SubValues { get; private init; } = ImmutableArray<FrontmatterValue>.Empty;

    public Located<string> AsLocatedText => new(Text ?? string.Empty, Start, Length);

    public static FrontmatterValue OfText(KeySpec key, string text, int start, int length) => new(key, start, length) { Text = text };

    public static FrontmatterValue OfFlag(KeySpec key, bool flag, int start, int length) => new(key, start, length) { Flag = flag };

    public static FrontmatterValue OfNumber(KeySpec key, int number, int start, int length) => new(key, start, length) { Number = number };

    public static FrontmatterValue OfTools(KeySpec key, ToolList tools) => new(key, tools.Start, tools.Length) { Tools = tools };

    public static FrontmatterValue OfItems(KeySpec key, ImmutableArray<Located<string>> items, int start, int length) => new(key, start, length) { Items = items };

    public static FrontmatterValue OfJson(KeySpec key, string json, int start, int length, ImmutableArray<FrontmatterValue> subValues = default) =>
        new(key, start, length) { Json = json, SubValues = subValues.IsDefault ? ImmutableArray<FrontmatterValue>.Empty : subValues };
}
