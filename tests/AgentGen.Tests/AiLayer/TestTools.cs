using System.Collections.Generic;
using System.ComponentModel;

namespace AgentGen.Tests.AiLayer;

/// <summary>Tool implementations of the test project: a static one and an instance class, bound by the generated toolbox.</summary>
public static class OrderTools
{
    /// <summary>Looks up an order by its <paramref name="id"/> and returns its status.</summary>
    [AgentGen.AgentToolImplementation("lookup_order")]
    internal static string LookupOrder(string id) => id == "42" ? "shipped" : "unknown";
}

/// <summary>Tools over an in-memory file system, bound per instance (AgentToolbox.Add(files)).</summary>
public sealed class MemoryFiles
{
    public Dictionary<string, string> Files { get; } = new();

    public List<string> Calls { get; } = new();

    [AgentGen.AgentToolImplementation("Read")]
    [Description("Reads a file and returns its text.")]
    public string Read(string path)
    {
        Calls.Add("Read " + path);
        if (path == "boom")
        {
            throw new System.IO.IOException("disk on fire at " + path);
        }

        return Files.TryGetValue(path, out var text) ? text : "no such file: " + path;
    }

    /// <summary>Replaces <c>old</c> with <c>new</c> in a file.</summary>
    [AgentGen.AgentToolImplementation("Edit")]
    public string Edit(string path, string old, string @new)
    {
        Calls.Add("Edit " + path);
        Files[path] = Files[path].Replace(old, @new);
        return "edited " + path;
    }

    [AgentGen.AgentToolImplementation("Bash")]
    public string Bash(string command)
    {
        Calls.Add("Bash " + command);
        return "ran " + command;
    }
}

/// <summary>What the search tool reads: a service the container provides.</summary>
public sealed class SearchIndex
{
    public SearchIndex(string name) => Name = name;

    public string Name { get; }
}

/// <summary>
/// A tool class with services in its constructor: created by the generated code from a container when it is not
/// registered, or resolved with its registered lifetime. Each instance has a number, so tests can tell instances apart.
/// </summary>
public sealed class SearchTools
{
    private static int _created;

    public SearchTools(SearchIndex index, Microsoft.Extensions.Logging.ILogger<SearchTools> logger, int limit = 10)
    {
        Index = index;
        Limit = limit;
        Number = System.Threading.Interlocked.Increment(ref _created);
        logger.LogCreated(Number);
    }

    public SearchIndex Index { get; }

    public int Limit { get; }

    public int Number { get; }

    [AgentGen.AgentToolImplementation("Grep")]
    public string Grep(string pattern) => $"searched {Index.Name} for {pattern} (tools #{Number}, limit {Limit})";
}

internal static class SearchToolsLog
{
    public static void LogCreated(this Microsoft.Extensions.Logging.ILogger logger, int number) =>
        Microsoft.Extensions.Logging.LoggerExtensions.LogDebug(logger, "search tools #{Number} created", number);
}
