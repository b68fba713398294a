using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AgentGen.Diagnostics;
using AgentGen.Helpers;
using Microsoft.CodeAnalysis;

namespace AgentGen.Parsing;

/// <summary>
/// Reads the frontmatter mapping into an <see cref="AgentDocument"/>: one typed value per known key, custom keys as
/// metadata, and a <see cref="Problem"/> for every key or value that is not what the format expects. Option-independent
/// rules only; rules that need the project's settings (known tools) live in the analyzer.
/// </summary>
internal sealed class FrontmatterReader
{
    private static readonly Regex ValidName = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex LowercaseWord = new("^[a-z]+$", RegexOptions.CultureInvariant);

    private readonly string _text;
    private readonly AgentDocument _document;
    private readonly List<Problem> _problems;
    private readonly TextLines _lines;

    public FrontmatterReader(string text, TextLines lines, AgentDocument document, List<Problem> problems)
    {
        _text = text;
        _lines = lines;
        _document = document;
        _problems = problems;
    }

    public void Read(YamlMapping root)
    {
        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var metadata = new List<KeyValuePair<string, string>>();
        foreach (var entry in root.Entries)
        {
            if (entry.Key is not YamlScalar keyScalar)
            {
                Report(DiagnosticDescriptors.WrongValueType, entry.Key, "key", "a plain name", Describe(entry.Key), " (a '?' complex key or a list used as a key)");
                continue;
            }

            var key = keyScalar.Value;
            if (seen.TryGetValue(key, out var first))
            {
                Report(DiagnosticDescriptors.DuplicateKey, keyScalar, key, LineOf(first.Start).ToString(System.Globalization.CultureInfo.InvariantCulture));
                metadata.RemoveAll(pair => pair.Key == key);
            }
            else
            {
                seen.Add(key, keyScalar);
            }

            if (!ReadKnown(key, entry.Value))
            {
                ReadCustom(keyScalar, entry.Value, metadata);
            }
        }

        _document.Metadata = metadata;
        CheckName();
    }

    private bool ReadKnown(string key, YamlNode value)
    {
        switch (key)
        {
            case AgentFormat.Name:
                _document.Name = ReadString(key, value);
                return true;
            case AgentFormat.Description:
                _document.Description = ReadString(key, value);
                return true;
            case AgentFormat.Tools:
                _document.Tools = ReadTools(key, value);
                if (_document.Tools is { Entries.Count: 0 } emptyTools)
                {
                    _problems.Add(new Problem(DiagnosticDescriptors.EmptyCollection, emptyTools.Start, emptyTools.Length,
                        "'tools' is empty: the agent gets no tools at all and Claude Code refuses to spawn it; remove the key to inherit every tool, or list the tools"));
                }

                return true;
            case AgentFormat.DisallowedTools:
                _document.DisallowedTools = ReadTools(key, value);
                return true;
            case AgentFormat.Model:
                _document.Model = ReadString(key, value);
                CheckModel(_document.Model);
                return true;
            case AgentFormat.PermissionMode:
                _document.PermissionMode = ReadChoice(key, value, "permission mode", AgentFormat.PermissionModes);
                return true;
            case AgentFormat.Memory:
                _document.Memory = ReadChoice(key, value, "memory scope", AgentFormat.MemoryScopes);
                return true;
            case AgentFormat.Effort:
                _document.Effort = ReadChoice(key, value, "effort level", AgentFormat.EffortLevels);
                return true;
            case AgentFormat.Isolation:
                _document.Isolation = ReadChoice(key, value, "isolation mode", AgentFormat.IsolationModes);
                return true;
            case AgentFormat.Color:
                _document.Color = ReadChoice(key, value, "color", AgentFormat.Colors);
                return true;
            case AgentFormat.InitialPrompt:
                _document.InitialPrompt = ReadString(key, value);
                return true;
            case AgentFormat.MaxTurns:
                _document.MaxTurns = ReadMaxTurns(value);
                return true;
            case AgentFormat.Background:
                _document.Background = ReadBoolean(key, value);
                return true;
            case AgentFormat.Skills:
                _document.Skills = ReadStringList(key, value);
                return true;
            case AgentFormat.McpServers:
                _document.McpServers = ReadMcpServers(value);
                return true;
            case AgentFormat.Hooks:
                _document.HooksJson = ReadHooks(value);
                return true;
            default:
                return false;
        }
    }

