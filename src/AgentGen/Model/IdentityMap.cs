using System.Collections.Generic;

namespace AgentGen.Model;

/// <summary>
/// The identities of all agents, compared by value (for the pipeline's caching) and looked up by key in O(1)
/// (each agent's output step looks up its own names: a list search there made cold generation quadratic).
/// </summary>
internal sealed class IdentityMap : System.IEquatable<IdentityMap>
{
    private readonly Dictionary<AgentKey, AgentIdentity> _byKey = new();

    public IdentityMap(EquatableArray<AgentIdentity> identities)
    {
        Identities = identities;
        foreach (var identity in identities)
        {
            // The compiler passes each path once; a host that passes one twice gets the first (never an exception here).
            if (!_byKey.ContainsKey(identity.Key))
            {
                _byKey[identity.Key] = identity;
            }
        }
    }

    public EquatableArray<AgentIdentity> Identities { get; }

    public AgentIdentity this[AgentKey key] => _byKey[key];

    public bool Equals(IdentityMap? other) => ReferenceEquals(this, other) || (other is not null && Identities.Equals(other.Identities));

    public override bool Equals(object? obj) => Equals(obj as IdentityMap);

    public override int GetHashCode() => Identities.GetHashCode();
}
