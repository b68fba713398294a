using System.Collections.Generic;

namespace AgentGen.Parsing;

/// <summary>The single-byte encoding that UTF-8 text was mistakenly read with.</summary>
internal enum MojibakeEncoding
{
    /// <summary>Windows-1252; also named for runs that ISO-8859-1 explains as well (the two agree on 0xA0-0xFF).</summary>
    Windows1252,

    /// <summary>ISO-8859-1: the run holds a C1 control at a byte where Windows-1252 has a character.</summary>
    Latin1,

    /// <summary>Mac OS Roman, the classic Mac OS default, still what some Mac tools assume for text without a BOM.</summary>
    MacRoman,
}

/// <summary>
/// The 0x80-0xFF halves of the three encodings, written out because a Roslyn component cannot rely on
/// <c>CodePagesEncodingProvider</c>, and the way back from a character to its byte.
/// </summary>
internal static class SingleByteEncodings
{
    /// <summary>
    /// Windows-1252 at 0x80-0x9F (0xA0-0xFF is ISO-8859-1's, which maps each byte to the same code point). The five bytes it
    /// leaves undefined, 81 8D 8F 90 9D, read as U+0081.. as Windows itself does, so that a round trip keeps them.
    /// </summary>
    private const string Windows1252Specials =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    /// <summary>Mac Roman at 0x80-0xFF, as in Apple's ROMAN.TXT (0xDB is the euro sign since Mac OS 8.5, 0xF0 the Apple logo).</summary>
    private const string MacRomanHigh =
        "\u00C4\u00C5\u00C7\u00C9\u00D1\u00D6\u00DC\u00E1\u00E0\u00E2\u00E4\u00E3\u00E5\u00E7\u00E9\u00E8" +
        "\u00EA\u00EB\u00ED\u00EC\u00EE\u00EF\u00F1\u00F3\u00F2\u00F4\u00F6\u00F5\u00FA\u00F9\u00FB\u00FC" +
        "\u2020\u00B0\u00A2\u00A3\u00A7\u2022\u00B6\u00DF\u00AE\u00A9\u2122\u00B4\u00A8\u2260\u00C6\u00D8" +
        "\u221E\u00B1\u2264\u2265\u00A5\u00B5\u2202\u2211\u220F\u03C0\u222B\u00AA\u00BA\u03A9\u00E6\u00F8" +
        "\u00BF\u00A1\u00AC\u221A\u0192\u2248\u2206\u00AB\u00BB\u2026\u00A0\u00C0\u00C3\u00D5\u0152\u0153" +
        "\u2013\u2014\u201C\u201D\u2018\u2019\u00F7\u25CA\u00FF\u0178\u2044\u20AC\u2039\u203A\uFB01\uFB02" +
        "\u2021\u00B7\u201A\u201E\u2030\u00C2\u00CA\u00C1\u00CB\u00C8\u00CD\u00CE\u00CF\u00CC\u00D3\u00D4" +
        "\uF8FF\u00D2\u00DA\u00DB\u00D9\u0131\u02C6\u02DC\u00AF\u02D8\u02D9\u02DA\u00B8\u02DD\u02DB\u02C7";

    private static readonly Dictionary<char, byte> Windows1252Bytes = Reverse(Windows1252Specials, 0x80);

    private static readonly Dictionary<char, byte> MacRomanBytes = Reverse(MacRomanHigh, 0x80);

    public static string Name(MojibakeEncoding encoding) => encoding switch
    {
        MojibakeEncoding.Latin1 => "ISO-8859-1",
        MojibakeEncoding.MacRoman => "Mac Roman",
        _ => "Windows-1252",
    };

    /// <summary>
    /// The byte of <paramref name="c"/> in Windows-1252 or ISO-8859-1, whichever has it; <paramref name="kind"/> says when
    /// only one of them does, so that a run mixing the two can be refused.
    /// </summary>
    public static bool TryGetWesternByte(char c, out byte value, out WesternKind kind)
    {
        kind = WesternKind.Both;
        if (c >= '\u0080' && c <= '\u00FF')
        {
            value = (byte)c;
            if (c <= '\u009F' && Windows1252Specials[c - 0x80] != c)
            {
                kind = WesternKind.Latin1Only;
            }

            return true;
        }

        kind = WesternKind.Windows1252Only;
        return Windows1252Bytes.TryGetValue(c, out value);
    }

    public static bool TryGetMacRomanByte(char c, out byte value)
    {
        if (MacRomanBytes.TryGetValue(c, out value))
        {
            return true;
        }

        // Older tables, Windows' code page 10000 among them, have the currency sign at 0xDB and the ohm sign at 0xBD.
        value = c switch
        {
            '\u00A4' => 0xDB,
            '\u2126' => 0xBD,
            _ => 0,
        };
        return value != 0;
    }

    private static Dictionary<char, byte> Reverse(string table, int firstByte)
    {
        var bytes = new Dictionary<char, byte>(table.Length);
        for (var i = 0; i < table.Length; i++)
        {
            bytes[table[i]] = (byte)(firstByte + i);
        }

        return bytes;
    }
}

/// <summary>Which of Windows-1252 and ISO-8859-1 maps a character to a byte in 0x80-0xFF.</summary>
internal enum WesternKind
{
    Both,
    Windows1252Only,
    Latin1Only,
}
