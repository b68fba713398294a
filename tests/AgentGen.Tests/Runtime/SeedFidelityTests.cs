using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AgentGen.Tests.Infrastructure;
using Xunit;
using YamlDotNet.Serialization;

namespace AgentGen.Tests.Runtime;

/// <summary>
/// The seeds are compiled into this test assembly by the generator running as its analyzer (see the csproj). Each
/// generated agent must say exactly what its file says, checked against an independent reading of the file
/// (a regular expression and YamlDotNet's deserializer, not AgentGen's parser).
/// </summary>
public sealed class SeedFidelityTests
{
    public static TheoryData<string> SeedIds => new(Seeds.All.Select(s => s.Id));

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void GeneratedAgentEqualsFile(string id)
    {
        var (frontmatter, body) = Split(Seeds.Text(id));
        var expected = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(frontmatter);
        var agent = Generated[id];

        Assert.Equal((string)expected["name"], agent.Name);
        Assert.Equal((string)expected["description"], agent.Description);
        Assert.Equal(body.Replace("\r\n", "\n"), agent.Prompt);
        Assert.Equal(expected.TryGetValue("model", out var model) ? (string)model : null, agent.Model);
        var tools = expected.TryGetValue("tools", out var list) ? ((string)list).Split(',').Select(t => t.Trim()).ToArray() : null;
        Assert.Equal(tools, agent.Tools);
        Assert.Equal("../../samples/AgentGen.Sample/.claude/agents/" + Seeds.All.Single(s => s.Id == id).SamplePath, agent.SourcePath);
    }

    [SkippableFact]
    [Trait("Needs", TestPaths.NeedsShared)]
    public void SampleSeedsAreByteIdenticalToSharedSeeds()
    {
        var seeds = TestPaths.RequireShared("seeds");
        foreach (var seed in Seeds.All)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(seeds, seed.SeedFile)), File.ReadAllBytes(Path.Combine(TestPaths.SampleAgents, seed.SamplePath)));
        }
    }

    [Fact]
    public void SeedsKeepTheirTypedValues()
    {
        Assert.Equal(AgentGen.Tests.Agents.AgentModel.Sonnet, AgentGen.Tests.SeedAgents.Fullstack.BackendDeveloperAgent.Definition.ModelKind);
        Assert.Equal(AgentGen.Tests.Agents.AgentColor.Blue, AgentGen.Tests.SeedAgents.Fullstack.BackendDeveloperAgent.Definition.Color);
        Assert.Null(AgentGen.Tests.SeedAgents.Fullstack.BackendDeveloperAgent.Definition.Tools);
        Assert.Equal(AgentGen.Tests.Agents.AgentModel.Inherit, AgentGen.Tests.SeedAgents.Enterprise.BackendDeveloperAgent.Definition.ModelKind);
        Assert.Equal(AgentGen.Tests.Agents.AgentColor.Green, AgentGen.Tests.SeedAgents.Studio.BackendDeveloperAgent.Definition.Color);
        Assert.Equal(AgentGen.Tests.Agents.AgentModel.Custom, AgentGen.Tests.SeedAgents.Tooling.BackendDeveloperAgent.Definition.ModelKind);
        Assert.Equal(
            new[] { AgentGen.Tests.Agents.AgentTool.ReadFile, AgentGen.Tests.Agents.AgentTool.WriteFile, AgentGen.Tests.Agents.AgentTool.SearchFiles, AgentGen.Tests.Agents.AgentTool.EditBlock },
            AgentGen.Tests.SeedAgents.Tooling.BackendDeveloperAgent.Definition.TypedTools);
        Assert.True(AgentGen.Tests.SeedAgents.Fullstack.BackendDevAgent.CanUse(AgentGen.Tests.Agents.AgentTool.Task));
        Assert.True(AgentGen.Tests.SeedAgents.Fullstack.BackendDevAgent.Definition.CanUse("Agent"));
    }

    private static readonly Dictionary<string, AgentGen.Tests.Agents.AgentDefinition> Generated = new()
    {
        ["000"] = AgentGen.Tests.SeedAgents.Fullstack.BackendDeveloperAgent.Definition,
        ["001"] = AgentGen.Tests.SeedAgents.Fullstack.BackendDevAgent.Definition,
        ["002"] = AgentGen.Tests.SeedAgents.Enterprise.BackendDeveloperAgent.Definition,
        ["003"] = AgentGen.Tests.SeedAgents.Studio.BackendDeveloperAgent.Definition,
        ["004"] = AgentGen.Tests.SeedAgents.Tooling.BackendDeveloperAgent.Definition,
    };

    private static (string Frontmatter, string Body) Split(string text)
    {
        var match = Regex.Match(text, @"\A---\r?\n(?<fm>.*?)\r?\n---\r?\n(?<body>.*)\z", RegexOptions.Singleline);
        Assert.True(match.Success);
        return (match.Groups["fm"].Value, match.Groups["body"].Value);
    }
}
