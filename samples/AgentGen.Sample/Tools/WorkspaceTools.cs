using System;
using System.ComponentModel;
using System.IO;
using System.Linq;
using AgentGen.Sample.Orchestration;

namespace AgentGen.Sample.Tools;

/// <summary>
/// The four tools seed 004's agent lists (read_file, write_file, search_files, edit_block), implemented over one folder.
/// Instance methods: AddAgents creates the class from the container, with the app's <see cref="Workspace"/> (or an app
/// without a container binds them with <c>new AgentToolbox().Add(new WorkspaceTools(workspace))</c>).
/// </summary>
internal sealed class WorkspaceTools
{
    private readonly string _root;

    public WorkspaceTools(Workspace workspace) => _root = workspace.Root;

    /// <summary>Reads a file of the workspace and returns its text.</summary>
    /// <param name="path">The file, relative to the workspace.</param>
    [AgentToolImplementation("read_file")]
    public string ReadFile([Description("The file, relative to the workspace.")] string path) =>
        File.Exists(Full(path)) ? File.ReadAllText(Full(path)) : $"error: no file {path}";

    /// <summary>Writes a file of the workspace (creating its folders), replacing any content.</summary>
    [AgentToolImplementation("write_file")]
    public string WriteFile([Description("The file, relative to the workspace.")] string path, [Description("The whole new content.")] string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Full(path))!);
        File.WriteAllText(Full(path), content);
        return $"wrote {content.Length} characters to {path}";
    }

    /// <summary>Lists the files of the workspace whose names match a pattern such as *.cs.</summary>
    [AgentToolImplementation("search_files")]
    public string SearchFiles([Description("A file name pattern, such as *.cs.")] string pattern) =>
        string.Join("\n", Directory.GetFiles(_root, pattern, SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal));

    /// <summary>Replaces one exact block of text in a file of the workspace.</summary>
    [AgentToolImplementation("edit_block")]
    public string EditBlock([Description("The file, relative to the workspace.")] string path, [Description("The exact text to replace.")] string oldText, [Description("The text to put instead.")] string newText)
    {
        var text = File.ReadAllText(Full(path));
        if (!text.Contains(oldText, StringComparison.Ordinal))
        {
            return $"error: the block was not found in {path}";
        }

        File.WriteAllText(Full(path), text.Replace(oldText, newText, StringComparison.Ordinal));
        return $"edited {path}";
    }

    /// <summary>A path inside the workspace (a model's "../" cannot leave it).</summary>
    private string Full(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_root, path));
        return full.StartsWith(Path.GetFullPath(_root), StringComparison.Ordinal) ? full : throw new ArgumentException($"{path} is outside the workspace");
    }
}
