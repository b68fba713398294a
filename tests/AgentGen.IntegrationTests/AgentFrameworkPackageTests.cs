using System.IO;
using System.Linq;
using Xunit;

namespace AgentGen.IntegrationTests;

/// <summary>
/// The packed package with the AI packages, as a new user would use them: seed 004 in .claude/agents, four marked
/// methods, an agent run in a few lines against a scripted IChatClient; a method left out is a build warning at the tool
/// in the .md file; a netstandard2.0 library with only the abstractions builds too.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class AgentFrameworkPackageTests
{
    // The app: four marked methods, a scripted model, and the agents run. It prints what the test asserts.
    private const string Program = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        using app.Agents;

        var model = new Script();
        var files = new FileTools();
        var tools = new AgentToolbox().Add(files);

        var developer = await BackendDeveloperAgent.CreateAIAgent(model, tools).RunAsync("Read the notes.");
        Console.WriteLine("offered: " + string.Join(",", model.Offered[BackendDeveloperAgent.Prompt]));
        Console.WriteLine("calls: " + string.Join(",", files.Calls));
        Console.WriteLine("developer: " + developer.Text);

        files.Calls.Clear();
        var looper = await LooperAgent.CreateAIAgent(model, tools).RunAsync("Never stop.");
        Console.WriteLine("looper calls: " + files.Calls.Count + " (maxTurns " + LooperAgent.Definition.MaxTurns + "), last offered: " + string.Join(",", model.Offered[LooperAgent.Prompt].Skip(1)));

        var lead = await AgentCatalog.CreateAIAgent("lead", model, tools).RunAsync("Ask the helper.");
        Console.WriteLine("lead: " + lead.Text);

        internal sealed class FileTools
        {
            public List<string> Calls { get; } = new();

            /// <summary>Reads a file.</summary>
            [AgentGen.AgentToolImplementation("read_file")]
            public string ReadFile(string path) { Calls.Add("read_file " + path); return "notes of " + path; }

            [AgentGen.AgentToolImplementation("write_file")]
            public string WriteFile(string path, string content) { Calls.Add("write_file"); return "ok"; }

            [AgentGen.AgentToolImplementation("search_files")]
            public string SearchFiles(string pattern) { Calls.Add("search_files"); return "a.md"; }
        //EDIT_BLOCK
        }

        // Stands in for a model: a plan per agent, told apart by its instructions (the agent's prompt).
        internal sealed class Script : IChatClient
        {
            public Dictionary<string, List<string>> Offered { get; } = new();

            public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
            {
                var prompt = options?.Instructions ?? string.Empty;
                var offered = string.Join("+", options?.Tools?.Select(t => t.Name) ?? Enumerable.Empty<string>());
                if (!Offered.TryGetValue(prompt, out var list)) Offered[prompt] = list = new List<string>();
                list.Insert(0, offered);
                var last = messages.Last();
                var result = last.Contents.OfType<FunctionResultContent>().FirstOrDefault()?.Result?.ToString();
                ChatMessage reply =
                    prompt == LooperAgent.Prompt ? (options?.Tools?.Count > 0 ? Call("read_file", "path", "loop") : Say("stopped"))
                    : prompt == LeadAgent.Prompt ? (result is null ? Call("helper", "query", "what is 6x7?") : Say("helper said " + result))
                    : prompt == HelperAgent.Prompt ? Say("42")
                    : result is null ? Call("read_file", "path", "notes.md") : Say("done: " + result);
                return Task.FromResult(new ChatResponse(reply));
            }

            private static ChatMessage Say(string text) => new(ChatRole.Assistant, text);

            private static ChatMessage Call(string tool, string name, string value) =>
                new(ChatRole.Assistant, new List<AIContent> { new FunctionCallContent(Guid.NewGuid().ToString("N"), tool, new Dictionary<string, object?> { [name] = value }) });

            public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
            {
                foreach (var update in (await GetResponseAsync(messages, options, cancellationToken)).ToChatResponseUpdates()) yield return update;
            }

            public object? GetService(Type serviceType, object? serviceKey = null) => null;

            public void Dispose() { }
        }
        """;

    private const string EditBlock = """
            [AgentGen.AgentToolImplementation("edit_block")]
            public string EditBlock(string path, string oldText, string newText) { Calls.Add("edit_block"); return "ok"; }
        """;

    private readonly PackageFixture _package;

    public AgentFrameworkPackageTests(PackageFixture package) => _package = package;

    [Fact]
    public void NewUserRunsSeed004WithItsFourToolsImplemented()
    {
        var folder = Consumer("agentapp", Program.Replace("//EDIT_BLOCK", EditBlock));
        var run = Dotnet.Run(folder, "run", "-nodeReuse:false");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.DoesNotContain("warning AGEN", run.Output, System.StringComparison.Ordinal);
        Assert.Contains("offered: read_file+write_file+search_files+edit_block", run.Output, System.StringComparison.Ordinal); // the allowlist, nothing else
        Assert.Contains("calls: read_file notes.md", run.Output, System.StringComparison.Ordinal); // the model's call reached the C# method
        Assert.Contains("developer: done: notes of notes.md", run.Output, System.StringComparison.Ordinal);
        Assert.Contains("looper calls: 2 (maxTurns 2), last offered: read_file+write_file+search_files+edit_block,read_file+write_file+search_files+edit_block", run.Output, System.StringComparison.Ordinal);
        Assert.Contains("lead: helper said 42", run.Output, System.StringComparison.Ordinal); // a sub-agent call
    }

    [Fact]
    public void LeavingOneMethodOutIsAWarningAtTheToolInTheAgentFile()
    {
        var folder = Consumer("agentapp-missing", Program, treatWarningsAsErrors: false);
        var build = Dotnet.Run(folder, "build", "-nodeReuse:false");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Equal(new[]
        {
            ".claude/agents/backend-developer.md(4,42): warning AGEN027: Agent 'backend-developer' lists tool 'edit_block', but no method implements it: add [AgentToolImplementation(\"edit_block\")] to the method that does it (https://github.com/agentgen-dev/agentgen/blob/main/docs/diagnostics/AGEN027.md)",
            ".claude/agents/looper.md(4,45): warning AGEN027: Agent 'looper' lists tool 'edit_block', but no method implements it: add [AgentToolImplementation(\"edit_block\")] to the method that does it (https://github.com/agentgen-dev/agentgen/blob/main/docs/diagnostics/AGEN027.md)",
        }, build.AgentLines(folder));
    }

    [Fact]
    public void NetStandardLibraryWithOnlyTheAbstractionsBuilds()
    {
        var folder = _package.Consumer("ailib");
        Write(folder, "ailib.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <WarningsNotAsErrors>NU1603</WarningsNotAsErrors>
                <AgentGenVisibility>public</AgentGenVisibility>
              </PropertyGroup>
              <ItemGroup>
                {_package.PackageReference}
                <PackageReference Include="Microsoft.Extensions.AI.Abstractions" Version="10.11.0" />
              </ItemGroup>
            </Project>
            """);
        Write(folder, ".claude/agents/backend-developer.md", File.ReadAllText(Path.Combine(Dotnet.RepositoryRoot, "samples", "AgentGen.Sample", ".claude", "agents", "tooling", "backend-developer.md")));
        Write(folder, "Tools.cs", """
            namespace Library
            {
                public static class Tools
                {
                    [AgentGen.AgentToolImplementation("read_file")] public static string ReadFile(string path) { return path; }
                    [AgentGen.AgentToolImplementation("write_file")] public static string WriteFile(string path, string content) { return path; }
                    [AgentGen.AgentToolImplementation("search_files")] public static string SearchFiles(string pattern) { return pattern; }
                    [AgentGen.AgentToolImplementation("edit_block")] public static string EditBlock(string path, string oldText, string newText) { return path; }

                    public static object Options() { return ailib.Agents.BackendDeveloperAgent.CreateChatOptions(new ailib.Agents.AgentToolbox()); }
                }
            }
            """);
        var build = Dotnet.Run(folder, "build", "-nodeReuse:false");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain(build.Output.Split('\n'), line => line.Contains(": warning ", System.StringComparison.Ordinal) && !line.Contains("NU1603", System.StringComparison.Ordinal));
    }

    /// <summary>A console app with the package, the AI packages, seed 004 and two more agents, and the given Program.cs.</summary>
    private string Consumer(string name, string program, bool treatWarningsAsErrors = true)
    {
        var folder = _package.Consumer(name);
        Write(folder, "app.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>{(treatWarningsAsErrors ? "true" : "false")}</TreatWarningsAsErrors>
                <WarningsNotAsErrors>NU1603</WarningsNotAsErrors>
              </PropertyGroup>
              <ItemGroup>
                {_package.PackageReference}
                {PackageFixture.AgentPackages}
              </ItemGroup>
            </Project>
            """);
        Write(folder, ".claude/agents/backend-developer.md", File.ReadAllText(Path.Combine(Dotnet.RepositoryRoot, "samples", "AgentGen.Sample", ".claude", "agents", "tooling", "backend-developer.md")));
        Write(folder, ".claude/agents/looper.md", "---\nname: looper\ndescription: Calls tools forever unless stopped.\ntools: read_file, write_file, search_files, edit_block\nmaxTurns: 2\n---\nKeep reading.\n");
        Write(folder, ".claude/agents/lead.md", "---\nname: lead\ndescription: Delegates to the helper.\ntools: Agent(helper)\n---\nDelegate.\n");
        Write(folder, ".claude/agents/helper.md", "---\nname: helper\ndescription: Answers questions.\ntools: read_file\n---\nAnswer.\n");
        Write(folder, "Program.cs", program);
        return folder;
    }

    private static void Write(string folder, string relativePath, string text)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
