#if AGENTGEN_PROJECT_REFERENCE
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using AgentGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AgentGen.Sample;

/// <summary>
/// Runs AgentGen's analyzer, in process, over the files in mistakes/ and prints its diagnostics as `dotnet build`
/// prints them. (In a project, the same diagnostics come from the build itself: this only shows them without making
/// the sample's own build fail.) Also a sketch of running the analyzer from a lint tool.
/// </summary>
internal static class MistakesDemo
{
    public static void Run(string folder)
    {
        var files = Directory.GetFiles(folder, "*.md")
            .Where(path => !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (AdditionalText)new FileText(path))
            .ToImmutableArray();
        var options = new AnalyzerOptions(files, new AgentFilesOptions(files.Select(f => f.Path)));
        var diagnostics = CSharpCompilation.Create("Mistakes")
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AgentFileAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start);
        foreach (var diagnostic in diagnostics)
        {
            var span = diagnostic.Location.GetLineSpan();
            var where = $"mistakes/{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
            Console.WriteLine($"  {where}: {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage()}");
        }
    }

    private sealed class FileText : AdditionalText
    {
        public FileText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            SourceText.From(File.OpenRead(Path), canBeEmbedded: false);
    }

    /// <summary>What AgentGen's MSBuild targets tell the compiler: these AdditionalFiles are agent files.</summary>
    private sealed class AgentFilesOptions : AnalyzerConfigOptionsProvider
    {
        private readonly HashSet<string> _agentFiles;

        public AgentFilesOptions(IEnumerable<string> agentFiles) => _agentFiles = new HashSet<string>(agentFiles, StringComparer.Ordinal);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(false);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(false);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(_agentFiles.Contains(textFile.Path));

        private sealed class Options(bool isAgentFile) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = "true";
                return isAgentFile && key == "build_metadata.AdditionalFiles.AgentGenIsAgentFile";
            }
        }
    }
}
#endif
