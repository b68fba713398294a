using System;
using System.Collections.Generic;
using System.Linq;
using AgentGen.Runtime;
using AgentGen.Tests.Infrastructure;
using Xunit;
using BackendDev = AgentGen.Tests.SeedAgents.Fullstack.BackendDevAgent;
using BackendDeveloper = AgentGen.Tests.SeedAgents.Fullstack.BackendDeveloperAgent;

namespace AgentGen.Tests.Runtime;

/// <summary>
/// Prompt templates and description examples at run time, on the seeds compiled into this assembly: seed 001's eight
/// <c>{{techStack...}}</c> placeholders and seed 000's four <c>&lt;example&gt;</c> blocks. Expected text is made from
/// the seed file by plain string replacement, not by AgentGen's template reader.
/// </summary>
public sealed class PromptTemplateTests
{
    private static readonly Dictionary<string, string> Stack = new()
    {
        ["techStack.backend.framework"] = "ASP.NET Core 10",
        ["techStack.backend.language"] = "C#",
        ["techStack.backend.apiStyle"] = "REST",
        ["techStack.backend.validation"] = "FluentValidation",
        ["techStack.database.primary"] = "PostgreSQL",
        ["techStack.database.orm"] = "EF Core",
        ["techStack.database.cache"] = "Redis",
        ["techStack.database.migrations"] = "EF migrations",
    };

    private static string ExpectedSeed001Prompt() =>
        Stack.Aggregate(BackendDev.Prompt, (prompt, value) => prompt.Replace("{{" + value.Key + "}}", value.Value, StringComparison.Ordinal));

    [Fact]
    public void PlaceholdersAreListedInOrderOfFirstUse()
    {
        Assert.Equal(
            new[]
            {
                "techStack.backend.framework", "techStack.backend.language", "techStack.backend.apiStyle", "techStack.backend.validation",
                "techStack.database.primary", "techStack.database.orm", "techStack.database.cache", "techStack.database.migrations",
            },
            BackendDev.PromptPlaceholders);
        Assert.Equal(BackendDev.PromptPlaceholders, BackendDev.Definition.PromptPlaceholders);
    }

