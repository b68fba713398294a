namespace AgentGen.Parsing;

/// <summary>
/// A maximal stretch of consecutive mis-decoded characters, as <c>‚îú‚îÄ‚îÄ</c> for <c>├──</c>: where it is in the text,
/// what it says, what it said before the wrong decoding, and the encoding that explains it.
/// </summary>
internal readonly struct MojibakeRun
{
    public MojibakeRun(int start, int length, string damaged, string repaired, MojibakeEncoding encoding)
    {
        Start = start;
        Length = length;
        Damaged = damaged;
        Repaired = repaired;
        Encoding = encoding;
    }

    public int Start { get; }

    public int Length { get; }

    /// <summary>The run as the text has it.</summary>
    public string Damaged { get; }

    /// <summary>
    /// The run as it was written: its characters encoded back with <see cref="Encoding"/> and read as UTF-8, with a dropped
    /// Mac Roman F0 lead restored. It may be invisible (a no-break space), and it keeps variation selectors and joiners.
    /// </summary>
    public string Repaired { get; }

    public MojibakeEncoding Encoding { get; }

    /// <summary>The encoding as a message names it: "Windows-1252", "ISO-8859-1" or "Mac Roman".</summary>
    public string EncodingName => SingleByteEncodings.Name(Encoding);
}
