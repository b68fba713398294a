using System.Collections.Generic;

namespace AgentGen.Parsing;

/// <summary>
/// How far typed prompt arguments go. <c>PromptArguments</c> has a nested class per group of a path and a property per
/// placeholder: a path of thousands of names would nest classes thousands deep (beyond what the generator and the
/// compiler can recurse through), and thousands of placeholders would make a class nobody can use. Beyond these limits
/// the agent keeps <c>RenderPrompt(lookup)</c> and the build says why it has no typed arguments (AGEN036).
/// </summary>
internal static class PromptLimits
{
    public const int MaxPlaceholders = 256;

    public const int MaxNames = 16;

    /// <summary>The first placeholder beyond a limit, and which limit, or null when typed arguments can be generated.</summary>
    public static (string Placeholder, string Limit)? Excess(IReadOnlyList<string> placeholders)
    {
        for (var i = 0; i < placeholders.Count; i++)
        {
            if (i == MaxPlaceholders)
            {
                return (placeholders[i], $"the prompt has more than {MaxPlaceholders} placeholders");
            }

            var names = 1;
            foreach (var c in placeholders[i])
            {
                names += c == '.' ? 1 : 0;
            }

            if (names > MaxNames)
            {
                return (placeholders[i], $"it has {names} names, more than {MaxNames}");
            }
        }

        return null;
    }
}
