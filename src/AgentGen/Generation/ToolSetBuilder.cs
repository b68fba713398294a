using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AgentGen.Naming;
using AgentGen.Model;
using AgentGen.Schema;

namespace AgentGen.Generation;

/// <summary>
/// The members of the <c>AgentTool</c> enum: built-in tools, the project's extra tools and every concrete tool any
/// agent names. Sorted by name; names that map to one identifier get a <c>_2</c> suffix in that order.
/// </summary>
internal static class ToolSetBuilder
{
    public static ToolSet Build(ImmutableArray<EquatableArray<string>> namedTools, EquatableArray<string> extraTools)
    {
        var names = new SortedSet<string>(ToolNames.BuiltIn, StringComparer.Ordinal);
        names.UnionWith(extraTools);
        foreach (var tools in namedTools)
        {
            names.UnionWith(tools);
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<ToolMember>(names.Count);
        foreach (var name in names)
        {
            var identifier = Identifiers.Pascal(name, "Tool");
            var candidate = identifier;
            for (var i = 2; !used.Add(candidate); i++)
            {
                candidate = identifier + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            members.Add(new ToolMember(name, candidate));
        }

        return new ToolSet(members.ToEquatableArray());
    }
}
