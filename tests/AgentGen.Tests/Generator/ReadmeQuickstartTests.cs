using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AgentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AgentGen.Tests.Generator;

/// <summary>
/// The README's quickstart compiles as written, so it cannot rot: its agent file is generated into a console app
/// (RootNamespace MyApp, implicit usings as `dotnet new console` has them) with the packages it names, and its C#
/// blocks are the app's code, top-level statements first. No warning is allowed, AgentGen's included.
/// </summary>
public sealed class ReadmeQuickstartTests
{
    private const string ImplicitUsings = "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;\n";

    [Fact]
    public void TheQuickstartCompilesAsWritten()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md")).Replace("\r\n", "\n");
        var start = readme.IndexOf("\n## Quickstart\n", System.StringComparison.Ordinal);
        var section = readme.Substring(start, readme.IndexOf("\n## ", start + 1, System.StringComparison.Ordinal) - start);
        var blocks = Regex.Matches(section, @"\n( *)```(\w+)\n(.*?)\n\1```", RegexOptions.Singleline)
            .Select(m => (Language: m.Groups[2].Value, Code: Unindent(m.Groups[3].Value, m.Groups[1].Value.Length)))
            .ToList();
        var agent = Assert.Single(blocks, b => b.Language == "markdown");
        var code = blocks.Where(b => b.Language == "csharp").Select(b => b.Code).ToList();
        Assert.Equal(3, code.Count); // using the agents, its tools, the host

        // One file, as C# wants it: usings, then top-level statements, then type declarations.
        var lines = code.SelectMany(c => c.Split('\n')).ToList();
        var usings = lines.Where(IsUsingDirective).Distinct();
        var statements = code.Where(c => !IsDeclarations(c)).SelectMany(c => c.Split('\n')).Where(l => !IsUsingDirective(l));
        var declarations = code.Where(IsDeclarations).SelectMany(c => c.Split('\n')).Where(l => !IsUsingDirective(l));
        var program = ImplicitUsings + string.Join("\n", usings) + "\n" + string.Join("\n", statements) + "\n" + string.Join("\n", declarations) + "\n";

        var run = GeneratorHarness.RunOnce(
            new[] { AgentFile.Named("code-reviewer.md", agent.Code + "\n") },
            new HarnessOptions
            {
                OutputKind = OutputKind.ConsoleApplication,
                ExtraReferences = AiReferences.Quickstart,
                Source = program,
                Properties = new Dictionary<string, string> { ["RootNamespace"] = "MyApp" },
            });

        run.AssertCompilesCleanly();
        Assert.Contains("CreateToolClass", run.Source("AgentGen.AgentToolbox.g.cs"), System.StringComparison.Ordinal); // RepositoryTools comes from the container
    }

    private static bool IsUsingDirective(string line) => Regex.IsMatch(line, @"^using [\w.]+;");

    /// <summary>A block of type declarations: every line that ends a statement at the left margin declares a type.</summary>
    private static bool IsDeclarations(string code) =>
        code.Split('\n').Where(l => !IsUsingDirective(l) && l.Trim().Length > 0)
            .All(l => !l.Contains(';') || l.StartsWith(' ') || l.StartsWith("public ", System.StringComparison.Ordinal) || l.StartsWith("internal ", System.StringComparison.Ordinal));

    private static string Unindent(string code, int indent) =>
        string.Join("\n", code.Split('\n').Select(l => l.Length >= indent && l.Substring(0, indent).Trim().Length == 0 ? l.Substring(indent) : l.TrimStart()));
}
