using System.Collections.Generic;
using System.Linq;

namespace AgentGen.Schema;

/// <summary>A key kept in an agent's settings JSON: its spec, the key of its value in the JSON, and for a sub-key the key it is under.</summary>
internal readonly record struct SettingKey(KeySpec Key, string DataKey, KeySpec? Parent);

/// <summary>
/// The keys with a definition property (name and description are constructor arguments), derived from
/// <see cref="AgentSchema"/> once: the generator writes each agent's settings JSON with them and the emitter reads it back
/// with the same list (<c>experimental.cacheTtl</c> as the sub-key of <c>experimental</c>).
/// </summary>
internal static class SettingKeys
{
    public static IReadOnlyList<SettingKey> All { get; } = Create().ToList();

    private static IEnumerable<SettingKey> Create()
    {
        foreach (var key in AgentSchema.Keys.Where(k => !k.Required))
        {
            yield return new SettingKey(key, key.Key, null);
            foreach (var sub in key.SubKeys)
            {
                yield return new SettingKey(sub, key.Key + "." + sub.Key, key);
            }
        }
    }
}
