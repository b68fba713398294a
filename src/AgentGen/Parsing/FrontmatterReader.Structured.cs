using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AgentGen.Diagnostics;
using AgentGen.Helpers;
using AgentGen.Schema;

namespace AgentGen.Parsing;

/// <summary>Values with structure (skills, MCP servers, mappings such as experimental) and keys outside the format.</summary>
internal sealed partial class FrontmatterReader
{
    private void ReadCustom(YamlScalar key, YamlNode value)
    {
        var suggestion = AgentSchema.MisspellingOf(key.Value, _kind) ?? EditDistance.Suggest(key.Value, KeyNamesOf(_kind));
        if (suggestion is not null)
        {
            // Reported once every key is read: whether the agent inherits every tool depends on keys that may follow.
            _misspelledKeys.Add((key, suggestion));
        }
        else
        {
            Report(DiagnosticDescriptors.CustomKey, key, key.Value, _kind == DocumentKinds.Agent ? "agent" : SkillChecks.Noun(_kind),
                _kind == DocumentKinds.Agent ? $"it is exposed as AgentDefinition.Metadata[\"{key.Value}\"]" : $"Claude Code ignores it, and it is kept in SkillDefinition.CustomKeys[\"{key.Value}\"]");
        }

        var text = value is YamlScalar scalar ? (scalar.IsNull ? string.Empty : scalar.Value) : Json(value, $"the value of '{key.Value}'");
        if (text is not null)
        {
            _customKeys.Add(new CustomKey(key.Value, text));
        }
    }

    private static readonly ImmutableArray<string> AgentKeyNames = AgentSchema.KeysOf(DocumentKinds.Agent).Select(k => k.Key).ToImmutableArray();
    private static readonly ImmutableArray<string> SkillKeyNames = AgentSchema.KeysOf(DocumentKinds.Skill).Select(k => k.Key).ToImmutableArray();
    private static readonly ImmutableArray<string> CommandKeyNames = AgentSchema.KeysOf(DocumentKinds.Command).Select(k => k.Key).ToImmutableArray();

    private static ImmutableArray<string> KeyNamesOf(DocumentKinds kind) =>
        kind == DocumentKinds.Skill ? SkillKeyNames : kind == DocumentKinds.Command ? CommandKeyNames : AgentKeyNames;

    private FrontmatterValue? ReadTextList(KeySpec spec, YamlNode value)
    {
        if (value is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (value is YamlScalar one)
        {
            // Lists are written as one string too (skills: a, b in an agent; paths, arguments in a skill), and Claude Code
            // loads both forms: its comma-separated parts are the items (arguments: space-separated as well, as Claude
            // Code reads "arguments: issue branch").
            return FrontmatterValue.OfItems(spec, Split(one, spec == AgentSchema.Arguments ? new[] { ',', ' ', '\t' } : new[] { ',' }), one.Start, one.Length);
        }

        if (value is not YamlSequence sequence)
        {
            Report(DiagnosticDescriptors.WrongValueType, value, spec.Key, "a list", Describe(value), " (write one '- item' per line, or [a, b])");
            return null;
        }

        var items = ImmutableArray.CreateBuilder<Located<string>>();
        foreach (var item in sequence.Items)
        {
            if (item is YamlScalar { IsNull: false } scalar)
            {
                items.Add(new Located<string>(scalar.Value, scalar.Start, scalar.Length));
            }
            else
            {
                // arguments: [{name: finding, description: ...}] is another tool's form: Claude Code takes names.
                var names = item is YamlMapping mapping ? mapping.Entries.Where(e => e.Key is YamlScalar { Value: "name" } && e.Value is YamlScalar).Select(e => ((YamlScalar)e.Value).Value).ToList() : new List<string>();
                Report(DiagnosticDescriptors.WrongValueType, item, spec.Key + " item", "a string", Describe(item), names.Count > 0 ? $" (Claude Code takes the names alone: write '- {names[0]}')" : string.Empty);
            }
        }

        return FrontmatterValue.OfItems(spec, items.ToImmutable(), sequence.Start, sequence.Length);
    }

    private FrontmatterValue? ReadMcpServers(KeySpec spec, YamlNode value)
    {
        if (value is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (value is not YamlSequence sequence)
        {
            Report(DiagnosticDescriptors.WrongValueType, value, spec.Key, "a list of server names or {name: config} entries", Describe(value), string.Empty);
            return null;
        }

        // Entries of the wrong shape are reported and left out, so the value handed on only holds names and mappings.
        var kept = new List<YamlNode>();
        foreach (var item in sequence.Items)
        {
            if (item is YamlScalar { IsNull: false } or YamlMapping { Entries.Count: > 0 })
            {
                kept.Add(item);
            }
            else
            {
                Report(DiagnosticDescriptors.WrongValueType, item, spec.Key + " item", "a server name or a {name: config} mapping", Describe(item), string.Empty);
            }
        }

        var json = Json(new YamlSequence(kept, sequence.Start, sequence.End), "'mcpServers'");
        return json is null ? null : FrontmatterValue.OfJson(spec, json, sequence.Start, sequence.Length);
    }

    /// <summary>A mapping with known sub-keys (<c>experimental</c>): each known one read and checked, the whole kept as JSON.</summary>
    private FrontmatterValue? ReadMapping(KeySpec spec, YamlNode value)
    {
        if (value is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (value is not YamlMapping mapping)
        {
            if (spec.StandardOnly)
            {
                Report(DiagnosticDescriptors.StandardValueType, value, spec.Key, "a mapping", Describe(value), "write one 'key: value' per indented line");
                return null;
            }

            Report(DiagnosticDescriptors.WrongValueType, value, spec.Key, "a mapping of settings (one 'key: value' per indented line)", Describe(value), string.Empty);
            return null;
        }

        var subValues = ImmutableArray.CreateBuilder<FrontmatterValue>();
        var subKeyNames = spec.SubKeys.Select(k => k.Key).ToList();
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key is not YamlScalar key)
            {
                continue;
            }

            var subKey = spec.SubKeys.FirstOrDefault(k => k.Key == key.Value);
            if (subKey is not null)
            {
                if (ReadValue(subKey, entry.Value) is { } read)
                {
                    subValues.Add(read);
                }
            }
            else if (EditDistance.Suggest(key.Value, subKeyNames) is { } suggestion)
            {
                // Settings come and go between releases: only a near-miss of a known one is reported.
                _problems.Add(new Problem(DiagnosticDescriptors.MisspelledKey, key.Start, key.Length, spec.Key + "." + key.Value, suggestion, string.Empty)
                {
                    Properties = Problem.Suggesting(suggestion),
                });
            }
        }

        var json = Json(mapping, $"'{spec.Key}'");
        return json is null ? null : FrontmatterValue.OfJson(spec, json, mapping.Start, mapping.Length, subValues.ToImmutable());
    }

    /// <summary>The parts of a plain string between separators, each located in the file when the string is written as is.</summary>
    private static ImmutableArray<Located<string>> Split(YamlScalar scalar, char[] separators)
    {
        var items = ImmutableArray.CreateBuilder<Located<string>>();
        var exact = scalar.IsPlain && scalar.Length == scalar.Value.Length;
        var at = 0;
        foreach (var part in scalar.Value.Split(separators))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                var offset = part.IndexOf(trimmed, System.StringComparison.Ordinal);
                items.Add(exact ? new Located<string>(trimmed, scalar.Start + at + offset, trimmed.Length) : new Located<string>(trimmed, scalar.Start, scalar.Length));
            }

            at += part.Length + 1;
        }

        return items.ToImmutable();
    }
}
