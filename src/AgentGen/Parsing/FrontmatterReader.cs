using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AgentGen.Diagnostics;
using AgentGen.Helpers;
using AgentGen.Schema;
using Microsoft.CodeAnalysis;

namespace AgentGen.Parsing;

/// <summary>
/// Reads the frontmatter mapping against <see cref="AgentSchema"/>: one checked value per known key, custom keys as
/// metadata, and a <see cref="Problem"/> for every key or value that is not what the format expects. Option-independent
/// rules only; rules that need the project's settings (known tools) live in the analyzer.
/// </summary>
internal sealed partial class FrontmatterReader
{
    private static readonly Regex ValidName = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex LowercaseWord = new("^[a-z]+$", RegexOptions.CultureInvariant);

    private readonly string _text;
    private readonly List<Problem> _problems;
    private readonly TextLines _lines;
    private readonly List<FrontmatterValue> _values = new();
    private readonly List<CustomKey> _customKeys = new();
    private readonly List<(YamlScalar Key, string Suggestion)> _misspelledKeys = new();
    private readonly Dictionary<string, YamlScalar> _keys = new(StringComparer.Ordinal);
    private readonly DocumentKinds _kind;

    /// <summary>Nodes the whole frontmatter may still expand to when values are written as JSON.</summary>
    private int _expansionBudget = YamlLimits.MaxExpandedNodes;
    private bool _limitReported;

    public FrontmatterReader(string text, TextLines lines, List<Problem> problems, DocumentKinds kind = DocumentKinds.Agent)
    {
        _kind = kind;
        _text = text;
        _lines = lines;
        _problems = problems;
    }

    public IReadOnlyList<FrontmatterValue> Values => _values;

    public ImmutableArray<CustomKey> CustomKeys => _customKeys.ToImmutableArray();

    /// <summary>The key token of a key present in the frontmatter (even with an empty or invalid value), or null.</summary>
    public YamlScalar? KeyToken(string key) => _keys.TryGetValue(key, out var token) ? token : null;

    public void Read(YamlMapping root)
    {
        foreach (var entry in root.Entries)
        {
            if (entry.Key is not YamlScalar keyScalar)
            {
                Report(DiagnosticDescriptors.WrongValueType, entry.Key, "key", "a plain name", Describe(entry.Key), " (a '?' complex key or a list used as a key)");
                continue;
            }

            var key = keyScalar.Value;
            if (_keys.TryGetValue(key, out var first))
            {
                // The last value is used, as YAML loaders that accept duplicates do.
                Report(DiagnosticDescriptors.DuplicateKey, keyScalar, key, _lines.FileLine(first.Start).ToString(CultureInfo.InvariantCulture));
                _values.RemoveAll(v => v.Key.Key == key);
                _customKeys.RemoveAll(c => c.Key == key);
            }
            else
            {
                _keys.Add(key, keyScalar);
            }

            if (AgentSchema.Find(key, _kind) is { } spec)
            {
                if (ReadValue(spec, RecoverTaggedText(key, entry.Value)) is { } value)
                {
                    _values.Add(value);
                }
            }
            else
            {
                ReadCustom(keyScalar, entry.Value);
            }
        }

        var inheritsAllTools = !_keys.ContainsKey(AgentSchema.Tools.Key);
        foreach (var (key, suggestion) in _misspelledKeys)
        {
            var consequence = suggestion == AgentSchema.Tools.Key && inheritsAllTools && _kind == DocumentKinds.Agent ? ", so this agent inherits every tool" : string.Empty;
            _problems.Add(new Problem(DiagnosticDescriptors.MisspelledKey, key.Start, key.Length, key.Value, suggestion, consequence)
            {
                Properties = Problem.Suggesting(suggestion),
            });
        }

        if (_kind == DocumentKinds.Agent)
        {
            CheckName();
            CheckPermissionMode();
        }
        else if (_kind == DocumentKinds.Skill)
        {
            CheckSkillName();
        }
    }

