namespace AgentGen.Helpers;

/// <summary>FNV-1a over UTF-16 code units: stable across processes and runtimes, unlike string.GetHashCode.</summary>
internal static class StableHash
{
    public static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }

    public static string Hex8(string text) => Fnv1a(text).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
}
