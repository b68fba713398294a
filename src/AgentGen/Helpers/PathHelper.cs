using System;
using System.Collections.Generic;

namespace AgentGen.Helpers;

/// <summary>Project-relative paths with '/' separators, so generated code is the same on every machine.</summary>
internal static class PathHelper
{
    public static string Relative(string? baseDirectory, string path)
    {
        var target = Split(path);
        if (string.IsNullOrEmpty(baseDirectory))
        {
            return string.Join("/", target);
        }

        var origin = Split(baseDirectory!);
        var comparison = path.Length > 1 && path[1] == ':' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var common = 0;
        while (common < origin.Count && common < target.Count && string.Equals(origin[common], target[common], comparison))
        {
            common++;
        }

        if (common == 0)
        {
            return path.Replace('\\', '/');
        }

        var parts = new List<string>();
        for (var i = common; i < origin.Count; i++)
        {
            parts.Add("..");
        }

        for (var i = common; i < target.Count; i++)
        {
            parts.Add(target[i]);
        }

        return string.Join("/", parts);
    }

    private static List<string> Split(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return parts;
    }
}
