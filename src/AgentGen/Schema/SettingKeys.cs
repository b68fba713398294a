using System.Collections.Generic;
using System.Linq;

namespace AgentGen.Schema;

/// <summary>A key kept in a document's settings JSON: its spec, the key of its value in the JSON, and for a sub-key the key it is under.</summary>
internal readonly record struct SettingKey(KeySpec Key, string DataKey, KeySpec? Parent);

/// <summary>
/// The keys with a definition property (name and description are constructor arguments), derived from
/// <see cref="AgentSchema"/> once per definition type: the generator writes each document's settings JSON with them and
/// the emitter reads it back with the same list (<c>experimental.cacheTtl</c> as the sub-key of <c>experimental</c>).
/// </summary>
internal static class SettingKeys
{
    /// <summary>The keys of <c>AgentDefinition</c>.</summary>
    public static IReadOnlyList<SettingKey> All { get; } = Create(DocumentKinds.Agent).ToList();

    /// <summary>The keys of <c>SkillDefinition</c>: every key of skills or commands (one type serves both).</summary>
    public static IReadOnlyList<SettingKey> Skills { get; } = Create(DocumentKinds.Skill | DocumentKinds.Command).ToList();

    /// <summary>The keys of the definition of that kind of document.</summary>
    public static IReadOnlyList<SettingKey> Of(DocumentKinds kind) => kind == DocumentKinds.Agent ? All : Skills;

    private static IEnumerable<SettingKey> Create(DocumentKinds kinds)
    {
        foreach (var key in AgentSchema.All.Where(k => (k.Kinds & kinds) != 0 && k != AgentSchema.Name && k != AgentSchema.Description))
        {
            yield return new SettingKey(key, key.Key, null);
            foreach (var sub in key.SubKeys)
            {
                yield return new SettingKey(sub, key.Key + "." + sub.Key, key);
            }
        }
    }
}
