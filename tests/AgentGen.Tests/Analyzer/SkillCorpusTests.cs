using System.Collections.Generic;
using System.IO;
using System.Linq;
using AgentGen.Parsing;
using AgentGen.Schema;
using AgentGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace AgentGen.Tests.Analyzer;

/// <summary>
/// The 100 real skills and 29 commands of ../shared/skills-corpus, read as a project's SkillFile, SkillResource and
/// CommandFile items, with the corpus's own agents beside them: every file parses without throwing, the analyzer throws
/// on none (the harness fails on any AD0001), and the generator gives every usable skill and command a class that
/// compiles with every layer, while every other file gets an error. The counts per rule are printed for review.
/// </summary>
/// <remarks>
/// AGENTGEN_SKILLS_CORPUS points both tests at another folder (any tree of .claude folders, such as copies of public
/// projects), to try skills, commands and agents the repository has never seen; the shared corpus's counts are then
/// not asserted.
/// </remarks>
public sealed class SkillCorpusTests
{
    private readonly ITestOutputHelper _output;

    public SkillCorpusTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    [Trait("Needs", TestPaths.NeedsShared)]
    public void EverySkillAndCommandIsReadAndCheckedWithoutACrash()
    {
        var corpus = Corpus.Read();
        foreach (var file in corpus.Documents)
        {
            var kind = KindOf(file);
            Assert.Equal(kind, AgentFileParser.Parse(file.Text, kind: kind).Kind);
        }

        var diagnostics = AnalyzerHarness.Run(corpus.All);
        foreach (var rule in diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            _output.WriteLine($"{rule.Key}: {rule.Select(d => d.Location.GetLineSpan().Path).Distinct().Count()} files, {rule.Count()} diagnostics; first: {rule.First()}");
        }

        foreach (var diagnostic in corpus.IsShared ? Enumerable.Empty<Microsoft.CodeAnalysis.Diagnostic>() : diagnostics)
        {
            _output.WriteLine(diagnostic.ToString()); // every one, for a corpus under review
        }

        // A skill or command that is not usable is an error at that file (a Markdown file among the agents that is not an
        // agent is AGEN001, a warning); every skill of the shared corpus is usable.
        foreach (var file in corpus.Documents.Where(f => f.Kind != null && !AgentFileParser.Parse(f.Text, kind: KindOf(f)).IsUsable))
        {
            Assert.Contains(diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error && d.Location.GetLineSpan().Path == file.Path);
        }

        if (corpus.IsShared)
        {
            Assert.DoesNotContain(diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        }
    }

    [SkippableFact]
    [Trait("Needs", TestPaths.NeedsShared)]
    public void EveryUsableSkillAndCommandGetsAClassThatCompiles()
    {
        var corpus = Corpus.Read();
        var run = GeneratorHarness.RunOnce(corpus.All, new HarnessOptions { ExtraReferences = AiReferences.Hosting }).AssertCompilesCleanly();

        var skills = corpus.Documents.Where(f => f.Kind != null).ToList();
        var usable = skills.Count(f => AgentFileParser.Parse(f.Text, kind: KindOf(f)).IsUsable);
        var classes = run.Sources.Keys.Count(k => k.StartsWith("Skill.", System.StringComparison.Ordinal));
        var agents = run.Sources.Keys.Count(k => k.StartsWith("Agent.", System.StringComparison.Ordinal));
        _output.WriteLine($"{skills.Count} skills and commands: {classes} classes ({skills.Count - usable} not usable); {corpus.Documents.Count - skills.Count} agents: {agents} classes; {corpus.All.Count - corpus.Documents.Count} resources.");
        Assert.Equal(usable, classes);
    }

    private static DocumentKinds KindOf(AgentFile file) =>
        file.Kind == "skill" ? DocumentKinds.Skill : file.Kind == "command" ? DocumentKinds.Command : DocumentKinds.Agent;

    /// <summary>The files of a corpus as a project's items: skills, their folders' files, commands, agents.</summary>
    private sealed record Corpus(IReadOnlyList<AgentFile> Documents, IReadOnlyList<AgentFile> All, bool IsShared)
    {
        public static Corpus Read()
        {
            var extra = System.Environment.GetEnvironmentVariable("AGENTGEN_SKILLS_CORPUS");
            var folder = string.IsNullOrEmpty(extra) ? TestPaths.RequireShared("skills-corpus") : extra;
            var paths = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(p => p.Replace('\\', '/')).OrderBy(p => p, System.StringComparer.Ordinal).ToList();
            var skills = paths.Where(p => Path.GetFileName(p) == "SKILL.md").ToList();
            var skillFolders = skills.Select(p => p.Substring(0, p.LastIndexOf('/') + 1)).ToList();
            bool InSkill(string p) => skillFolders.Any(f => p.StartsWith(f, System.StringComparison.Ordinal));
            var commands = paths.Where(p => p.EndsWith(".md", System.StringComparison.Ordinal) && p.Contains("/commands/", System.StringComparison.Ordinal) && !InSkill(p)).ToList();
            var agents = paths.Where(p => p.EndsWith(".md", System.StringComparison.Ordinal) && p.Contains("/agents/", System.StringComparison.Ordinal) && !InSkill(p) && !commands.Contains(p)).ToList();
            var skillSet = skills.ToHashSet(System.StringComparer.Ordinal);

            // Each skill's other files are its resources, as the default SkillResource items make them (binary ones as empty text).
            var resources = paths.Where(p => InSkill(p) && !skillSet.Contains(p))
                .Select(p => new AgentFile(p, AgentGen.Input.ProjectSkills.IsText(p) ? File.ReadAllText(p) : string.Empty, Kind: "skill-resource"));
            var documents = skills.Select(p => new AgentFile(p, File.ReadAllText(p), Kind: "skill"))
                .Concat(commands.Select(p => new AgentFile(p, File.ReadAllText(p), Kind: "command")))
                .Concat(agents.Select(p => new AgentFile(p, File.ReadAllText(p), NamespaceOf(folder, p))))
                .ToList();
            if (string.IsNullOrEmpty(extra))
            {
                Assert.Equal(100, skills.Count);
                Assert.Equal(29, commands.Count);
            }

            return new Corpus(documents, documents.Concat(resources).ToList(), string.IsNullOrEmpty(extra));
        }

        /// <summary>One namespace per collection (the corpus's first folder), so that agents of one name in two collections coexist.</summary>
        private static string NamespaceOf(string folder, string path)
        {
            var collection = Path.GetRelativePath(folder, path).Replace('\\', '/').Split('/')[0];
            return "Corpus." + AgentGen.Naming.Identifiers.Pascal(collection, "Collection");
        }
    }
}
