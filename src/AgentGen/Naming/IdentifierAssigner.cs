using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AgentGen.Model;

namespace AgentGen.Naming;

/// <summary>
/// Assigns class names, catalog property names and hint names to all agents at once. The rule is deterministic
/// whatever the order of AdditionalFiles: agents are sorted by namespace, name and source path; the first to claim
/// an identifier keeps it, later ones get a numeric suffix (<c>CodeReviewerAgent2</c>). The analyzer reports every
/// such collision (AGEN007, AGEN018); here it only must never break the build.
/// </summary>
internal static class IdentifierAssigner
{
    /// <summary>Members of <c>AgentCatalog</c> (and of <see cref="object"/>) an agent property must not hide.</summary>
    private static readonly HashSet<string> ReservedCatalogMembers = new(StringComparer.Ordinal)
    {
        "All", "Names", "Count", "TryGet", "Get", "AgentCatalog", "Table", "Classes",
        "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
    };

    public static IdentityMap Assign(ImmutableArray<AgentKey> keys)
    {
        var result = new List<AgentIdentity>(keys.Length);
        var classNames = new HashSet<string>(StringComparer.Ordinal);
        var hints = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in Sort(keys))
        {
            var baseName = BaseName(key.Name);
            var className = baseName + "Agent";
            var number = 1;
            while (!classNames.Add(key.Namespace + "." + className))
            {
                number++;
                className = baseName + "Agent" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var property = number == 1 ? baseName : baseName + "_" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (ReservedCatalogMembers.Contains(property))
            {
                property += "_";
            }

            result.Add(new AgentIdentity(key, className, property, UniqueHint("Agent." + key.Namespace + "." + className, hints)));
        }

        return new IdentityMap(result.ToEquatableArray());
    }

    /// <summary>The identifier an agent name maps to before collisions are resolved (<c>code-agent</c> and <c>code</c> both give <c>Code</c>).</summary>
    public static string BaseName(string name)
    {
        var baseName = Identifiers.Pascal(name, "Unnamed");
        return baseName.Length > 5 && baseName.EndsWith("Agent", StringComparison.Ordinal) ? baseName.Substring(0, baseName.Length - 5) : baseName;
    }

    public static IEnumerable<AgentKey> Sort(IEnumerable<AgentKey> keys) =>
        keys.OrderBy(k => k.Namespace, StringComparer.Ordinal)
            .ThenBy(k => k.Name, StringComparer.Ordinal)
            .ThenBy(k => k.SourcePath, StringComparer.Ordinal);

    /// <summary>Hint names are compared case-insensitively by Roslyn, so two must differ by more than case.</summary>
    public static string UniqueHint(string stem, HashSet<string> used)
    {
        var safe = Identifiers.HintSafe(stem);
        var hint = safe + ".g.cs";
        for (var i = 2; !used.Add(hint); i++)
        {
            hint = safe + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
        }

        return hint;
    }
}
