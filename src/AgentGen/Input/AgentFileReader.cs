using System.Text;
using System.Threading;
using AgentGen.Configuration;
using AgentGen.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AgentGen.Input;

/// <summary>
/// The one way in for an agent, skill or command file, for the generator and the analyzer alike: is it one, and which, can its text be read,
/// is it within the size limit, what does it parse to (through <see cref="ParseCache"/>), and which namespace and
/// relative path does it get. The generator keeps the usable ones; the analyzer reports on all of them.
/// </summary>
internal static class AgentFileReader
{
    /// <param name="projectOptions">The project's options, asked for only when the file is an agent file (the generator
    /// reads them per file rather than combining a node; unrelated AdditionalFiles should not pay for that).</param>
    public static AgentFile Read(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, System.Func<AgentGenOptions> projectOptions, CancellationToken cancellationToken)
    {
        var fileOptions = optionsProvider.GetOptions(file);
        if (ProjectSkills.DocumentKindOf(fileOptions) is not { } kind)
        {
            return new AgentFile(file.Path, string.Empty, string.Empty); // never read, never placed
        }

        var options = projectOptions();
        var relativePath = PathHelper.Relative(options.ProjectDirectory, file.Path);

        var ns = options.NamespaceFor(fileOptions);
        var invalidNamespace = AgentGenOptions.InvalidFileNamespace(fileOptions);
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return new AgentFile(file.Path, relativePath, ns, invalidNamespaceMetadata: invalidNamespace);
        }

        if (SizeOf(text, options.MaxFileSize) > options.MaxFileSize)
        {
            // Not even measured exactly: the analyzer's AGEN017 message does that, once; the generator skips the file.
            return new AgentFile(file.Path, relativePath, ns, text, invalidNamespaceMetadata: invalidNamespace, isTooLarge: true);
        }

        var group = kind == Schema.DocumentKinds.Command ? AgentGenOptions.FolderOf(fileOptions) : null;
        return new AgentFile(file.Path, relativePath, ns, text, ParseCache.Get(text, kind), invalidNamespace, group: group);
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
