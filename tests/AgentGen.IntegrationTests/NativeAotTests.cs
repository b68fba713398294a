using System;
using System.IO;
using System.Linq;
using Xunit;

namespace AgentGen.IntegrationTests;

/// <summary>
/// Generated code needs no reflection: the app in Consumers/NativeApp (catalogs of two namespaces, lookups, a template,
/// examples, agents on tools of many kinds and a sub-agent, against a scripted model) is built with the packed package,
/// published as NativeAOT and trimmed, and each binary must print exactly what the JIT run prints, with no trim or AOT
/// warning. A library with IsAotCompatible (every trim and AOT analyzer on) must build without warnings too.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class NativeAotTests
{
    private readonly PackageFixture _package;

    public NativeAotTests(PackageFixture package) => _package = package;

    [Fact]
    public void NativeAotAndTrimmedBinariesPrintWhatTheJitPrints()
    {
        var folder = _package.Consumer("nativeapp");
        Copy(Path.Combine(Dotnet.RepositoryRoot, "tests", "AgentGen.IntegrationTests", "Consumers", "NativeApp"), folder);
        // PublishAot in the project file, as a user sets it (a global -p: would also reach the generator's project).
        WriteProject(Path.Combine(folder, "nativeapp.csproj"), """
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>NativeApp</RootNamespace>
                <PublishAot>true</PublishAot>
                <InvariantGlobalization>true</InvariantGlobalization>
            """, """
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.15" />
                <PackageReference Include="Microsoft.Extensions.Logging" Version="10.0.15" />
            """);

        var jit = Dotnet.Run(folder, "run", "-nodeReuse:false");
        Assert.True(jit.ExitCode == 0, jit.Output);
        Assert.Contains("lead: the planner said: planned: {\"summary\":\"6f9619ff8b86d011b42d00cf4fc964ff dry=True retries=2", jit.Output, StringComparison.Ordinal);
        Assert.Contains("example: context 'a plan is ready.', user 'Review the plan'", jit.Output, StringComparison.Ordinal);
        Assert.Contains("rendered: Write the release notes of Orders (version 2.1) for operators.", jit.Output, StringComparison.Ordinal);
        Assert.Contains("stock-keeper from the container: stock: 12 | Error: Function failed.", jit.Output, StringComparison.Ordinal);
        Assert.Contains("log: Error ToolFailed: Agent 'stock-keeper': the tool 'stock_level' failed: no stock record for Z-9 [InvalidOperationException]", jit.Output, StringComparison.Ordinal);
        Assert.Contains("log: Warning ModelAliasUnmapped: Agent 'stock-keeper' asks for the model 'opus'", jit.Output, StringComparison.Ordinal);
        Assert.Contains("rendered command: Check that version 2.1 is ready to ship on the web channel.", jit.Output, StringComparison.Ordinal);
        Assert.Contains("agent framework skill runbooks: True", jit.Output, StringComparison.Ordinal);
        Assert.Contains("agent framework skill triage: True, license MIT, metadata owner=ops", jit.Output, StringComparison.Ordinal);
        Assert.Contains("ship-check: arguments version+channel, model Haiku, effort Low, run options True", jit.Output, StringComparison.Ordinal);
        Assert.Contains("ship-check run: ", jit.Output, StringComparison.Ordinal);
        Assert.Contains("runbooks resources: references/disk-full.md (", jit.Output, StringComparison.Ordinal);

        var native = Dotnet.Run(folder, "publish", "-r", "linux-x64", "-o", "native", "-nodeReuse:false");
        Assert.True(native.ExitCode == 0, native.Output);
        AssertNoTrimOrAotWarning(native);
        Assert.Equal(Lines(jit.Output), Lines(Execute(Path.Combine(folder, "native", "nativeapp"))));

        var trimmed = Dotnet.Run(folder, "publish", "-r", "linux-x64", "-p:PublishAot=false", "-p:PublishTrimmed=true", "--self-contained", "-o", "trimmed", "-nodeReuse:false");
        Assert.True(trimmed.ExitCode == 0, trimmed.Output);
        AssertNoTrimOrAotWarning(trimmed);
        Assert.Equal(Lines(jit.Output), Lines(Execute(Path.Combine(folder, "trimmed", "nativeapp"))));
    }

    [Fact]
    public void APublicAotCompatibleLibraryBuildsWithoutWarnings()
    {
        var folder = _package.Consumer("aotlib");
        Directory.CreateDirectory(folder);
        WriteProject(Path.Combine(folder, "aotlib.csproj"), """
                <TargetFramework>net8.0</TargetFramework>
                <IsAotCompatible>true</IsAotCompatible>
                <AgentGenVisibility>public</AgentGenVisibility>
            """);
        var app = Path.Combine(Dotnet.RepositoryRoot, "tests", "AgentGen.IntegrationTests", "Consumers", "NativeApp");
        Copy(Path.Combine(app, ".claude"), Path.Combine(folder, ".claude"));
        File.Copy(Path.Combine(app, "Tools.cs"), Path.Combine(folder, "Tools.cs"));
        File.Copy(Path.Combine(app, "Services.cs"), Path.Combine(folder, "Services.cs"));

        var build = Dotnet.Run(folder, "build", "-nodeReuse:false");
        Assert.True(build.ExitCode == 0, build.Output);
        AssertNoTrimOrAotWarning(build);
        Assert.DoesNotContain(build.Output.Split('\n'), line => line.Contains(": warning ", StringComparison.Ordinal) && !line.Contains("NU1603", StringComparison.Ordinal));
    }

    /// <summary>A project with the package and the AI packages, warnings as errors, and the given properties.</summary>
    private void WriteProject(string path, string properties, string packages = "") => File.WriteAllText(path, $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
        {properties}
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <WarningsNotAsErrors>NU1603</WarningsNotAsErrors>
          </PropertyGroup>
          <ItemGroup>
            {_package.PackageReference}
            {PackageFixture.AgentPackages}
            {packages}
          </ItemGroup>
        </Project>
        """);

    private static void AssertNoTrimOrAotWarning(CommandResult run) =>
        Assert.DoesNotContain(run.Output.Split('\n'), line => System.Text.RegularExpressions.Regex.IsMatch(line, @"\b(warning|error) IL[23]\d{3}\b") || line.Contains("AOT analysis warning", StringComparison.Ordinal));

    private static string Execute(string binary)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), binary + " did not finish in a minute");
        Assert.True(process.ExitCode == 0, output);
        return output;
    }

    /// <summary>The app's lines, without the build's (dotnet run prints nothing else when the build is quiet, but may).</summary>
    private static string[] Lines(string output) =>
        output.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0 && !l.Contains(" warning ", StringComparison.Ordinal)).ToArray();

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
