using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using AgentGen.Emit;
using AgentGen.Naming;

using AgentGen.Testing;

namespace AgentGen.Benchmarks;

/// <summary>One scratch consumer: a console app in its own folder.</summary>
public sealed record BuildCostConsumer(string Name, string Directory, string Project)
{
    public string Program => Path.Combine(Directory, "Program.cs");

    /// <summary>The assembly the last build wrote (Debug, as the measured builds).</summary>
    public string Assembly => Path.Combine(Directory, "bin", "Debug", "net10.0", Project + ".dll");
}

/// <summary>
/// Writes the scratch consumers of the build-cost benchmark into a temp folder outside the repository, whose empty
/// Directory.Build.props/.targets stop MSBuild from walking up into anyone else's.
/// </summary>
public sealed class BuildCostConsumers
{
    private const string ProgramText = "namespace Consumer;\n\ninternal static class Program\n{\n    private static int Main() => 0;\n}\n";

    private readonly string _root;
    private readonly string _repositoryRoot;
    private readonly IReadOnlyList<BuildCostAgent> _agents;

    public BuildCostConsumers(string root, string repositoryRoot, IReadOnlyList<BuildCostAgent> agents)
    {
        _root = root;
        _repositoryRoot = repositoryRoot;
        _agents = agents;
        Write("Directory.Build.props", "<Project />\n");
        Write("Directory.Build.targets", "<Project />\n");
    }

    /// <summary>No agents, no AgentGen: what any build of a console app costs.</summary>
    public BuildCostConsumer Bare() => Consumer("bare", "bare", "Bare", string.Empty);

    /// <summary>
    /// No AgentGen, one hand-written class of constants per agent: the floor, since the text has to be compiled somewhere.
    /// </summary>
    public BuildCostConsumer Floor()
    {
        foreach (var collection in _agents.GroupBy(a => a.Namespace))
        {
            var ns = collection.Key.Length == 0 ? "Floor.Agents" : "Floor.Agents." + collection.Key;
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var agent in collection)
            {
                var baseName = IdentifierAssigner.BaseName(agent.Name) + "Agent";
                var className = baseName;
                for (var i = 2; !used.Add(className); i++)
                {
                    className = baseName + i.ToString(CultureInfo.InvariantCulture);
                }

                var code = new StringBuilder()
                    .Append("namespace ").Append(ns).Append(";\n\n")
                    .Append("internal static class ").Append(className).Append("\n{\n")
                    .Append("    public const string Name = ").Append(CSharpText.Literal(agent.Name)).Append(";\n")
                    .Append("    public const string Description = ").Append(CSharpText.Literal(agent.Description)).Append(";\n")
                    .Append("    public const string Prompt = ").Append(CSharpText.Literal(agent.Prompt)).Append(";\n")
                    .Append("}\n");
                Write(Path.Combine("floor", "Agents", collection.Key, className + ".cs"), code.ToString());
            }
        }

