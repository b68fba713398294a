using System.Linq;
using AgentGen.Diagnostics;
using AgentGen.Helpers;
using AgentGen.Schema;

namespace AgentGen.Parsing;

/// <summary>
/// The <c>hooks</c> value, checked against <see cref="HookSchema"/>: events Claude Code knows, each a list of entries with
/// a <c>matcher</c> and a list of handlers. Claude Code ignores a hook it cannot read without a word, so each part that is
/// not what it expects gets a warning at that part (AGEN024); the value is kept as written.
/// </summary>
internal sealed partial class FrontmatterReader
{
    private FrontmatterValue? ReadHooks(KeySpec spec, YamlNode value)
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
                foreach (var entry in mapping.Entries)
                {
                    CheckHookEvent(entry.Key, entry.Value);
                }

                var json = Json(mapping, "'hooks'");
                return json is null ? null : FrontmatterValue.OfJson(spec, json, mapping.Start, mapping.Length);
            default:
                Report(DiagnosticDescriptors.WrongValueType, value, spec.Key, "a mapping keyed by hook event (PreToolUse, PostToolUse, Stop)", Describe(value), string.Empty);
                return null;
        }
    }

    private void CheckHookEvent(YamlNode key, YamlNode value)
    {
        if (key is not YamlScalar eventName)
        {
            return;
        }

        if (!HookSchema.Events.Contains(eventName.Value))
        {
            var suggestion = EditDistance.Suggest(eventName.Value, HookSchema.Events);
            var hint = suggestion is null ? string.Empty : $"did you mean '{suggestion}'? ";
            HookProblem(eventName, $"Unknown hook event '{eventName.Value}': {hint}Claude Code runs an agent's hooks on {string.Join(", ", HookSchema.AgentEvents)}; it ignores this one", suggestion);
            return;
        }

        if (value is not YamlSequence entries)
        {
            HookProblem(value, $"'{eventName.Value}' must be a list of entries ('- matcher: ...' with 'hooks:'), but it is {Describe(value)}");
            return;
        }

        foreach (var entry in entries.Items)
        {
            CheckHookEntry(eventName.Value, entry);
        }
    }

    private void CheckHookEntry(string eventName, YamlNode entry)
    {
        if (entry is not YamlMapping mapping)
        {
            HookProblem(entry, $"A '{eventName}' entry must be a mapping with 'matcher' and 'hooks', but it is {Describe(entry)}");
            return;
        }

        YamlNode? handlers = null;
        var handlersMisspelt = false;
        foreach (var pair in mapping.Entries)
        {
            if (pair.Key is not YamlScalar key)
            {
                continue;
            }

            switch (key.Value)
            {
                case HookSchema.Matcher:
                    if (pair.Value is not YamlScalar)
                    {
                        HookProblem(pair.Value, $"'matcher' must be a tool name or pattern such as Bash or Edit|Write, but it is {Describe(pair.Value)}");
                    }

                    break;
                case HookSchema.Handlers:
                    handlers = pair.Value;
                    break;
                default:
                    handlersMisspelt |= UnknownKey(key, "a hook entry", HookSchema.EntryKeys.ToArray(), "an entry has 'matcher' and 'hooks'") == HookSchema.Handlers;
                    break;
            }
        }

        if (handlers is null && !handlersMisspelt)
        {
            HookProblem(mapping, $"This '{eventName}' entry has no 'hooks' list, so it runs nothing: add hooks: [{{type: command, command: ...}}]");
        }
        else if (handlers is not null and not YamlSequence)
        {
            HookProblem(handlers, $"'hooks' in a '{eventName}' entry must be a list of handlers ('- type: command' with 'command:'), but it is {Describe(handlers)}");
        }
        else if (handlers is YamlSequence list)
        {
            foreach (var handler in list.Items)
            {
                CheckHookHandler(handler);
            }
        }
    }

    private void CheckHookHandler(YamlNode handler)
    {
        if (handler is not YamlMapping mapping)
        {
            HookProblem(handler, $"A hook handler must be a mapping such as {{type: command, command: ./check.sh}}, but it is {Describe(handler)}");
            return;
        }

        var keys = mapping.Entries.Select(e => e.Key).OfType<YamlScalar>().ToList();
        var typeEntry = mapping.Entries.FirstOrDefault(e => e.Key is YamlScalar { Value: HookSchema.Type });
        if (typeEntry.Value is not YamlScalar { IsNull: false } type)
        {
            HookProblem(typeEntry.Value ?? mapping, "This hook handler has no 'type': add type: command (with command: the shell command to run)");
            return;
        }

        var handlerTypes = HookSchema.HandlerTypes.Select(t => t.Type).ToArray();
        var known = HookSchema.HandlerTypes.FirstOrDefault(t => t.Type == type.Value);
        if (known.Type is null)
        {
            var suggestion = EditDistance.Suggest(type.Value, handlerTypes);
            var hint = suggestion is null ? string.Empty : $"did you mean '{suggestion}'? ";
            HookProblem(type, $"Unknown hook type '{type.Value}': {hint}the types are {string.Join(", ", handlerTypes)}", suggestion);
            return;
        }

        if (!keys.Any(k => k.Value == known.RequiredKey))
        {
            HookProblem(type, $"A '{known.Type}' hook needs a '{known.RequiredKey}' key: without it Claude Code runs nothing");
        }

        var handlerKeys = HookSchema.HandlerTypes.Select(t => t.RequiredKey).Distinct().Concat(HookSchema.OptionalHandlerKeys).Append(HookSchema.Type).ToArray();
        foreach (var key in keys.Where(k => !handlerKeys.Contains(k.Value)))
        {
            // Handlers gain keys between releases: only a near-miss of a known key is reported.
            if (EditDistance.Suggest(key.Value, handlerKeys) is not null)
            {
                UnknownKey(key, "a hook handler", handlerKeys, null);
            }
        }
    }

    /// <returns>The key suggested instead, or null.</returns>
    private string? UnknownKey(YamlScalar key, string where, string[] known, string? shape)
    {
        var suggestion = EditDistance.Suggest(key.Value, known);
        var hint = suggestion is not null ? $": did you mean '{suggestion}'?" : shape is null ? string.Empty : $": {shape}";
        HookProblem(key, $"Unknown key '{key.Value}' in {where}{hint}", suggestion);
        return suggestion;
    }

    private void HookProblem(YamlNode node, string message, string? suggestion = null) =>
        _problems.Add(new Problem(DiagnosticDescriptors.MalformedHook, node.Start, node.Length, message) { Properties = Problem.Suggesting(suggestion) });
}
