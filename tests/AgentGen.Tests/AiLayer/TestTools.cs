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
