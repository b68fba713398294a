using System.Collections.Generic;

namespace AgentGen.Model;

/// <summary>The <c>AgentTool</c> members, compared by value and looked up by tool name in O(1).</summary>
internal sealed class ToolSet : System.IEquatable<ToolSet>
{
    private readonly Dictionary<string, ToolMember> _byName = new(System.StringComparer.Ordinal);

    public ToolSet(EquatableArray<ToolMember> members)
    {
        Members = members;
        foreach (var member in members)
        {
            _byName[member.Name] = member;
        }
    }

    public EquatableArray<ToolMember> Members { get; }

    public bool TryGet(string name, out ToolMember member) => _byName.TryGetValue(name, out member);

    public bool Equals(ToolSet? other) => ReferenceEquals(this, other) || (other is not null && Members.Equals(other.Members));

    public override bool Equals(object? obj) => Equals(obj as ToolSet);

    public override int GetHashCode() => Members.GetHashCode();
}
