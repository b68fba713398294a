using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace AgentGen.Schema;

/// <summary>Claude Code's built-in tools and subagent types: the names an agent file may use without declaring them.</summary>
internal static class ToolNames
{
    /// <summary>Claude Code's current built-in tools.</summary>
    public static readonly ImmutableArray<string> Current = ImmutableArray.Create(
        "Agent", "AskUserQuestion", "Bash", "Edit", "EnterPlanMode", "ExitPlanMode", "Glob", "Grep", "LSP", "NotebookEdit",
        "PowerShell", "Read", "Skill", "TaskCreate", "TaskGet", "TaskList", "TaskOutput", "TaskStop", "TaskUpdate", "TodoWrite",
        "ToolSearch", "WebFetch", "WebSearch", "Write");

    /// <summary>Older names still found in many files (<c>Task</c> is the older name of <c>Agent</c>).</summary>
    public static readonly ImmutableArray<string> Legacy = ImmutableArray.Create(
        "Task", "MultiEdit", "LS", "NotebookRead", "BashOutput", "KillShell", "KillBash", "SlashCommand");

    /// <summary>Subagent types Claude Code defines itself, valid in <c>Agent(...)</c> without an agent file.</summary>
    public static readonly ImmutableArray<string> BuiltInAgents = ImmutableArray.Create(Runtime.AgentToolEntries.BuiltInAgents);

    public static IEnumerable<string> BuiltIn => Current.Concat(Legacy);
}
