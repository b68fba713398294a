namespace AgentGen.Parsing;

/// <summary>A scalar value read from the frontmatter, with the span of its token in the file.</summary>
internal readonly struct Located<T>
{
    public Located(T value, int start, int length)
    {
        Value = value;
        Start = start;
        Length = length;
    }

    public T Value { get; }

    public int Start { get; }

    public int Length { get; }
}
