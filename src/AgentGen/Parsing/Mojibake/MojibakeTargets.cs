namespace AgentGen.Parsing;

/// <summary>What a repaired character is, for judging a candidate: real mojibake repairs to text people write.</summary>
internal enum TargetKind
{
    /// <summary>Not a plausible repair (controls, private use, combining marks, rare scripts, unassigned blocks): no candidate.</summary>
    None,

    /// <summary>A letter or symbol that text uses on its own (accented Latin, Greek, punctuation, arrows, box drawing, emoji).</summary>
    Standalone,

    /// <summary>A letter of a script written in words (Cyrillic, Hebrew, Arabic, Indic, Thai, CJK, Hangul): real damage comes in runs.</summary>
    InWord,

    /// <summary>An invisible character (no-break space, joiner, variation selector): part of a run, never a run alone.</summary>
    Joiner,
}

/// <summary>The repaired characters a mojibake candidate may have, as Unicode block ranges (static, so the same on every runtime).</summary>
internal static class MojibakeTargets
{
    // Sorted, disjoint, inclusive: first, last, kind.
    private static readonly (int First, int Last, TargetKind Kind)[] Ranges =
    {
        (0x00A0, 0x00A0, TargetKind.Joiner),
        (0x00A1, 0x00AC, TargetKind.Standalone),
        (0x00AD, 0x00AD, TargetKind.Joiner),
        (0x00AE, 0x017F, TargetKind.Standalone),        // Latin-1 letters and symbols, Latin Extended-A
        (0x01A0, 0x01A1, TargetKind.Standalone),        // Vietnamese O with horn
        (0x01AF, 0x01B0, TargetKind.Standalone),        // Vietnamese U with horn
        (0x0218, 0x021B, TargetKind.Standalone),        // Romanian S and T with comma below
        (0x0386, 0x0386, TargetKind.Standalone),        // Greek letters
        (0x0388, 0x038A, TargetKind.Standalone),
        (0x038C, 0x038C, TargetKind.Standalone),
        (0x038E, 0x03A1, TargetKind.Standalone),
        (0x03A3, 0x03CE, TargetKind.Standalone),
        (0x0400, 0x045F, TargetKind.InWord),            // Cyrillic
        (0x0490, 0x0491, TargetKind.InWord),
        (0x05D0, 0x05EA, TargetKind.InWord),            // Hebrew letters
        (0x0621, 0x063A, TargetKind.InWord),            // Arabic letters, with the Persian ones
        (0x0640, 0x064A, TargetKind.InWord),
        (0x067E, 0x067E, TargetKind.InWord),
        (0x0686, 0x0686, TargetKind.InWord),
        (0x06A9, 0x06A9, TargetKind.InWord),
        (0x06AF, 0x06AF, TargetKind.InWord),
        (0x06CC, 0x06CC, TargetKind.InWord),
        (0x0900, 0x0DFF, TargetKind.InWord),            // Indic scripts
        (0x0E01, 0x0E5B, TargetKind.InWord),            // Thai
        (0x1E00, 0x1EFF, TargetKind.Standalone),        // Latin Extended Additional: Vietnamese
        (0x2002, 0x200D, TargetKind.Joiner),            // spaces, zero-width space and joiners
        (0x2010, 0x2027, TargetKind.Standalone),        // dashes, quotes, bullets, ellipsis
        (0x202F, 0x202F, TargetKind.Joiner),
        (0x2030, 0x205E, TargetKind.Standalone),
        (0x2070, 0x209C, TargetKind.Standalone),        // superscripts and subscripts
        (0x20A0, 0x20C0, TargetKind.Standalone),        // currency
        (0x20E3, 0x20E3, TargetKind.Joiner),            // combining keycap
        (0x2100, 0x218B, TargetKind.Standalone),        // letterlike symbols, number forms
        (0x2190, 0x2426, TargetKind.Standalone),        // arrows, mathematical operators, technical, control pictures
        (0x2460, 0x2BFF, TargetKind.Standalone),        // enclosed alphanumerics, box drawing, shapes, dingbats, arrows
        (0x3000, 0x303F, TargetKind.InWord),            // CJK punctuation
        (0x3041, 0x30FF, TargetKind.InWord),            // kana
        (0x4E00, 0x9FFF, TargetKind.InWord),            // CJK ideographs
        (0xAC00, 0xD7A3, TargetKind.InWord),            // Hangul syllables
        (0xFE0E, 0xFE0F, TargetKind.Joiner),            // variation selectors (text and emoji presentation)
        (0xFF01, 0xFF9F, TargetKind.InWord),            // fullwidth and halfwidth forms
        (0x1F000, 0x1FAFF, TargetKind.Standalone),      // emoji and pictographs, skin tones, regional indicators
    };

    public static TargetKind Classify(int codePoint)
    {
        var low = 0;
        var high = Ranges.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var range = Ranges[middle];
            if (codePoint < range.First)
            {
                high = middle - 1;
            }
            else if (codePoint > range.Last)
            {
                low = middle + 1;
            }
            else
            {
                return range.Kind;
            }
        }

        return TargetKind.None;
    }
}
