using System;
using System.Collections.Generic;

namespace AgentGen.Parsing;

/// <summary>The agent file schema of docs/agent-format.md: keys, allowed values and built-in tools.</summary>
internal static class AgentFormat
{
    public const string Name = "name";
    public const string Description = "description";
    public const string Tools = "tools";
    public const string DisallowedTools = "disallowedTools";
    public const string Model = "model";
    public const string PermissionMode = "permissionMode";
    public const string MaxTurns = "maxTurns";
    public const string Skills = "skills";
    public const string McpServers = "mcpServers";
    public const string Hooks = "hooks";
    public const string Memory = "memory";
    public const string Background = "background";
    public const string Effort = "effort";
    public const string Isolation = "isolation";
    public const string Color = "color";
    public const string InitialPrompt = "initialPrompt";

    public static readonly string[] Keys =
    {
        Name, Description, Tools, DisallowedTools, Model, PermissionMode, MaxTurns, Skills, McpServers, Hooks,
        Memory, Background, Effort, Isolation, Color, InitialPrompt,
    };

    /// <summary>Keys seen in real files that belong elsewhere (slash commands, skills, other tools) or are near-misses no edit distance catches.</summary>
    public static readonly IReadOnlyDictionary<string, string> KeyAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["allowed-tools"] = Tools,
        ["allowedTools"] = Tools,
        ["allowed_tools"] = Tools,
        ["tool"] = Tools,
        ["disallowed-tools"] = DisallowedTools,
        ["deniedTools"] = DisallowedTools,
        ["denied-tools"] = DisallowedTools,
        ["max-turns"] = MaxTurns,
        ["max_turns"] = MaxTurns,
        ["permission-mode"] = PermissionMode,
        ["permission_mode"] = PermissionMode,
        ["mcp-servers"] = McpServers,
        ["mcp_servers"] = McpServers,
        ["mcp"] = McpServers,
        ["initial-prompt"] = InitialPrompt,
        ["initial_prompt"] = InitialPrompt,
        ["colour"] = Color,
        ["models"] = Model,
        ["system-prompt"] = "the body below the closing '---' (the prompt is not a key)",
        ["system_prompt"] = "the body below the closing '---' (the prompt is not a key)",
        ["systemPrompt"] = "the body below the closing '---' (the prompt is not a key)",
        ["prompt"] = "the body below the closing '---' (the prompt is not a key)",
    };

    public static readonly string[] ModelAliases = { "inherit", "sonnet", "opus", "haiku", "fable" };

    /// <summary>Canonical permission modes; <c>manual</c> is accepted as an alias of <c>default</c>.</summary>
    public static readonly string[] PermissionModes = { "default", "acceptEdits", "auto", "dontAsk", "bypassPermissions", "plan", "manual" };

    public static readonly string[] MemoryScopes = { "user", "project", "local" };

    public static readonly string[] EffortLevels = { "low", "medium", "high", "xhigh", "max" };

    public static readonly string[] IsolationModes = { "worktree" };

    public static readonly string[] Colors = { "red", "blue", "green", "yellow", "purple", "orange", "pink", "cyan" };

    /// <summary>Claude Code's current built-in tools.</summary>
    public static readonly string[] CurrentTools =
    {
        "Agent", "AskUserQuestion", "Bash", "Edit", "EnterPlanMode", "ExitPlanMode", "Glob", "Grep", "LSP", "NotebookEdit",
        "PowerShell", "Read", "Skill", "TaskCreate", "TaskGet", "TaskList", "TaskOutput", "TaskStop", "TaskUpdate", "TodoWrite",
        "ToolSearch", "WebFetch", "WebSearch", "Write",
    };

    /// <summary>Older names still found in many files (<c>Task</c> is the older name of <c>Agent</c>).</summary>
    public static readonly string[] LegacyTools = { "Task", "MultiEdit", "LS", "NotebookRead", "BashOutput", "KillShell", "KillBash", "SlashCommand" };

    /// <summary>Subagent types Claude Code defines itself, valid in <c>Agent(...)</c> without an agent file.</summary>
    public static readonly string[] BuiltInAgents = { "general-purpose", "Explore", "Plan", "statusline-setup", "claude-code-guide" };

    private static readonly HashSet<string> BuiltInToolSet = new(Concat(CurrentTools, LegacyTools), StringComparer.Ordinal);

    public static IEnumerable<string> BuiltInTools => BuiltInToolSet;

    public static bool IsBuiltInTool(string name) => BuiltInToolSet.Contains(name);

    /// <summary><c>Agent</c> and its older name <c>Task</c> are the same tool.</summary>
    public static bool IsAgentTool(string name) => name == "Agent" || name == "Task";

    private static IEnumerable<string> Concat(string[] first, string[] second)
    {
        foreach (var item in first)
        {
            yield return item;
        }

        foreach (var item in second)
        {
            yield return item;
        }
    }
}
