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
internal sealed partial class FrontmatterReader
{
    private static readonly Regex ValidName = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex LowercaseWord = new("^[a-z]+$", RegexOptions.CultureInvariant);

    private readonly string _text;
    private readonly AgentDocument _document;
    private readonly List<Problem> _problems;
    private readonly TextLines _lines;

    /// <summary>Nodes the whole frontmatter may still expand to when values are written as JSON.</summary>
    private int _expansionBudget = YamlLimits.MaxExpandedNodes;
    private bool _limitReported;
    private readonly List<(YamlScalar Key, string Suggestion)> _misspelledKeys = new();

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
        foreach (var (key, suggestion) in _misspelledKeys)
        {
            var consequence = suggestion == AgentFormat.Tools && _document.Tools is null ? ", so this agent inherits every tool" : string.Empty;
            _problems.Add(new Problem(DiagnosticDescriptors.MisspelledKey, key.Start, key.Length, key.Value, suggestion, consequence)
            {
                Properties = Problem.Suggesting(suggestion),
            });
        }

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

    private void Limit(YamlNode node, string what)
    {
        // Once the budget is spent every later value fails too: one diagnostic says it (the file is skipped anyway).
        if (!_limitReported)
        {
            _limitReported = true;
            Report(DiagnosticDescriptors.LimitExceeded, node, what);
        }
    }

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

}
