using System;
using System.Collections.Generic;
using System.Text;

namespace AgentGen.Parsing;

/// <summary>
/// Finds mojibake: UTF-8 text that was read with a single-byte encoding (Windows-1252, ISO-8859-1, Mac Roman) and saved
/// again, so that each character became two to four, as <c>Ã©</c> for <c>é</c>, <c>â€™</c> for <c>’</c> or <c>‚îú</c>
/// for <c>├</c>. Pure and linear; text without a character above U+007F costs one scan and no allocation.
/// </summary>
/// <remarks>
/// A candidate is a stretch of characters that one of the encodings maps back to bytes forming one well-formed UTF-8
/// sequence whose character is a plausible repair (<see cref="MojibakeTargets"/>). Real text makes such stretches too
/// (<c>café…”</c> holds <c>é…”</c>, which reads back as the ideograph 酔), so each candidate is also weighed by how likely
/// its characters are as real text (<see cref="Evidence"/>), and a run is reported only on good evidence: the analyzer
/// runs on every agent file, and a false alarm on correct prose costs more than a missed damaged character.
/// </remarks>
internal static class MojibakeDetector
{
    /// <summary>Marks that follow a word in real text: a letter followed only by these may be the end of a word.</summary>
    private const string ClosingMarks = "\u2019\u2018\u201D\u201C\u00BB\u203A\u2026\u2013\u2014\u00A0\u2122\u00AE\u00B0\u00B9\u00B2\u00B3\u00B7";

    /// <summary>Capital letters that are words by themselves (French à, Scandinavian å and ö, Portuguese é, ó, ô).</summary>
    private const string OneLetterWords = "\u00C0\u00C5\u00C9\u00D3\u00D4\u00D6";

    /// <summary>
    /// Two-character formulas that Mac Roman also reads as a letter (<c>√π</c> is 'ù', <c>∆°</c> is 'ơ', <c>≈µ</c> is 'ŵ'):
    /// in real text they are far more often the formula, as in <c>√π</c>, <c>∆°C</c> or <c>≈µs</c>.
    /// </summary>
    private static readonly string[] Formulas =
    {
        "\u221A\u03C0", "\u221A\u221E", "\u221A\u2211", "\u2248\u03C0", "\u2248\u00B5", "\u2248\u221E", "\u2206\u00B0",
    };

    private enum Family
    {
        /// <summary>Windows-1252 and ISO-8859-1, read as one: they differ only at 0x80-0x9F, and a run may not mix the two there.</summary>
        Western,
        MacRoman,
    }

    /// <summary>How much one candidate says, in increasing order.</summary>
    private enum Evidence
    {
        /// <summary>An invisible repair whose damaged form may be real text: extends a run, never starts or decides one.</summary>
        Joiner,

        /// <summary>Reads as real text as well (a word's last letter and closing marks, a script letter): reported only in a run of two or more.</summary>
        Weak,

        /// <summary>
        /// Mac Roman continuation bytes read as an emoji whose F0 lead was dropped: reported in a run of two or more, or when
        /// the same text shows a strong Mac Roman candidate. Not by another such run: Turkish writes 'üçü' (F0 9F 8D 9F, 🍟) often.
        /// </summary>
        DroppedLead,

        /// <summary>
        /// Mac Roman that real text seldom has, as <c>√©</c> for 'é': reported in a run of two or more, or when the same text
        /// shows a strong Mac Roman candidate or another such run.
        /// </summary>
        Confirmable,

        /// <summary>Real text does not look like this: reported alone.</summary>
        Strong,
    }

    public static IReadOnlyList<MojibakeRun> Find(string text, int start, int end)
    {
        var i = start;
        while (i < end && text[i] < '\u0080')
        {
            i++;
        }

        // Most text is ASCII: nothing to read past the first non-ASCII character's search.
        return i >= end || Candidates(text, i, start, end, out var repaired, out var macRomanShown) is not { } candidates
            ? Array.Empty<MojibakeRun>()
            : Reported(text, candidates, repaired!, macRomanShown);
    }