    private void ReadCustom(YamlScalar key, YamlNode value, List<KeyValuePair<string, string>> metadata)
    {
        var suggestion = AgentFormat.KeyAliases.TryGetValue(key.Value, out var alias) ? alias : EditDistance.Suggest(key.Value, AgentFormat.Keys);
        if (suggestion is not null)
        {
            var consequence = suggestion == AgentFormat.Tools && _document.Tools is null ? ", so this agent inherits every tool" : string.Empty;
            _problems.Add(new Problem(DiagnosticDescriptors.MisspelledKey, key.Start, key.Length, key.Value, suggestion, consequence)
            {
                Properties = Problem.Suggesting(suggestion),
            });
        }
        else
        {
            Report(DiagnosticDescriptors.CustomKey, key, key.Value);
        }

        var text = value is YamlScalar scalar ? (scalar.IsNull ? string.Empty : scalar.Value) : YamlJson.Write(value);
        if (text is null)
        {
            Limit(value, $"the value of '{key.Value}' expands to more than {YamlLimits.MaxExpandedNodes} nodes through aliases");
            return;
        }

        metadata.Add(new KeyValuePair<string, string>(key.Value, text));
    }

    private Located<string>? ReadString(string key, YamlNode value)
    {
        if (value is YamlScalar scalar)
        {
            return scalar.IsNull ? null : new Located<string>(scalar.Value, scalar.Start, scalar.Length);
        }

        Report(DiagnosticDescriptors.WrongValueType, value, key, "a string", Describe(value), string.Empty);
        return null;
    }

    private Located<string>? ReadChoice(string key, YamlNode value, string what, string[] allowed)
    {
        var located = ReadString(key, value);
        if (located is { } choice && Array.IndexOf(allowed, choice.Value) < 0)
        {
            ReportNotAllowed(choice, what, allowed);
        }

        return located;
    }

    private void CheckModel(Located<string>? model)
    {
        // A full model id (claude-opus-4-6, gpt-4o, provider/model) is a valid custom model; a bare word that is not an
        // alias, or any near-miss of an alias, is a mistake (sonet, Sonnet, default).
        if (model is not { } value || Array.IndexOf(AgentFormat.ModelAliases, value.Value) >= 0)
        {
            return;
        }

        var suggestion = EditDistance.Suggest(value.Value, AgentFormat.ModelAliases);
        if (suggestion is not null || LowercaseWord.IsMatch(value.Value))
        {
            ReportNotAllowed(value, "model (an alias or a full model id such as claude-sonnet-4-5)", AgentFormat.ModelAliases);
        }
    }

    private void ReportNotAllowed(Located<string> value, string what, string[] allowed)
    {
        var suggestion = EditDistance.Suggest(value.Value, allowed);
        var hint = suggestion is not null
            ? $": did you mean '{suggestion}'? Allowed: {string.Join(", ", allowed)}"
            : $"; allowed: {string.Join(", ", allowed)}";
        _problems.Add(new Problem(DiagnosticDescriptors.ValueNotAllowed, value.Start, value.Length, value.Value, what, hint)
        {
            Properties = Problem.Suggesting(suggestion),
        });
    }

    private Located<int>? ReadMaxTurns(YamlNode value)
    {
        if (value is YamlScalar scalar)
        {
            if (scalar.IsNull)
            {
                return null;
            }

            if (YamlJson.IsInteger(scalar, out var turns) && turns > 0 && turns <= int.MaxValue)
            {
                return new Located<int>((int)turns, scalar.Start, scalar.Length);
            }
        }

        Report(DiagnosticDescriptors.WrongValueType, value, AgentFormat.MaxTurns, "a positive integer", Describe(value), string.Empty);
        return null;
    }

