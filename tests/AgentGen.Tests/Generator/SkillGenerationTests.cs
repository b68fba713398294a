using AgentGen.Tests.Infrastructure;
using Xunit;

namespace AgentGen.Tests.Generator;

/// <summary>What the generator makes of skills and commands as Claude Code reads them, beyond the well-formed ones.</summary>
public sealed class SkillGenerationTests
{
    [Fact]
    public void ASkillWithoutFrontmatterIsNamedByItsFolderAndDescribedByItsFirstParagraph()
    {
        var run = GeneratorHarness.RunOnce(new[]
        {
            AgentFile.Skill("notebook-validator", "# Notebook Validator Skill\n\nComprehensive validation of Jupyter notebooks\nfor production readiness.\n\n## Purpose\nCheck them.\n"),
        }).AssertCompilesCleanly();

        var source = run.Sources["Skill.NotebookValidatorSkill.g.cs"];
        Assert.Contains("public const string Name = \"notebook-validator\";", source, System.StringComparison.Ordinal);
        Assert.Contains("public const string Description = \"Comprehensive validation of Jupyter notebooks for production readiness.\";", source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ACommandKnowsItsSubfolder()
    {
        var run = GeneratorHarness.RunOnce(new[] { AgentFile.Command("frontend/forms/component.md", "Create the component $ARGUMENTS.\n") }).AssertCompilesCleanly();

        Assert.Contains("\\\"$group\\\":\\\"frontend/forms\\\"", run.Sources["Skill.ComponentCommand.g.cs"], System.StringComparison.Ordinal);
    }
}