    /// <summary>
    /// <c>description: !important ...</c> is valid YAML whose tag ('!important') is silently dropped from the value. Claude
    /// Code's loader rejects the unknown tag and reads the line as text, so AgentGen does the same and says so (AGEN019).
    /// </summary>
    private YamlNode RecoverTaggedText(string key, YamlNode value)
    {
        if (value is not YamlScalar { HasLocalTag: true, IsPlain: true } scalar)
        {
            return value;
        }

        var end = scalar.Start;
        while (end < _text.Length && !TextLines.IsBreak(_text[end]))
        {
            end++;
        }

        var raw = _text.Substring(scalar.Start, end - scalar.Start).TrimEnd(' ', '\t');
        var comment = raw.IndexOf(" #", StringComparison.Ordinal);
        raw = comment > 0 ? raw.Substring(0, comment).TrimEnd() : raw;
        _problems.Add(new Problem(DiagnosticDescriptors.UnquotedColon, scalar.Start, 1, key, PlainValueRecovery.ReasonFor('!')));
        return new YamlScalar(raw, YamlScalarKind.DoubleQuoted, scalar.Start, scalar.Start + raw.Length);
    }

    private void CheckPermissionMode()
    {
        if (_values.FirstOrDefault(v => v.Key == AgentSchema.PermissionMode) is { } mode
            && AgentSchema.PermissionModes.Find(mode.Text!)?.Value == "bypassPermissions")
        {
            _problems.Add(new Problem(DiagnosticDescriptors.BypassPermissions, mode.Start, mode.Length));
        }
    }

    private FrontmatterValue? ReadValue(KeySpec spec, YamlNode value) => spec.Shape switch
    {
        ValueShape.Text => ReadText(spec, value),
        ValueShape.Choice => ReadChoice(spec, value),
        ValueShape.Boolean => ReadBoolean(spec, value),
        ValueShape.PositiveInteger => ReadPositiveInteger(spec, value),
        ValueShape.ToolList => ReadTools(spec, value),
        ValueShape.TextList => ReadTextList(spec, value),
        ValueShape.McpServers => ReadMcpServers(spec, value),
        ValueShape.Hooks => ReadHooks(spec, value),
        ValueShape.Mapping => ReadMapping(spec, value),
        _ => null,
    };

    private FrontmatterValue? ReadText(KeySpec spec, YamlNode value)
    {
        if (value is YamlScalar scalar)
        {
            return scalar.IsNull ? null : FrontmatterValue.OfText(spec, scalar.Value, scalar.Start, scalar.Length);
        }

        if (spec == AgentSchema.ArgumentHint && value is YamlSequence)
        {
            // argument-hint: [version] is YAML's list of one item, and Claude Code shows it as written: so does AgentGen.
            return FrontmatterValue.OfText(spec, _text.Substring(value.Start, value.Length), value.Start, value.Length);
        }

        if (spec.StandardOnly)
        {
            Report(DiagnosticDescriptors.StandardValueType, value, spec.Key, "a string", Describe(value), spec == AgentSchema.License ? "write it as text, such as license: MIT, or the name of a file beside SKILL.md" : $"write it as text, such as {spec.Key}: Needs Python 3 and yt-dlp");
            return null;
        }

        Report(DiagnosticDescriptors.WrongValueType, value, spec.Key, "a string", Describe(value), string.Empty);
        return null;
    }

    private FrontmatterValue? ReadChoice(KeySpec spec, YamlNode value)
    {
        var read = ReadText(spec, value);
        if (read is null || spec.Values is not { } set || set.Find(read.Text!) is not null)
        {
            return read;
        }

        var located = read.AsLocatedText;
        if (set.OtherMember is null)
        {
            ReportNotAllowed(located, set.What, set);
        }
        else
        {
            // A set open to other values (model: a full id such as claude-opus-4-6, gpt-4o, provider/model): only a bare
            // word that is no alias, or a near-miss of one (sonet, Sonnet, default), is a mistake.
            var suggestion = EditDistance.Suggest(located.Value, set.Spellings);
            if (suggestion is not null || LowercaseWord.IsMatch(located.Value))
            {
                ReportNotAllowed(located, $"{set.What} (an alias or a full model id such as claude-sonnet-4-5)", set);
            }
        }

        return read;
    }

    private void ReportNotAllowed(Located<string> value, string what, ValueSet set)
    {
        var allowed = string.Join(", ", set.Spellings);
        var suggestion = EditDistance.Suggest(value.Value, set.Spellings);
        var hint = suggestion is not null ? $": did you mean '{suggestion}'? Allowed: {allowed}" : $"; allowed: {allowed}";
        _problems.Add(new Problem(DiagnosticDescriptors.ValueNotAllowed, value.Start, value.Length, value.Value, what, hint)
        {
            Properties = Problem.Suggesting(suggestion),
        });
    }

