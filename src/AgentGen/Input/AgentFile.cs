using AgentGen.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace AgentGen.Input;

/// <summary>What reading one AdditionalFiles item gave.</summary>
internal enum AgentFileStatus
{
    /// <summary>Not marked as an agent file by AgentGen's MSBuild targets (a README.md given to another analyzer): never read.</summary>
    NotAnAgentFile,

    /// <summary>The compiler could not give its text.</summary>
    Unreadable,

    /// <summary>Larger than AgentGenMaxFileSize: not parsed (AGEN017).</summary>
    TooLarge,

    /// <summary>Parsed: see <see cref="AgentFile.Document"/> (which may still be unusable, with its problems).</summary>
    Parsed,
}

/// <summary>One agent file as both the generator and the analyzer see it: read, measured, parsed and placed.</summary>
internal sealed class AgentFile
{
    public AgentFile(AgentFileStatus status, string path, string relativePath, string ns, SourceText? text = null, long size = 0, AgentDocument? document = null, string? invalidNamespaceMetadata = null)
    {
        Status = status;
        Path = path;
        RelativePath = relativePath;
        Namespace = ns;
        Text = text;
        Size = size;
        Document = document;
        InvalidNamespaceMetadata = invalidNamespaceMetadata;
    }

    public AgentFileStatus Status { get; }

    public string Path { get; }

    /// <summary>The path relative to the project, with '/' separators (the same on every machine).</summary>
    public string RelativePath { get; }

    /// <summary>The namespace of the agent's generated code.</summary>
    public string Namespace { get; }

    public SourceText? Text { get; }

    /// <summary>The size in UTF-8 bytes when <see cref="AgentFileStatus.TooLarge"/>.</summary>
    public long Size { get; }

    public AgentDocument? Document { get; }

    /// <summary>The file's Namespace metadata when it is not a valid C# namespace (AGEN023), else null.</summary>
    public string? InvalidNamespaceMetadata { get; }

    /// <summary>True when the file gives an agent: parsed, with a name and a description, within the limits.</summary>
    public bool IsUsable => Document is { IsUsable: true };
}