    private Located<bool>? ReadBoolean(string key, YamlNode value)
    {
        if (value is YamlScalar scalar)
        {
            if (scalar.IsNull)
            {
                return null;
            }

            if (YamlJson.IsBoolean(scalar, out var flag))
            {
                return new Located<bool>(flag, scalar.Start, scalar.Length);
            }
        }

        Report(DiagnosticDescriptors.WrongValueType, value, key, "true or false", Describe(value), string.Empty);
        return null;
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

    private ToolList? ReadTools(string key, YamlNode value)
    {
        var entries = new List<ToolEntry>();
        switch (value)
        {
            case YamlScalar { IsNull: true }:
                return null;
            case YamlScalar scalar:
                var cursor = scalar.Start;
                foreach (var part in SplitTopLevel(scalar.Value))
                {
                    // Find the entry in the source to point at it exactly; escapes or folding fall back to the whole value.
                    var found = cursor <= scalar.End ? _text.IndexOf(part, cursor, scalar.End - cursor, StringComparison.Ordinal) : -1;
                    entries.Add(found >= 0 ? ToolEntry.Create(part, found, part.Length) : ToolEntry.Create(part, scalar.Start, scalar.Length));
                    cursor = found >= 0 ? found + part.Length : cursor;
                }

                return new ToolList(entries, scalar.Start, scalar.Length);
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } itemScalar && itemScalar.Value.Trim().Length > 0)
                    {
                        entries.Add(ToolEntry.Create(itemScalar.Value.Trim(), itemScalar.Start, itemScalar.Length));
                    }
                    else if (item is not YamlScalar)
                    {
                        Report(DiagnosticDescriptors.WrongValueType, item, key + " item", "a tool name", Describe(item), string.Empty);
                    }
                }

                return new ToolList(entries, sequence.Start, sequence.Length);
            default:
                Report(DiagnosticDescriptors.WrongValueType, value, key, "a comma-separated string or a list of tool names", Describe(value), string.Empty);
                return null;
        }
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
                    var json = YamlJson.Write(server.Value);
                    if (json is null)
                    {
                        Limit(server.Value, $"an MCP server config expands to more than {YamlLimits.MaxExpandedNodes} nodes through aliases");
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
                var json = YamlJson.Write(mapping);
                if (json is null)
                {
                    Limit(mapping, $"'hooks' expands to more than {YamlLimits.MaxExpandedNodes} nodes through aliases");
                }

                return json;
            default:
                Report(DiagnosticDescriptors.WrongValueType, value, AgentFormat.Hooks, "a mapping keyed by hook event (PreToolUse, PostToolUse, Stop, ...)", Describe(value), string.Empty);
                return null;
        }
    }

    private void CheckName()
    {
        if (_document.Name is not { } name || ValidName.IsMatch(name.Value))
        {
            return;
        }

        var hasColon = name.Value.IndexOf(':') >= 0;
        var fixedName = Regex.Replace(name.Value.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');
        var hint = hasColon
            ? "; it must never contain ':' (Claude Code reserves it for plugin agents)"
            : string.Empty;
        if (fixedName.Length > 0 && fixedName != name.Value)
        {
            hint += $"; for example '{fixedName}'";
        }

        _problems.Add(new Problem(DiagnosticDescriptors.InvalidName, name.Start, name.Length, name.Value, hint)
        {
            Severity = hasColon ? DiagnosticSeverity.Error : null,
            Properties = Problem.Suggesting(fixedName.Length > 0 ? fixedName : null),
        });
    }

    private void Limit(YamlNode node, string what) =>
        Report(DiagnosticDescriptors.LimitExceeded, node, what);

    private void Report(DiagnosticDescriptor descriptor, YamlNode node, params string[] arguments) =>
        _problems.Add(new Problem(descriptor, node.Start, node.Length, arguments));

    private int LineOf(int offset)
    {
        var line = 0;
        while (line + 1 < _lines.Count && _lines.LineStart(line + 1) <= offset)
        {
            line++;
        }

        // The frontmatter's first line is the file's second line.
        return line + 2;
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlMapping => "a mapping",
        YamlSequence => "a list",
        YamlScalar { IsNull: true } => "empty",
        YamlScalar scalar => $"'{Shorten(scalar.Value)}'",
        _ => "something else",
    };

    private static string Shorten(string value) => value.Length <= 40 ? value : value.Substring(0, 37) + "...";

    /// <summary>Splits a comma list at top level only: <c>Read, Agent(a, b)</c> is two entries.</summary>
    internal static IEnumerable<string> SplitTopLevel(string value)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ',';
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (c == ',' && (depth == 0 || i == value.Length))
            {
                var part = value.Substring(start, i - start).Trim();
                if (part.Length > 0)
                {
                    yield return part;
                }

                start = i + 1;
            }
        }
    }
}
