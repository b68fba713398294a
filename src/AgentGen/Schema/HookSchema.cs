using System.Collections.Immutable;

namespace AgentGen.Schema;

/// <summary>
/// The shape of an agent's <c>hooks</c> value: a mapping keyed by hook event, each event a list of entries
/// (<c>matcher</c> + <c>hooks</c>), each entry's <c>hooks</c> a list of handlers (<c>type: command</c> + <c>command</c>).
/// </summary>
internal static class HookSchema
{
    /// <summary>The events an agent file's hooks are documented for (Claude Code runs <c>Stop</c> as SubagentStop).</summary>
    public static readonly ImmutableArray<string> AgentEvents = ImmutableArray.Create("PreToolUse", "PostToolUse", "Stop");

    /// <summary>Other Claude Code hook events: accepted (newer releases run them for agents too), and did-you-mean candidates.</summary>
    public static readonly ImmutableArray<string> OtherEvents = ImmutableArray.Create(
        "PostToolUseFailure", "PermissionRequest", "UserPromptSubmit", "Notification", "SubagentStart", "SubagentStop",
        "PreCompact", "SessionStart", "SessionEnd");

    public static readonly ImmutableArray<string> Events = AgentEvents.AddRange(OtherEvents);

    public const string Matcher = "matcher";

    public const string Handlers = "hooks";

    /// <summary>The keys of one entry of an event's list.</summary>
    public static readonly ImmutableArray<string> EntryKeys = ImmutableArray.Create(Matcher, Handlers);

    public const string Type = "type";

    /// <summary>Handler types, each with the key it needs (<c>command</c> runs a shell command).</summary>
    public static readonly ImmutableArray<(string Type, string RequiredKey)> HandlerTypes = ImmutableArray.Create(
        ("command", "command"), ("prompt", "prompt"), ("agent", "prompt"), ("http", "url"));

    /// <summary>Optional handler keys, for did-you-mean on a misspelt key.</summary>
    public static readonly ImmutableArray<string> OptionalHandlerKeys = ImmutableArray.Create("timeout", "statusMessage", "once", "async", "model", "headers");
}
