using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AgentGen.Model;
using AgentGen.Naming;

namespace AgentGen.Generation;

/// <summary>Groups agents by namespace into catalogs; the shared namespace always gets one, even when empty.</summary>
internal static class CatalogBuilder
{
    public static ImmutableArray<CatalogModel> Build(IdentityMap identities, EmitSettings settings)
    {
        var byNamespace = identities.Identities
            .GroupBy(i => i.Key.Namespace, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToEquatableArray(), StringComparer.Ordinal);
        if (!byNamespace.ContainsKey(settings.SharedNamespace))
        {
            byNamespace[settings.SharedNamespace] = EquatableArray<AgentIdentity>.Empty;
        }

        var hints = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return byNamespace
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new CatalogModel(pair.Key, IdentifierAssigner.UniqueHint("Catalog." + pair.Key, hints), pair.Value, settings))
            .ToImmutableArray();
    }
}
