using System.IO;
using System.Linq;
using Xunit;

namespace AgentGen.IntegrationTests;

/// <summary>
/// What a user sees: a real `dotnet build` of a consumer (ProjectReference, as the sample) with broken agent files
/// prints `file.md(line,col): error AGEN0xx: ...` and fails; a global config changes a severity.
/// </summary>
public sealed class AnalyzerEndToEndTests
{
    [Fact]
    public void BrokenAgentFilesFailTheBuildAtTheRightPlace()
    {
        using var scratch = new ScratchFolder("broken");
        scratch.Write("Consumer.csproj", ProjectReferenceConsumer());
        scratch.Write("Program.cs", "System.Console.WriteLine(Consumer.Agents.ValidAgent.Name);\n");
        scratch.Write(".claude/agents/valid.md", "---\nname: valid\ndescription: A valid agent.\ntools: Read, Grep\n---\nDo the work.\n");
        scratch.Write(".claude/agents/broken.md", "---\nname: broken\ndescription: [unclosed\n---\nbody\n");
        scratch.Write(".claude/agents/typo.md", "---\nname: typo\ndescription: Has a typo.\ntools: Read, Reed\n---\nbody\n");
        scratch.Write(".claude/agents/no-name.md", "---\ndescription: Has no name.\n---\nbody\n");
        scratch.Write(".claude/agents/tool-key.md", "---\nname: tool-key\ndescription: Uses tool instead of tools.\ntool: Read\n---\nbody\n");
        scratch.Write(".claude/agents/README.md", "# Not an agent: excluded by default\n");

        var result = Dotnet.Run(scratch.Root, "build", "-nodeReuse:false");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(new[]
        {
            ".claude/agents/broken.md(3,14): error AGEN003: The frontmatter is not valid YAML: the value of 'description' starts with '[', which YAML reads as a list: close the list with ']', or if it is text, quote the value (description: \"[unclosed\") (https://github.com/agentgen-dev/agentgen/blob/main/docs/diagnostics/AGEN003.md)",
            ".claude/agents/no-name.md(3,1): error AGEN004: Required key 'name' is missing: add a line 'name: ...' before the closing '---', with the agent's name, such as code-reviewer (https://github.com/agentgen-dev/agentgen/blob/main/docs/diagnostics/AGEN004.md)",
            ".claude/agents/tool-key.md(4,1): warning AGEN008: Unknown key 'tool': did you mean 'tools'? Claude Code ignores unknown keys, so this agent inherits every tool (https://github.com/agentgen-dev/agentgen/blob/main/docs/diagnostics/AGEN008.md)",
            ".claude/agents/typo.md(4,14): warning AGEN009: Unknown tool 'Reed': did you mean 'Read'? (https://github.com/agentgen-dev/agentgen/blob/main/docs/diagnostics/AGEN009.md)",
        }, result.AgentLines(scratch.Root));
    }

    [Fact]
    public void GlobalConfigTurnsAWarningIntoAnError()
    {
        using var scratch = new ScratchFolder("globalconfig");
        scratch.Write("Consumer.csproj", ProjectReferenceConsumer());
        scratch.Write("Program.cs", "System.Console.WriteLine(Consumer.Agents.TypoAgent.Name);\n");
        scratch.Write(".claude/agents/typo.md", "---\nname: typo\ndescription: Has a typo.\ntools: Read, Reed\n---\nbody\n");

        var lenient = Dotnet.Run(scratch.Root, "build", "-nodeReuse:false");
        Assert.True(lenient.ExitCode == 0, lenient.Output);
        Assert.Contains(lenient.AgentLines(scratch.Root), l => l.StartsWith(".claude/agents/typo.md(4,14): warning AGEN009:", System.StringComparison.Ordinal));

        scratch.Write("agents.globalconfig", "is_global = true\ndotnet_diagnostic.AGEN009.severity = error\n");
        scratch.Write("Consumer.csproj", ProjectReferenceConsumer("<ItemGroup><GlobalAnalyzerConfigFiles Include=\"agents.globalconfig\" /></ItemGroup>"));
        var strict = Dotnet.Run(scratch.Root, "build", "-nodeReuse:false");
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Contains(strict.AgentLines(scratch.Root), l => l.StartsWith(".claude/agents/typo.md(4,14): error AGEN009:", System.StringComparison.Ordinal));
    }

    /// <summary>A console app consuming AgentGen by ProjectReference, importing its props and targets as the sample does.</summary>
    public static string ProjectReferenceConsumer(string extra = "")
    {
        var src = Path.Combine(Dotnet.RepositoryRoot, "src", "AgentGen");
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{src}/build/AgentGen.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Consumer</RootNamespace>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{src}/AgentGen.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" SetConfiguration="Configuration={Dotnet.Configuration}" />
              </ItemGroup>
              {extra}
              <Import Project="{src}/build/AgentGen.targets" />
            </Project>
            """;
    }
}
