using System;
using System.Collections.Generic;
using AgentGen.Runtime;

namespace AgentGen.Parsing;

internal enum ToolKind
{
    /// <summary>A tool by name: built-in, app-defined, or unknown (<c>Read</c>, <c>Agent(worker)</c>, <c>Bash(git:*)</c>).</summary>
    Named,

    /// <summary>One MCP tool: <c>mcp__server__tool</c>.</summary>
    McpTool,

    /// <summary>Every tool of one MCP server: <c>mcp__server</c>.</summary>
    McpServer,

    /// <summary>A wildcard over MCP tools: <c>mcp__server__*</c> or <c>mcp__*</c>.</summary>
    McpWildcard,
}

/// <summary>One entry of a <c>tools</c> or <c>disallowedTools</c> list, with its span in the file.</summary>
internal sealed class ToolEntry
{
    private ToolEntry(string text, int start, int length, string baseName, string? argument, ToolKind kind, IReadOnlyList<string> spawnAgents)
    {
        Text = text;
        Start = start;
        Length = length;
        BaseName = baseName;
        Argument = argument;
        Kind = kind;
        SpawnAgents = spawnAgents;
    }

    /// <summary>The entry as written, trimmed: <c>Agent(worker, researcher)</c>.</summary>
    public string Text { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>The tool's name without a parenthesised argument: <c>Agent</c>.</summary>
    public string BaseName { get; }

    /// <summary>The text inside the parentheses, or null: <c>worker, researcher</c>.</summary>
    public string? Argument { get; }

    public ToolKind Kind { get; }

    /// <summary>The agents an <c>Agent(a, b)</c> or <c>Task(a, b)</c> entry allows spawning.</summary>
    public IReadOnlyList<string> SpawnAgents { get; }

    /// <summary>True for entries that name one concrete tool (an <c>AgentTool</c> member), not a server or wildcard.</summary>
    public bool IsConcrete => Kind is ToolKind.Named or ToolKind.McpTool;

    /// <summary>An entry read as the generated run-time code reads it (<see cref="AgentToolEntries"/>, compiled into the generator too).</summary>
    public static ToolEntry Create(string text, int start, int length)
    {
        var baseName = AgentToolEntries.BaseName(text);
        var argument = AgentToolEntries.ArgumentOf(text);
        return new ToolEntry(text, start, length, baseName, argument, KindOf(text, baseName, argument), AgentToolEntries.SpawnArguments(text));
    }

    private static ToolKind KindOf(string text, string baseName, string? argument)
    {
        if (argument is not null || !baseName.StartsWith("mcp__", StringComparison.Ordinal))
        {
            return ToolKind.Named;
        }

        if (AgentToolEntries.IsConcrete(text))
        {
            return ToolKind.McpTool;
        }

        return baseName.EndsWith("*", StringComparison.Ordinal) ? ToolKind.McpWildcard : ToolKind.McpServer;
    }
}

/// <summary>A <c>tools</c> or <c>disallowedTools</c> value: a comma-separated string or a YAML list.</summary>
internal sealed class ToolList
{
    public ToolList(IReadOnlyList<ToolEntry> entries, int start, int length)
    {
        Entries = entries;
        Start = start;
        Length = length;
    }

    public IReadOnlyList<ToolEntry> Entries { get; }

    /// <summary>Span of the whole value.</summary>
    public int Start { get; }

    public int Length { get; }
}