    private FrontmatterValue? ReadPositiveInteger(KeySpec spec, YamlNode value)
    {
        if (value is YamlScalar scalar)
        {
            if (scalar.IsNull)
            {
                return null;
            }

            if (YamlJson.IsInteger(scalar, out var number) && number > 0 && number <= int.MaxValue)
            {
                return FrontmatterValue.OfNumber(spec, (int)number, scalar.Start, scalar.Length);
            }
        }

        Report(DiagnosticDescriptors.WrongValueType, value, spec.Key, "a positive integer", Describe(value), string.Empty);
        return null;
    }

    private FrontmatterValue? ReadBoolean(KeySpec spec, YamlNode value)
    {
        if (value is YamlScalar scalar)
        {
            if (scalar.IsNull)
            {
                return null;
            }

            if (YamlJson.IsBoolean(scalar, out var flag))
            {
                return FrontmatterValue.OfFlag(spec, flag, scalar.Start, scalar.Length);
            }
        }

        Report(DiagnosticDescriptors.WrongValueType, value, spec.Key, "true or false", Describe(value), string.Empty);
        return null;
    }

    private void CheckName()
    {
        if (_values.FirstOrDefault(v => v.Key == AgentSchema.Name) is not { } value || ValidName.IsMatch(value.Text!))
        {
            return;
        }

        var name = value.Text!;
        var hasColon = name.IndexOf(':') >= 0;
        var fixedName = SuggestName(name);
        var hint = hasColon ? "; it must never contain ':' (Claude Code reserves it for plugin agents)" : string.Empty;
        if (fixedName.Length > 0 && fixedName != name)
        {
            hint += $"; for example '{fixedName}'";
        }

        _problems.Add(new Problem(DiagnosticDescriptors.InvalidName, value.Start, value.Length, name, hint)
        {
            Severity = hasColon ? DiagnosticSeverity.Error : null,
            Properties = Problem.Suggesting(fixedName.Length > 0 ? fixedName : null),
        });
    }

    /// <summary>The Agent Skills standard's name: 1-64 lowercase letters, digits and single hyphens, no hyphen at either end
    /// (whether it equals the folder is the analyzer's to check: the parser never sees paths).</summary>
    private void CheckSkillName()
    {
        if (_values.FirstOrDefault(v => v.Key == AgentSchema.Name) is not { } value || IsValidSkillName(value.Text!))
        {
            return;
        }

        var fixedName = SuggestName(value.Text!);
        fixedName = fixedName.Length > 64 ? fixedName.Substring(0, 64).TrimEnd('-') : fixedName;
        var hint = "should be 1 to 64 lowercase letters, digits and single hyphens, with no hyphen at either end" + (fixedName.Length > 0 && fixedName != value.Text ? $"; for example '{fixedName}'" : string.Empty);
        _problems.Add(new Problem(DiagnosticDescriptors.InvalidSkillName, value.Start, value.Length, value.Text!, hint)
        {
            Properties = Problem.Suggesting(fixedName.Length > 0 ? fixedName : null),
        });
    }

    /// <summary>The Agent Skills standard's name rule, for a declared name and a folder's alike.</summary>
    internal static bool IsValidSkillName(string name) => name.Length <= 64 && ValidName.IsMatch(name);

    /// <summary>The name in the format's spelling: accents dropped (<c>réviseur</c> gives <c>reviseur</c>), lowercase, hyphens between words.</summary>
    internal static string SuggestName(string name)
    {
        // Normalize throws on a lone surrogate, which a YAML escape (\uD800) can put in a name: drop those first.
        var wellFormed = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            if (!char.IsSurrogate(name[i]))
            {
                wellFormed.Append(name[i]);
            }
            else if (char.IsHighSurrogate(name[i]) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                wellFormed.Append(name[i]).Append(name[++i]);
            }
        }

        var withoutMarks = new StringBuilder(name.Length);
        foreach (var c in wellFormed.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                withoutMarks.Append(c);
            }
        }

        return Regex.Replace(withoutMarks.ToString().ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');
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

    /// <summary>The value as JSON within the file's expansion budget, or null (reported) when aliases expand it beyond.</summary>
    private string? Json(YamlNode value, string what)
    {
        var json = YamlJson.Write(value, ref _expansionBudget);
        if (json is null)
        {
            Limit(value, $"{what} expands, with the values before it, to more than {YamlLimits.MaxExpandedNodes} nodes through aliases");
        }

        return json;
    }

    private void Report(DiagnosticDescriptor descriptor, YamlNode node, params string[] arguments) =>
        _problems.Add(new Problem(descriptor, node.Start, node.Length, arguments));

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