    /// <summary>Every run of characters that reads as one encoding's misreading of UTF-8, with the repaired text of each
    /// appended to <paramref name="repaired"/>; null when there is none (and then nothing was allocated: correct text of
    /// any script is the common case).</summary>
    private static List<Candidate>? Candidates(string text, int i, int start, int end, out StringBuilder? repaired, out bool macRomanShown)
    {
        List<Candidate>? candidates = null;
        repaired = null;
        var run = default(Candidate);
        var open = false;
        macRomanShown = false;
        while (i < end)
        {
            var adjacent = open && run.End == i;
            if (text[i] < '\u0080' || !TryRead(text, start, end, i, adjacent ? run.Family : Family.Western, out var sequence))
            {
                i++;
                continue;
            }

            if (!adjacent || sequence.Family != run.Family || (run.Specials && sequence.Controls) || (run.Controls && sequence.Specials))
            {
                if (open)
                {
                    Keep(ref candidates, repaired!, run);
                    open = false;
                }

                if (sequence.Evidence == Evidence.Joiner)
                {
                    i += sequence.Length;
                    continue;
                }

                repaired ??= new StringBuilder();
                run = new Candidate { Start = i, Family = sequence.Family, RepairedStart = repaired.Length };
                open = true;
            }

            AppendCodePoint(repaired!, sequence.CodePoint);
            i += sequence.Length;
            run.End = i;
            run.Specials |= sequence.Specials;
            run.Controls |= sequence.Controls;
            run.Visible += sequence.Evidence == Evidence.Joiner ? 0 : 1;
            run.Best = sequence.Evidence > run.Best ? sequence.Evidence : run.Best;
            macRomanShown |= sequence.Family == Family.MacRoman && sequence.Evidence == Evidence.Strong;
        }

        if (open)
        {
            Keep(ref candidates, repaired!, run);
        }

        return candidates;
    }

    /// <summary>The candidates the evidence is strong enough for, each with its encoding and repaired text.</summary>
    private static List<MojibakeRun> Reported(string text, List<Candidate> candidates, StringBuilder repaired, bool macRomanShown)
    {
        var confirmable = 0;
        foreach (var candidate in candidates)
        {
            confirmable += candidate.Best == Evidence.Confirmable ? 1 : 0;
        }

        var runs = new List<MojibakeRun>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var reported = candidate.Best switch
            {
                Evidence.Strong => true,
                _ when candidate.Visible >= 2 => true,
                Evidence.Confirmable => macRomanShown || confirmable >= 2,
                Evidence.DroppedLead => macRomanShown,
                _ => false,
            };
            if (reported)
            {
                var encoding = candidate.Family == Family.MacRoman ? MojibakeEncoding.MacRoman
                    : candidate.Controls ? MojibakeEncoding.Latin1
                    : MojibakeEncoding.Windows1252;
                runs.Add(new MojibakeRun(
                    candidate.Start,
                    candidate.End - candidate.Start,
                    text.Substring(candidate.Start, candidate.End - candidate.Start),
                    repaired.ToString(candidate.RepairedStart, candidate.RepairedLength),
                    encoding));
            }
        }

