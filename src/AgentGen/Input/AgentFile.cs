using AgentGen.Parsing;
using AgentGen.Schema;
using Microsoft.CodeAnalysis.Text;

namespace AgentGen.Input;

/// <summary>One agent, skill or command file as both the generator and the analyzer see it: read, measured, parsed and placed.</summary>
internal sealed class AgentFile
{
    public AgentFile(string path, string relativePath, string ns, SourceText? text = null, AgentDocument? document = null, string? invalidNamespaceMetadata = null, bool isTooLarge = false, string? group = null)
    {
        Group = group;
        Path = path;
        RelativePath = relativePath;
        Namespace = ns;
        Text = text;
        Document = document;
        InvalidNamespaceMetadata = invalidNamespaceMetadata;
        IsTooLarge = isTooLarge;
    }

    public string Path { get; }

    /// <summary>What the file is read as (its document's kind; an agent for a file that is none of AgentGen's).</summary>
    public DocumentKinds Kind => Document?.Kind ?? DocumentKinds.Agent;

    /// <summary>The path relative to the project, with '/' separators (the same on every machine).</summary>
    public string RelativePath { get; }

    /// <summary>The namespace of the agent's generated code.</summary>
    public string Namespace { get; }

    /// <summary>The text; null when the file is not an agent file (never read) or the compiler could not give it.</summary>
    public SourceText? Text { get; }

    /// <summary>Larger than AgentGenMaxFileSize: read but not parsed (AGEN017).</summary>
    public bool IsTooLarge { get; }

    public AgentDocument? Document { get; }

    /// <summary>A command's subfolder of the commands directory (<c>frontend</c>, which Claude Code shows as project:frontend), or null.</summary>
    public string? Group { get; }

    /// <summary>The file's Namespace metadata when it is not a valid C# namespace (AGEN023), else null.</summary>
    public string? InvalidNamespaceMetadata { get; }

    /// <summary>True when the file gives an agent: parsed, with a name and a description, within the limits.</summary>
    public bool IsUsable => Document is { IsUsable: true, Kind: DocumentKinds.Agent };
}
