using System;
using System.Collections.Generic;

namespace AgentGen.Helpers;

/// <summary>Did-you-mean suggestions: optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions).</summary>
internal static class EditDistance
{
    public static int Compute(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The closest candidate, compared case-insensitively and ignoring '-' and '_', within a distance that grows
    /// with the word's length (1 for short words, 2 from five characters, 3 from nine). Null when none is close.
    /// </summary>
    public static string? Suggest(string value, IEnumerable<string> candidates)
    {
        var folded = Fold(value);
        if (folded.Length == 0)
        {
            return null;
        }

        var max = folded.Length <= 4 ? 1 : folded.Length <= 8 ? 2 : 3;
        string? best = null;
        var bestDistance = max + 1;
        foreach (var candidate in candidates)
        {
            var distance = Compute(folded, Fold(candidate), max);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    public static string Fold(string value)
    {
        var chars = new char[value.Length];
        var length = 0;
        foreach (var c in value)
        {
            if (c != '-' && c != '_' && c != ' ')
            {
                chars[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(chars, 0, length);
    }
}