        return runs;
    }

    /// <summary>Keeps a closed run that may be reported; the Mac Roman confirmation is known only at the end of the text.</summary>
    private static void Keep(ref List<Candidate>? candidates, StringBuilder repaired, Candidate run)
    {
        if (run.Best == Evidence.Weak && run.Visible < 2)
        {
            repaired.Length = run.RepairedStart;
            return;
        }

        run.RepairedLength = repaired.Length - run.RepairedStart;
        (candidates ??= new List<Candidate>()).Add(run);
    }

    private static bool TryRead(string text, int start, int end, int i, Family preferred, out Sequence sequence) =>
        preferred == Family.MacRoman
            ? TryReadMacRoman(text, end, i, out sequence) || TryReadWestern(text, start, end, i, out sequence)
            : TryReadWestern(text, start, end, i, out sequence) || TryReadMacRoman(text, end, i, out sequence);

    private static bool TryReadWestern(string text, int start, int end, int i, out Sequence sequence)
    {
        sequence = default;
        if (!SingleByteEncodings.TryGetWesternByte(text[i], out var lead, out var kind))
        {
            return false;
        }

        var length = SequenceLength(lead);
        if (length == 0 || i + length > end)
        {
            return false;
        }

        var specials = kind == WesternKind.Windows1252Only;
        var controls = kind == WesternKind.Latin1Only;
        var codePoint = lead & (0xFF >> (length + 1));
        for (var k = 1; k < length; k++)
        {
            if (!SingleByteEncodings.TryGetWesternByte(text[i + k], out var next, out kind) || !Continues(lead, k, next))
            {
                return false;
            }

            specials |= kind == WesternKind.Windows1252Only;
            controls |= kind == WesternKind.Latin1Only;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }

        var target = MojibakeTargets.Classify(codePoint);
        if (target == TargetKind.None || (specials && controls))
        {
            return false;
        }

        var evidence = target switch
        {
            // 'Â' and 'â' end no word, so 'Â' before a no-break space is damage though the repair is invisible.
            TargetKind.Joiner => text[i] is '\u00C2' or '\u00E2' ? Evidence.Strong : Evidence.Joiner,
            TargetKind.InWord => Evidence.Weak,
            _ => EndsWord(text, start, end, i, length) ? Evidence.Weak : Evidence.Strong,
        };
        sequence = new Sequence(length, codePoint, Family.Western, specials, controls, evidence);
        return true;
    }

    private static bool TryReadMacRoman(string text, int end, int i, out Sequence sequence)
    {
        sequence = default;
        if (!SingleByteEncodings.TryGetMacRomanByte(text[i], out var first))
        {
            return false;
        }

        // F0, the lead of every emoji, is the Apple logo in Mac Roman: a private-use character that editors and fonts drop.
        // A run that starts with a byte that may follow F0 is read as having lost it.
        var dropped = SequenceLength(first) == 0;
        var lead = dropped ? (byte)0xF0 : first;
        var bytes = SequenceLength(lead);
        var offset = dropped ? 1 : 0;
        if ((dropped && !Continues(lead, 1, first)) || i + bytes - offset > end)
        {
            return false;
        }

        var codePoint = lead & (0xFF >> (bytes + 1));
        for (var k = 1; k < bytes; k++)
        {
            if (!SingleByteEncodings.TryGetMacRomanByte(text[i + k - offset], out var next) || !Continues(lead, k, next))
            {
                return false;
            }

            codePoint = (codePoint << 6) | (next & 0x3F);
        }

        var target = MojibakeTargets.Classify(codePoint);
        if (target == TargetKind.None)
        {
            return false;
        }

        var length = bytes - offset;
        Evidence evidence;
        if (target != TargetKind.Standalone)
        {
            evidence = target == TargetKind.Joiner ? Evidence.Joiner : Evidence.Weak;
        }
        else if (dropped)
        {
            evidence = Evidence.DroppedLead;
        }
        else if (lead == 0xE2 || lead == 0xF0)
        {
            // '‚' (E2) or the Apple logo before accented letters and symbols: no language writes that.
            evidence = Evidence.Strong;
        }
        else
        {
            // Mac Roman's other leads are punctuation, math and capitals, and its continuation bytes are the accented
            // letters: '—à', '“É' and '√π' are real text.
            var opensWord = length == 2 && (char.IsPunctuation(text[i]) || char.IsWhiteSpace(text[i])) && char.IsLetter(text[i + 1]);
            evidence = opensWord || IsFormula(text, i, length) ? Evidence.Weak : Evidence.Confirmable;
        }

        sequence = new Sequence(length, codePoint, Family.MacRoman, false, false, evidence);
        return true;
    }

    /// <summary>
    /// True when a Western candidate may be a word's last letter followed by closing marks, as <c>Ã”</c> in <c>“MAÇÃ”</c>
    /// or <c>é…”</c> in <c>“café…”</c>: a letter, then only closing marks, then no letter or digit; and for a capital,
    /// a capital before it (a word in capitals) or a capital that is a word by itself. 'Â' and 'â' end no word in the
    /// languages that have them, so <c>Â®</c> and <c>Â°</c> stay damage even after a capital.
    /// </summary>
    private static bool EndsWord(string text, int start, int end, int i, int length)
    {
        var lead = text[i];
        if (!char.IsLetter(lead) || lead == '\u00C2' || lead == '\u00E2' || !AllIn(text, i + 1, length - 1, ClosingMarks))
        {
            return false;
        }

        if (i + length < end && char.IsLetterOrDigit(text[i + length]))
        {
            return false;
        }

        if (!char.IsUpper(lead))
        {
            return true;
        }

        var before = i > start ? text[i - 1] : ' ';
        return char.IsUpper(before) || (!char.IsLetterOrDigit(before) && OneLetterWords.IndexOf(lead) >= 0);
    }

    private static bool IsFormula(string text, int i, int length)
    {
        if (length != 2)
        {
            return false;
        }

        foreach (var formula in Formulas)
        {
            if (text[i] == formula[0] && text[i + 1] == formula[1])
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllIn(string text, int start, int length, string set)
    {
        for (var k = start; k < start + length; k++)
        {
            if (set.IndexOf(text[k]) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The length of the UTF-8 sequence that <paramref name="lead"/> starts; 0 for a byte that starts none.</summary>
    private static int SequenceLength(byte lead) => lead switch
    {
        >= 0xC2 and <= 0xDF => 2,
        >= 0xE0 and <= 0xEF => 3,
        >= 0xF0 and <= 0xF4 => 4,
        _ => 0,
    };

    /// <summary>Whether <paramref name="value"/> may be byte <paramref name="index"/> after <paramref name="lead"/>: no overlong form, surrogate or code point past U+10FFFF.</summary>
    private static bool Continues(byte lead, int index, byte value)
    {
        if (index > 1 || lead is not (0xE0 or 0xED or 0xF0 or 0xF4))
        {
            return value is >= 0x80 and <= 0xBF;
        }

        return lead switch
        {
            0xE0 => value is >= 0xA0 and <= 0xBF,
            0xED => value is >= 0x80 and <= 0x9F,
            0xF0 => value is >= 0x90 and <= 0xBF,
            _ => value is >= 0x80 and <= 0x8F,
        };
    }

    private static void AppendCodePoint(StringBuilder builder, int codePoint)
    {
        if (codePoint < 0x10000)
        {
            builder.Append((char)codePoint);
            return;
        }

        codePoint -= 0x10000;
        builder.Append((char)(0xD800 + (codePoint >> 10)));
        builder.Append((char)(0xDC00 + (codePoint & 0x3FF)));
    }

    private readonly struct Sequence
    {
        public Sequence(int length, int codePoint, Family family, bool specials, bool controls, Evidence evidence)
        {
            Length = length;
            CodePoint = codePoint;
            Family = family;
            Specials = specials;
            Controls = controls;
            Evidence = evidence;
        }

        /// <summary>Characters in the text.</summary>
        public int Length { get; }

        public int CodePoint { get; }

        public Family Family { get; }

        /// <summary>Uses a character that only Windows-1252 has at 0x80-0x9F.</summary>
        public bool Specials { get; }

        /// <summary>Uses a C1 control that only ISO-8859-1 has at 0x80-0x9F.</summary>
        public bool Controls { get; }

        public Evidence Evidence { get; }
    }

    /// <summary>A run being read: consecutive sequences of one family, with what they say together.</summary>
    private struct Candidate
    {
        public int Start;
        public int End;
        public Family Family;
        public bool Specials;
        public bool Controls;

        /// <summary>Sequences other than joiners.</summary>
        public int Visible;

        public Evidence Best;
        public int RepairedStart;
        public int RepairedLength;
    }
}
