using System.IO;
using System.Linq;
using AgentGen.Parsing;
using AgentGen.Schema;
using AgentGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace AgentGen.Tests.Analyzer;

/// <summary>
/// The 100 real skills and 29 commands of ../shared/skills-corpus, read as a project's SkillFile and CommandFile items
/// (with the corpus's own agents beside them): every file parses without throwing, the analyzer throws on none (the
/// harness fails on any AD0001), and every file is read as what it is. The counts per rule are printed for review.
/// </summary>
public sealed class SkillCorpusTests
{
    private readonly ITestOutputHelper _output;

    public SkillCorpusTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    [Trait("Needs", TestPaths.NeedsShared)]
    public void EverySkillAndCommandIsReadAndCheckedWithoutACrash()
    {
        var corpus = TestPaths.RequireShared("skills-corpus");
        var skills = Directory.GetFiles(corpus, "SKILL.md", SearchOption.AllDirectories).OrderBy(p => p, System.StringComparer.Ordinal).ToList();
        var commands = Directory.GetFiles(corpus, "*.md", SearchOption.AllDirectories)
            .Where(p => p.Replace('\\', '/').Contains("/commands/", System.StringComparison.Ordinal)).OrderBy(p => p, System.StringComparer.Ordinal).ToList();
        Assert.Equal(100, skills.Count);
        Assert.Equal(29, commands.Count);

        // Each skill's other files are its resources, as the default SkillResource items make them (binary ones as empty text).
        var skillSet = skills.ToHashSet(System.StringComparer.Ordinal);
        var resources = skills.SelectMany(s => Directory.GetFiles(Path.GetDirectoryName(s)!, "*", SearchOption.AllDirectories)).Where(f => !skillSet.Contains(f)).Distinct(System.StringComparer.Ordinal)
            .Select(p => new AgentFile(p, AgentGen.Input.ProjectSkills.IsText(p) ? File.ReadAllText(p) : string.Empty, Kind: "skill-resource"));
        var files = skills.Select(p => new AgentFile(p, File.ReadAllText(p), Kind: "skill"))
            .Concat(commands.Select(p => new AgentFile(p, File.ReadAllText(p), Kind: "command")))
            .Concat(resources)
            .ToList();
        foreach (var file in files.Where(f => f.Kind != "skill-resource"))
        {
            var document = AgentFileParser.Parse(file.Text, kind: file.Kind == "skill" ? DocumentKinds.Skill : DocumentKinds.Command);
            Assert.Equal(file.Kind == "skill" ? DocumentKinds.Skill : DocumentKinds.Command, document.Kind);
        }

        var diagnostics = AnalyzerHarness.Run(files);
        foreach (var rule in diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            _output.WriteLine($"{rule.Key}: {rule.Select(d => d.Location.GetLineSpan().Path).Distinct().Count()} files, {rule.Count()} diagnostics; first: {rule.First()}");
        }

        // Every skill of the corpus has frontmatter with a name and a description: none is unusable.
        Assert.DoesNotContain(diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }
}
