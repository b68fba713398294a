using System.Threading;
using AgentGen.Configuration;
using AgentGen.Helpers;
using AgentGen.Model;
using AgentGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AgentGen.Generation;

/// <summary>
/// The generator's first stage for one AdditionalFiles item: is it an agent file, is it within the size limit, does it
/// parse into a usable agent. Anything else yields null: the analyzer reports why, the generator stays silent.
/// </summary>
internal static class AgentFileReader
{
    public static AgentSpec? Read(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        var fileOptions = optionsProvider.GetOptions(file);
        if (!AgentGenOptions.IsAgentFile(fileOptions))
        {
            return null; // unrelated AdditionalFiles (README.md for another analyzer) are never read
        }

        // Read here rather than combined from the Options node: that Combine would be one more node per file that the
        // driver walks on every run, while this read only happens when the file itself is (re)parsed.
        var options = AgentGenOptions.Read(optionsProvider.GlobalOptions);
        var text = file.GetText(cancellationToken);
        if (text is null || SizeOf(text, options.MaxFileSize) > options.MaxFileSize)
        {
            return null;
        }

        var document = SourceTextParser.Parse(text);
        if (!document.IsUsable)
        {
            return null;
        }

        return AgentSpecFactory.Create(document, options.NamespaceFor(fileOptions), PathHelper.Relative(options.ProjectDirectory, file.Path));
    }

    /// <summary>The file's size in UTF-8 bytes, computed only when the character count cannot decide against the limit.</summary>
    public static long SizeOf(SourceText text, long limit)
    {
        if (text.Length > limit || (long)text.Length * 3 <= limit)
        {
            return text.Length;
        }

        return System.Text.Encoding.UTF8.GetByteCount(text.ToString());
    }
}
