using System;
using System.Collections.Generic;
using System.Linq;

namespace AgentGen.Sample.Tools;

/// <summary>The research team's tools: the team's notes, and the lead's todo list. Static methods: always in the toolbox.</summary>
internal static class TeamTools
{
    private static readonly Dictionary<string, string> Notes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["System.Text.Json source generation"] = "Source-generated JsonSerializerContext avoids reflection at run time: faster start-up, and required for Native AOT and trimming (docs: learn.microsoft.com/dotnet/standard/serialization/system-text-json/source-generation).",
        ["minimal APIs health checks"] = "builder.Services.AddHealthChecks(); app.MapHealthChecks(\"/health\"); answers 200 Healthy (docs: learn.microsoft.com/aspnet/core/host-and-deploy/health-checks).",
    };

    private static readonly List<string> Todos = new();

    /// <summary>Searches the team's notes; answers the matching notes with their sources.</summary>
    /// <param name="query">Words to look for.</param>
    [AgentToolImplementation("search_notes")]
    public static string SearchNotes(string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var hits = Notes.Where(n => words.Any(w => n.Key.Contains(w, StringComparison.OrdinalIgnoreCase))).Select(n => $"{n.Key}: {n.Value}").ToList();
        return hits.Count == 0 ? "no notes match" : string.Join("\n", hits);
    }

    /// <summary>Replaces the lead's todo list and returns it.</summary>
    /// <param name="items">The open items, one per entry.</param>
    [AgentToolImplementation("update_todos")]
    public static string UpdateTodos(string[] items)
    {
        Todos.Clear();
        Todos.AddRange(items);
        return $"{Todos.Count} open: " + string.Join("; ", Todos);
    }
}
