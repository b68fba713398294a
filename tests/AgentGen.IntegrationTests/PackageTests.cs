using System.IO;
using System.IO.Compression;
using System.Linq;
using Xunit;

namespace AgentGen.IntegrationTests;

/// <summary>
/// The packed package, used as a new user would: PackageReference from a local feed, agent files in .claude/agents,
/// `dotnet build` / `dotnet run`, nothing else to configure.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackageTests
{
    private readonly PackageFixture _package;

    public PackageTests(PackageFixture package) => _package = package;

    [Fact]
    public void PackageLayout()
    {
        Assert.True(_package.PackResult.ExitCode == 0, _package.PackResult.Output);
        using var zip = ZipFile.OpenRead(_package.Package);
        var entries = zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("package/", System.StringComparison.Ordinal) && !n.StartsWith("_rels/", System.StringComparison.Ordinal) && n != "[Content_Types].xml").OrderBy(n => n, System.StringComparer.Ordinal);
        Assert.Equal(new[]
        {
            "AgentGen.nuspec", "README.md", "analyzers/dotnet/cs/AgentGen.dll", "analyzers/dotnet/cs/YamlDotNet.dll",
            "build/AgentGen.props", "build/AgentGen.targets", "buildTransitive/AgentGen.props", "buildTransitive/AgentGen.targets",
        }, entries);
        using var nuspec = new StreamReader(zip.GetEntry("AgentGen.nuspec")!.Open());
        var text = nuspec.ReadToEnd();
        Assert.Contains("<developmentDependency>true</developmentDependency>", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("<dependencies>", text, System.StringComparison.Ordinal);
        Assert.Contains("<license type=\"expression\">MIT</license>", text, System.StringComparison.Ordinal);
        Assert.Contains("<readme>README.md</readme>", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ConsoleAppGetsTypedAgents()
    {
        var run = RunConsumer("console", Project("Exe", "net10.0", _package.PackageReference),
            (".claude/agents/reviewer.md", "---\nname: reviewer\ndescription: Reviews code.\ntools: Read, Grep\nmodel: sonnet\n---\nReview carefully.\n"),
            (".claude/agents/README.md", "# Not an agent\n"),
            ("Program.cs", """
                using console.Agents; // $(RootNamespace).Agents: the project is named console
                System.Console.WriteLine($"{ReviewerAgent.Name}|{ReviewerAgent.Definition.ModelKind}|{ReviewerAgent.CanUse(AgentTool.Bash)}|{AgentCatalog.All.Count}|{ReviewerAgent.Prompt.Trim()}");
                """));
        Assert.Contains("reviewer|Sonnet|False|1|Review carefully.", run.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void NetStandardLibraryWithPublicAgentsServesAnApp()
    {
        var lib = _package.Consumer("lib");
        Write(lib, "lib.csproj", Project("Library", "netstandard2.0", _package.PackageReference,
            "<AgentGenVisibility>public</AgentGenVisibility><AgentGenNamespace>Shared.Agents</AgentGenNamespace>"));
        Write(lib, ".claude/agents/planner.md", "---\nname: planner\ndescription: Plans work.\ntools: Read, Agent(worker)\n---\nPlan it.\n");
        Write(lib, ".claude/agents/worker.md", "---\nname: worker\ndescription: Does work.\n---\nDo it.\n");
        var run = RunConsumer("libapp", Project("Exe", "net10.0", "<ProjectReference Include=\"../lib/lib.csproj\" />"),
            ("Program.cs", """
                using Shared.Agents;
                System.Console.WriteLine($"{string.Join(",", AgentCatalog.Names)}|{PlannerAgent.Definition.CanSpawn("worker")}|{AgentCatalog.Get("worker").Prompt.Trim()}");
                """));
        Assert.Contains("planner,worker|True|Do it.", run.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AgentsAtTheRepositoryRootThroughTheProperty()
    {
        var repo = _package.Consumer("repo");
        Write(repo, ".claude/agents/root-agent.md", "---\nname: root-agent\ndescription: Lives at the repository root.\n---\nFrom the root.\n");
        var run = RunConsumer("repo/src/app", Project("Exe", "net10.0", _package.PackageReference,
                "<AgentGenAgentsDirectory>$(MSBuildProjectDirectory)/../../.claude/agents/</AgentGenAgentsDirectory><RootNamespace>App</RootNamespace>"),
            ("Program.cs", "System.Console.WriteLine(App.Agents.RootAgent.Definition.SourcePath + \"|\" + App.Agents.RootAgent.Prompt.Trim());\n"));
        Assert.Contains("../../.claude/agents/root-agent.md|From the root.", run.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultItemsOffAndExplicitAgentFiles()
    {
        var run = RunConsumer("explicit", Project("Exe", "net10.0", _package.PackageReference,
                "<EnableDefaultAgentFiles>false</EnableDefaultAgentFiles><RootNamespace>Explicit</RootNamespace>",
                "<ItemGroup><AgentFile Include=\"prompts/*.md\" /></ItemGroup>"),
            (".claude/agents/ignored.md", "---\nname: ignored\ndescription: Not used: defaults are off.\n---\nx\n"),
            ("prompts/chosen.md", "---\nname: chosen\ndescription: Included explicitly.\n---\nChosen.\n"),
            ("Program.cs", "System.Console.WriteLine(string.Join(\",\", Explicit.Agents.AgentCatalog.Names));\n"));
        Assert.Contains("chosen" + System.Environment.NewLine, run.Output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("ignored", run.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void NewUserCopiesTheSeedsInGroupsAndBuilds()
    {
        // As issue 4 tries it: a console app, the package, the seeds copied into .claude/agents/ in groups, no other step.
        // Folders give sub-namespaces, so the four backend-developer agents coexist; seed 004's app tools are reported.
        var seeds = System.IO.Path.Combine(Dotnet.RepositoryRoot, "samples", "AgentGen.Sample", ".claude", "agents");
        var files = System.IO.Directory.GetDirectories(seeds)
            .SelectMany(group => System.IO.Directory.GetFiles(group, "*.md"))
            .Select(path => (".claude/agents/" + System.IO.Path.GetRelativePath(seeds, path).Replace('\\', '/'), System.IO.File.ReadAllText(path)))
            .Append(("Program.cs", """
                using Fullstack = NewUser.Agents.Fullstack;
                using Enterprise = NewUser.Agents.Enterprise;
                using Studio = NewUser.Agents.Studio;
                using Tooling = NewUser.Agents.Tooling;
                System.Console.WriteLine(string.Join("|",
                    Fullstack.BackendDevAgent.Name, Fullstack.BackendDeveloperAgent.Name, Enterprise.BackendDeveloperAgent.Definition.Tools!.Count,
                    Studio.BackendDeveloperAgent.Definition.Color, Tooling.BackendDeveloperAgent.Definition.Model, Studio.AgentCatalog.Get("backend-developer").Prompt.Length > 0));
                """))
            .ToArray();
        var app = _package.Consumer("newuser");
        var run = RunConsumer("newuser", Project("Exe", "net10.0", _package.PackageReference,
            "<TreatWarningsAsErrors>false</TreatWarningsAsErrors><RootNamespace>NewUser</RootNamespace>"), files);
        Assert.Contains("backend-dev|backend-developer|6|Green|claude-sonnet-4-latest|True", run.Output, System.StringComparison.Ordinal);
        // Seed 004's app tools (line 4), and seed 001's text saved with the wrong encoding (AGEN035: five lines and a summary).
        var lines = run.AgentLines(app);
        var tooling = lines.Where(l => l.StartsWith(".claude/agents/tooling/", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(5, tooling.Count);
        Assert.All(tooling, l => Assert.StartsWith(".claude/agents/tooling/backend-developer.md(4,", l, System.StringComparison.Ordinal));
        Assert.Single(tooling, l => l.Contains("warning AGEN020", System.StringComparison.Ordinal));
        var encoding = lines.Except(tooling).ToList();
        Assert.Equal(6, encoding.Count);
        Assert.All(encoding, l => Assert.Matches(@"^\.claude/agents/fullstack/backend-dev\.md\(\d+,\d+\): warning AGEN035: ", l));
        Assert.Contains(encoding, l => l.StartsWith(".claude/agents/fullstack/backend-dev.md(10,1): warning AGEN035: '<U+F8FF>üîß' is '🔧'", System.StringComparison.Ordinal));
    }

    [Fact]
    public void TwoGroupsWithTheSameAgentName()
    {
        var run = RunConsumer("groups", Project("Exe", "net10.0", _package.PackageReference, string.Empty,
                "<ItemGroup><AgentFile Update=\".claude/agents/alpha/**\" Namespace=\"Groups.Alpha\" /><AgentFile Update=\".claude/agents/beta/**\" Namespace=\"Groups.Beta\" /></ItemGroup>"),
            (".claude/agents/alpha/backend-developer.md", "---\nname: backend-developer\ndescription: Alpha.\n---\nAlpha prompt.\n"),
            (".claude/agents/beta/backend-developer.md", "---\nname: backend-developer\ndescription: Beta.\n---\nBeta prompt.\n"),
            ("Program.cs", "System.Console.WriteLine(Groups.Alpha.BackendDeveloperAgent.Description + \"|\" + Groups.Beta.BackendDeveloperAgent.Description + \"|\" + Groups.Alpha.AgentCatalog.Get(\"backend-developer\").Prompt.Trim());\n"));
        Assert.Contains("Alpha.|Beta.|Alpha prompt.", run.Output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("AGEN007", run.Output, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("13.7.1", "13.0.0.0")] // older: the SDK keeps AgentGen's YamlDotNet 16.3 for the analyzers
    [InlineData("18.1.0", "18.0.0.0")] // newer: the SDK passes only this one to the compiler, and AgentGen runs on it
    public void AnotherYamlDotNetVersionInTheConsumer(string version, string assemblyVersion)
    {
        // The version is the app's own runtime dependency and also an analyzer assembly beside AgentGen's, as another
        // analyzer package bundling YamlDotNet would be. The SDK's conflict resolution passes one YamlDotNet.dll (the
        // highest) to the compiler; AgentGen uses only YamlDotNet's event parser, which both versions keep compatible.
        var name = "yaml" + version.Replace(".", string.Empty);
        var run = RunConsumer(name, Project("Exe", "net10.0",
                _package.PackageReference + $"<PackageReference Include=\"YamlDotNet\" Version=\"{version}\" GeneratePathProperty=\"true\" />" +
                "<Analyzer Include=\"$(PkgYamlDotNet)/lib/netstandard2.0/YamlDotNet.dll\" Condition=\"'$(PkgYamlDotNet)' != ''\" />",
                $"<NoWarn>$(NoWarn);CS8033</NoWarn><TreatWarningsAsErrors>false</TreatWarningsAsErrors><RootNamespace>Yaml</RootNamespace>"),
            (".claude/agents/reader.md", "---\nname: reader\ndescription: Reads YAML.\ntools: Read, Reed\n---\nRead it.\n"),
            ("Program.cs", """
                var data = new YamlDotNet.Serialization.Deserializer().Deserialize<System.Collections.Generic.Dictionary<string, string>>("a: b");
                System.Console.WriteLine($"{data["a"]}|{Yaml.Agents.ReaderAgent.Name}|{typeof(YamlDotNet.Serialization.Deserializer).Assembly.GetName().Version}");
                """));
        Assert.Contains($"b|reader|{assemblyVersion}", run.Output, System.StringComparison.Ordinal);
        Assert.Contains(".claude/agents/reader.md(4,14): warning AGEN009: Unknown tool 'Reed': did you mean 'Read'?", run.Output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("CS8784", run.Output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", run.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenAgentFileFailsTheBuildInTheMarkdownFile()
    {
        var app = _package.Consumer("brokenpkg");
        var build = RunConsumer("brokenpkg", Project("Exe", "net10.0", _package.PackageReference), expectSuccess: false,
            ("Program.cs", "System.Console.WriteLine();\n"),
            (".claude/agents/broken.md", "---\nname: broken\ndescription: Missing the closing line.\ntools: Read\n"));
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(".claude/agents/broken.md(1,1): error AGEN002: The frontmatter opened on line 1 is never closed: add a line '---' after the last key",
            build.AgentLines(app).Single(), System.StringComparison.Ordinal);
    }

    /// <summary>Writes a consumer project and its files, then runs it (or, when it must fail, builds it).</summary>
    private CommandResult RunConsumer(string name, string project, params (string Path, string Text)[] files) => RunConsumer(name, project, true, files);

    private CommandResult RunConsumer(string name, string project, bool expectSuccess, params (string Path, string Text)[] files)
    {
        var folder = _package.Consumer(name);
        Write(folder, System.IO.Path.GetFileName(name) + ".csproj", project);
        foreach (var (path, text) in files)
        {
            Write(folder, path, text);
        }

        var result = Dotnet.Run(folder, expectSuccess ? "run" : "build", "-nodeReuse:false");
        Assert.True(!expectSuccess || result.ExitCode == 0, result.Output);
        return result;
    }

    private static string Project(string outputType, string framework, string references, string properties = "", string items = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>{outputType}</OutputType>
            <TargetFramework>{framework}</TargetFramework>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            {properties}
          </PropertyGroup>
          <ItemGroup>
            {references}
          </ItemGroup>
          {items}
        </Project>
        """;

    private static void Write(string folder, string relativePath, string text)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