    [Fact]
    public void TypedArgumentsFillEveryPlaceholder()
    {
        var arguments = new BackendDev.PromptArguments
        {
            TechStack =
            {
                Backend = { Framework = "ASP.NET Core 10", Language = "C#", ApiStyle = "REST", Validation = "FluentValidation" },
                Database = { Primary = "PostgreSQL", Orm = "EF Core", Cache = "Redis", Migrations = "EF migrations" },
            },
        };

        var rendered = BackendDev.RenderPrompt(arguments);

        Assert.Equal(ExpectedSeed001Prompt(), rendered);
        Assert.DoesNotContain("{{", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void TypedArgumentsAnswerALookupByPath()
    {
        var arguments = new BackendDev.PromptArguments();
        arguments.TechStack.Database.Orm = "EF Core";

        Func<string, string?> lookup = arguments.ValueOf; // what AgentRunSettings.PromptValues takes

        Assert.Equal("EF Core", lookup("techStack.database.orm"));
        Assert.Null(lookup("techStack.database.cache"));
        Assert.Null(lookup("techStack.unknown"));
    }

    [Fact]
    public void ALookupByPathFillsEveryPlaceholder() =>
        Assert.Equal(ExpectedSeed001Prompt(), BackendDev.RenderPrompt(path => Stack.TryGetValue(path, out var value) ? value : null));

    [Fact]
    public void MissingValuesThrowNamingEveryOne()
    {
        var arguments = new BackendDev.PromptArguments();
        arguments.TechStack.Backend.Framework = "ASP.NET Core 10";

        var error = Assert.Throws<AgentGen.Tests.Agents.AgentPromptValuesMissingException>(() => BackendDev.RenderPrompt(arguments));

        Assert.Equal("backend-dev", error.AgentName);
        Assert.Equal(BackendDev.PromptPlaceholders.Skip(1), error.MissingPlaceholders);
        Assert.Contains("techStack.backend.language, techStack.backend.apiStyle", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("techStack.database.migrations. Give each a value, or leave them as written with keepMissing (AgentRunSettings.KeepMissingPlaceholders when the agent runs).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepMissingLeavesPlaceholdersWithoutValueAsWritten()
    {
        var rendered = BackendDev.RenderPrompt(path => path == "techStack.backend.language" ? "C#" : null, keepMissing: true);

        Assert.Equal(BackendDev.Prompt.Replace("{{techStack.backend.language}}", "C#", StringComparison.Ordinal), rendered);
    }

    [Fact]
    public void AValueIsInsertedAsItIsNotReadAsATemplate()
    {
        var values = Stack.ToDictionary(p => p.Key, p => p.Value);
        values["techStack.backend.framework"] = "{{techStack.backend.language}} $1 \\n";

        var rendered = BackendDev.RenderPrompt(path => values[path]);

        Assert.Contains("`{{techStack.backend.language}} $1 \\n`", rendered, StringComparison.Ordinal);
        Assert.Contains("`C#`", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAgentWithoutPlaceholdersRendersToItsPrompt()
    {
        Assert.Empty(BackendDeveloper.Definition.PromptPlaceholders);
        Assert.Equal(BackendDeveloper.Prompt, BackendDeveloper.Definition.RenderPrompt(_ => throw new InvalidOperationException("no placeholder to look up")));
    }

    [Fact]
    public void SeedExamplesAreReadBlockByBlock()
    {
        var examples = BackendDeveloper.Examples;

        Assert.Equal(4, examples.Count);
        Assert.Equal("User needs to create a new API endpoint for user registration.", examples[0].Context);
        Assert.Equal("I need to add a user registration endpoint to our API", examples[0].User);
        Assert.StartsWith("I'm going to use the Task tool to launch the backend-developer agent", examples[0].Assistant, StringComparison.Ordinal);
        Assert.StartsWith("Since this requires backend API development", examples[0].Commentary, StringComparison.Ordinal);
        Assert.All(examples, e => Assert.False(string.IsNullOrEmpty(e.User) || string.IsNullOrEmpty(e.Assistant) || string.IsNullOrEmpty(e.Commentary) || string.IsNullOrEmpty(e.Context)));
        Assert.All(examples, e => Assert.DoesNotContain("\\n", e.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void TheDescriptionWithoutExamplesSaysWhenToUseTheAgent()
    {
        var text = BackendDeveloper.DescriptionWithoutExamples;

        Assert.StartsWith("Use this agent when you need to implement server-side functionality", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<example>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("user:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\n", text, StringComparison.Ordinal);
        Assert.Equal(BackendDev.Description, BackendDev.Definition.DescriptionWithoutExamples);
        Assert.Empty(BackendDev.Definition.Examples);
    }

    [Theory]
    [InlineData("A {{x}} B", new[] { "x" })]
    [InlineData("{{ spaced.path }} and {{spaced.path}} again", new[] { "spaced.path" })]
    [InlineData("{{a}} {{a.b}} {{a_b-c.d2}}", new[] { "a", "a.b", "a_b-c.d2" })]
    [InlineData("{{größe}} {{ユーザー.名前}} {{नाम}} {{_x}}", new[] { "größe", "ユーザー.名前", "नाम", "_x" })]
    [InlineData("```\n{{in.fence}}\n```\n~~~yaml\n{{also.fenced}}\n~~~\n{{after.fence}}", new[] { "after.fence" })]
    [InlineData("run: ${{ secrets.TOKEN }} and ${{github.ref}}", new string[0])]
    [InlineData("<div style={{ color: 'red' }}>{{ loading ? 'a' : 'b' }}</div>", new string[0])]
    [InlineData("{{#s}}{{/s}} {{{raw}}} {{! c }} {{> partial}} {{^inv}}", new string[0])]
    [InlineData("{{1st}} {{a..b}} {{.a}} {{a.}} {{ }} {{}}", new string[0])]
    [InlineData("{{unclosed and {{next}}", new[] { "next" })]
    [InlineData("{{a\n}}", new string[0])]
    [InlineData("${{ {{x}}", new[] { "x" })]
    [InlineData("{{ ${{x}}", new string[0])]
    public void TheTemplateReaderFindsOnlyPathsOutsideCode(string prompt, string[] expected) =>
        Assert.Equal(expected, AgentPromptTemplate.Parse(prompt).Placeholders);

    [Theory]
    [InlineData("{{#s}} {{{raw}}} {{! c }}", "MustacheForm,MustacheForm,MustacheForm")]
    [InlineData("{{a..b}} {{ }} {{1st}} {{two words}} {{a\tb}}", "InvalidPath,InvalidPath,InvalidPath,InvalidPath,InvalidPath")]
    [InlineData("{{ loading ? 'a' : 'b' }} ${{ x }}", "")]
    public void BracesThatAreNotPathsAreFindingsWhenTheyLookMeantAsOne(string prompt, string expected) =>
        Assert.Equal(expected, string.Join(",", AgentPromptTemplate.Parse(prompt).Findings.Select(f => f.Kind)));

    [Theory]
    [InlineData("Use {{a}} and {{a}}.", "Use 1 and 1.")]
    [InlineData("{{a}}{{b}}", "12")]
    [InlineData("{{b}} {{{raw}}} {{#s}}", "2 {{{raw}}} {{#s}}")]
    public void RenderingReplacesEveryOccurrenceAndLeavesTheRestAlone(string prompt, string expected) =>
        Assert.Equal(expected, AgentPromptTemplate.Parse(prompt).Render(p => p == "a" ? "1" : p == "b" ? "2" : null, "t", keepMissing: false));

    [Theory]
    [InlineData("<example>a</example> mid <example>b</example>", "a,b", "mid", "")]
    [InlineData("<EXAMPLE>a</Example>", "a", "", "")]
    [InlineData("start <example>a <example>b</example></example> end", "a <example>b</example>", "start end", "Nested@17")]
    [InlineData("start <example>a <example>b</example> <example>c</example>", "a <example>b,c", "start", "Nested@17")]
    [InlineData("x </example> <example>a</example>", "a", "x </example>", "Unopened@2")]
    [InlineData("x <example>a", "", "x <example>a", "Unclosed@2")]
    public void ExampleTagsAreReadAsWrittenAndMistakesAreLocated(string description, string examples, string rest, string problems)
    {
        var parsed = AgentExamples.Parse(description);

        Assert.Equal(examples, string.Join(",", parsed.All.Select(e => e.Text)));
        Assert.Equal(rest, parsed.DescriptionWithoutExamples);
        Assert.Equal(problems, string.Join(",", parsed.Problems.Select(p => $"{p.Kind}@{p.Start}")));
    }
}
