using System;
using System.Collections.Generic;
using AgentGen.Diagnostics;
using AgentGen.Helpers;

namespace AgentGen.Parsing;

/// <summary>Values with structure (skills, MCP servers, hooks) and keys outside the format (metadata).</summary>
internal sealed partial class FrontmatterReader
{
    private void ReadCustom(YamlScalar key, YamlNode value, List<KeyValuePair<string, string>> metadata)
    {
        var suggestion = AgentFormat.KeyAliases.TryGetValue(key.Value, out var alias) ? alias : EditDistance.Suggest(key.Value, AgentFormat.Keys);
        if (suggestion is not null)
        {
            // Reported once every key is read: whether the agent inherits every tool depends on keys that may follow.
            _misspelledKeys.Add((key, suggestion));
        }
        else
        {
            Report(DiagnosticDescriptors.CustomKey, key, key.Value);
        }

        var text = value is YamlScalar scalar ? (scalar.IsNull ? string.Empty : scalar.Value) : YamlJson.Write(value, ref _expansionBudget);
        if (text is null)
        {
            Limit(value, $"the value of '{key.Value}' expands, with the values before it, to more than {YamlLimits.MaxExpandedNodes} nodes through aliases");
            return;
        }

        metadata.Add(new KeyValuePair<string, string>(key.Value, text));
    }

    private IReadOnlyList<Located<string>> ReadStringList(string key, YamlNode value)
    {
        var items = new List<Located<string>>();
        if (value is YamlScalar { IsNull: true })
        {
            return items;
        }

        if (value is not YamlSequence sequence)
        {
            Report(DiagnosticDescriptors.WrongValueType, value, key, "a list", Describe(value), " (write one '- item' per line, or [a, b])");
            return items;
        }

        foreach (var item in sequence.Items)
        {
            if (item is YamlScalar { IsNull: false } scalar)
            {
                items.Add(new Located<string>(scalar.Value, scalar.Start, scalar.Length));
            }
            else
            {
                Report(DiagnosticDescriptors.WrongValueType, item, key + " item", "a string", Describe(item), string.Empty);
            }
        }

        return items;
    }

    private IReadOnlyList<McpServerEntry> ReadMcpServers(YamlNode value)
    {
        var servers = new List<McpServerEntry>();
        if (value is YamlScalar { IsNull: true })
        {
            return servers;
        }

        if (value is not YamlSequence sequence)
        {
            Report(DiagnosticDescriptors.WrongValueType, value, AgentFormat.McpServers, "a list of server names or {name: config} entries", Describe(value), string.Empty);
            return servers;
        }

        foreach (var item in sequence.Items)
        {
            if (item is YamlScalar { IsNull: false } name)
            {
                servers.Add(new McpServerEntry(name.Value, null));
            }
            else if (item is YamlMapping mapping && mapping.Entries.Count > 0)
            {
                foreach (var server in mapping.Entries)
                {
                    var json = YamlJson.Write(server.Value, ref _expansionBudget);
                    if (json is null)
                    {
                        Limit(server.Value, $"an MCP server config expands, with the values before it, to more than {YamlLimits.MaxExpandedNodes} nodes through aliases");
                        continue;
                    }

                    servers.Add(new McpServerEntry(server.Key is YamlScalar key ? key.Value : string.Empty, json));
                }
            }
            else
            {
                Report(DiagnosticDescriptors.WrongValueType, item, AgentFormat.McpServers + " item", "a server name or a {name: config} mapping", Describe(item), string.Empty);
            }
        }

        return servers;
    }

    private string? ReadHooks(YamlNode value)
    {
        switch (value)
        {
            case YamlScalar { IsNull: true }:
                return null;
            case YamlSequence { Items.Count: 0 } empty:
                Report(DiagnosticDescriptors.EmptyCollection, empty,
                    "'hooks: []' makes Claude Code hide the agent: remove the key, or give the hooks as a mapping keyed by event (PreToolUse: ...)");
                return null;
            case YamlMapping mapping:
                var json = YamlJson.Write(mapping, ref _expansionBudget);
                if (json is null)
                {
                    Limit(mapping, $"'hooks' expands, with the values before it, to more than {YamlLimits.MaxExpandedNodes} nodes through aliases");
                }

                return json;
            default:
                Report(DiagnosticDescriptors.WrongValueType, value, AgentFormat.Hooks, "a mapping keyed by hook event (PreToolUse, PostToolUse, Stop, ...)", Describe(value), string.Empty);
                return null;
        }
    }
}
