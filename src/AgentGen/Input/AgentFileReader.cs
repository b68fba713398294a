using System.Text;
using System.Threading;
using AgentGen.Configuration;
using AgentGen.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AgentGen.Input;

/// <summary>
/// The one way in for an agent file, for the generator and the analyzer alike: is it an agent file, can its text be read,
/// is it within the size limit, what does it parse to (through <see cref="ParseCache"/>), and which namespace and
/// relative path does it get. The generator keeps the usable ones; the analyzer reports on all of them.
/// </summary>
internal static class AgentFileReader
{
    public static AgentFile Read(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, AgentGenOptions options, CancellationToken cancellationToken)
    {
        var fileOptions = optionsProvider.GetOptions(file);
        var relativePath = PathHelper.Relative(options.ProjectDirectory, file.Path);
        if (!AgentGenOptions.IsAgentFile(fileOptions))
        {
            return new AgentFile(AgentFileStatus.NotAnAgentFile, file.Path, relativePath, string.Empty);
        }

        var ns = options.NamespaceFor(fileOptions);
        var invalidNamespace = AgentGenOptions.InvalidFileNamespace(fileOptions);
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return new AgentFile(AgentFileStatus.Unreadable, file.Path, relativePath, ns, invalidNamespaceMetadata: invalidNamespace);
        }

        var size = SizeOf(text, options.MaxFileSize);
        if (size > options.MaxFileSize)
        {
            return new AgentFile(AgentFileStatus.TooLarge, file.Path, relativePath, ns, text, Encoding.UTF8.GetByteCount(text.ToString()), invalidNamespaceMetadata: invalidNamespace);
        }

        return new AgentFile(AgentFileStatus.Parsed, file.Path, relativePath, ns, text, size, ParseCache.Get(text), invalidNamespace);
    }

    /// <summary>The file's size in UTF-8 bytes, computed only when the character count cannot decide against the limit.</summary>
    private static long SizeOf(SourceText text, long limit)
    {
        if (text.Length > limit || (long)text.Length * 3 <= limit)
        {
            return text.Length;
        }

        return Encoding.UTF8.GetByteCount(text.ToString());
    }
}