        return Consumer("floor", "floor", "Floor", string.Empty);
    }

    /// <summary>
    /// AgentGen by ProjectReference, as the sample's default mode does it, but as an analyzer only. The reference
    /// builds AgentGen's Release output (the one the benchmark built beforehand, and the configuration that is packed).
    /// </summary>
    public BuildCostConsumer AgentGen()
    {
        var src = Path.Combine(_repositoryRoot, "src", "AgentGen");
        CopyAgents("agentgen");
        return Consumer("agentgen", "agentgen", "AgentGenConsumer", $"""
              <Import Project="{Path.Combine(src, "build", "AgentGen.props")}" />
              <ItemGroup>
                <ProjectReference Include="{Path.Combine(src, "AgentGen.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" AdditionalProperties="Configuration=Release" />
              </ItemGroup>
              <Import Project="{Path.Combine(src, "build", "AgentGen.targets")}" />

            """);
    }

    /// <summary>
    /// AgentGen as a package of a unique version, from the local feed <c>package/feed</c>, restored into
    /// <c>package/packages</c> (as the integration tests' PackageFixture does), so no cached package can stand in for it.
    /// The nuget.config is in <c>package/</c> only: the other consumers restore as the repository does.
    /// </summary>
    public BuildCostConsumer AgentGenPackage(string version) => AgentGenPackage("agentgen-package", "consumer", version);

    /// <summary>
    /// (--skills) The package consumer's agents, plus the skills (each SKILL.md in a folder of its own under .claude/skills)
    /// and commands (under .claude/commands) of a folder such as ../shared/skills-corpus.
    /// </summary>
    /// <returns>The consumer, and the characters of skill and command text it adds.</returns>
    public (BuildCostConsumer Consumer, long Characters, int Files) AgentGenPackageWithSkills(string version, string skillsFolder)
    {
        var folder = Path.Combine("package", "skills");
        var consumer = AgentGenPackage("agentgen-package-skills", "skills", version);
        var used = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        long characters = 0;
        var files = 0;
        foreach (var skill in System.IO.Directory.GetFiles(skillsFolder, "SKILL.md", SearchOption.AllDirectories).OrderBy(p => p, System.StringComparer.Ordinal))
        {
            var name = Path.GetFileName(Path.GetDirectoryName(skill)!);
            var unique = name;
            for (var i = 2; !used.Add(unique); i++)
            {
                unique = name + "-" + i.ToString(CultureInfo.InvariantCulture);
            }

            var text = File.ReadAllText(skill);
            Write(Path.Combine(folder, ".claude", "skills", unique, "SKILL.md"), text);
            characters += text.Length;
            files++;
        }

        foreach (var command in System.IO.Directory.GetFiles(skillsFolder, "*.md", SearchOption.AllDirectories).Where(p => p.Replace('\\', '/').Contains("/commands/", System.StringComparison.Ordinal)).OrderBy(p => p, System.StringComparer.Ordinal))
        {
            var text = File.ReadAllText(command);
            Write(Path.Combine(folder, ".claude", "commands", files.ToString(CultureInfo.InvariantCulture) + "-" + Path.GetFileName(command)), text);
            characters += text.Length;
            files++;
        }

        return (consumer, characters, files);
    }

    /// <summary>(--baseline) The same, with the package packed from another checkout (an earlier commit).</summary>
    public BuildCostConsumer BaselinePackage(string version) => AgentGenPackage("agentgen-package-baseline", "baseline", version);

    private BuildCostConsumer AgentGenPackage(string name, string subfolder, string version)
    {
        Write(Path.Combine("package", "nuget.config"), DotnetCli.LocalFeedConfig);
        var folder = Path.Combine("package", subfolder);
        CopyAgents(folder);
        return Consumer(name, folder, "AgentGenPackageConsumer", $"""
              <ItemGroup>
                <PackageReference Include="AgentGen" Version="{version}" PrivateAssets="all" />
              </ItemGroup>

            """);
    }

    private void CopyAgents(string consumerFolder)
    {
        foreach (var agent in _agents)
        {
            var target = Path.Combine(_root, consumerFolder, ".claude", "agents", agent.RelativePath);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (agent.SourcePath is null)
            {
                File.WriteAllText(target, agent.Text);
            }
            else
            {
                File.Copy(agent.SourcePath, target);
            }
        }
    }

    /// <summary>
    /// (--breakdown) No AgentGen: the sources AgentGen generates for the same agents, written as plain .cs files. Against
    /// the package variant, the difference is what running AgentGen costs (reading the files, the generator, the analyzer,
    /// the driver); against the floor, what compiling the generated code costs.
    /// </summary>
    public BuildCostConsumer GeneratedSources()
    {
        const string project = "GeneratedSourcesConsumer";
        foreach (var (hintName, text) in BuildCostGeneratedSources.For(_agents, project))
        {
            Write(Path.Combine("generated-sources", "Generated", hintName), text);
        }

        return Consumer("generated-sources", "generated-sources", project, string.Empty);
    }

    /// <summary>(--breakdown) The package with no agent file: AgentGen's fixed cost (its MSBuild files, the run-time code, the attribute).</summary>
    public BuildCostConsumer EmptyPackage(string version) =>
        Consumer("agentgen-package-no-agents", Path.Combine("package", "empty"), "AgentGenEmptyConsumer", $"""
              <ItemGroup>
                <PackageReference Include="AgentGen" Version="{version}" PrivateAssets="all" />
              </ItemGroup>

            """);

    /// <summary>The package variant's feed (for dotnet pack -o).</summary>
    public string PackageFeed => Path.Combine(_root, "package", "feed");

    private BuildCostConsumer Consumer(string name, string folder, string project, string references)
    {
        // TreatWarningsAsErrors is off: agent files from the corpus produce AGEN warnings, and those are fine here.
        Write(Path.Combine(folder, project + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>
            {references}</Project>

            """);
        Write(Path.Combine(folder, "Program.cs"), ProgramText);
        return new BuildCostConsumer(name, Path.Combine(_root, folder), project);
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_root, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
