using System;
using System.IO;
using System.Linq;
using Xunit;

using AgentGen.Testing;

namespace AgentGen.IntegrationTests;

/// <summary>
/// Packs AgentGen once per test run into a local feed, with a version of its own and a packages folder of its own, so
/// no package cached by an earlier run (or by the developer's machine) can hide a change.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Scratch = new ScratchFolder("package");
        Version = "0.1.0-it." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var feed = Path.Combine(Scratch.Root, "feed");
        PackResult = Dotnet.Run(Scratch.Root, "pack", Path.Combine(Dotnet.RepositoryRoot, "src", "AgentGen", "AgentGen.csproj"),
            "-c", "Release", "-o", feed, "-p:Version=" + Version, "-nodeReuse:false");
        Package = Directory.GetFiles(feed, "*.nupkg").SingleOrDefault() ?? string.Empty;
        Scratch.Write("nuget.config", DotnetCli.LocalFeedConfig);
    }

    public ScratchFolder Scratch { get; }

    public string Version { get; }

    public CommandResult PackResult { get; }

    public string Package { get; }

    /// <summary>A folder for one consumer, under the folder that holds nuget.config.</summary>
    public string Consumer(string name) => Path.Combine(Scratch.Root, name);

    public string PackageReference => $"""<PackageReference Include="AgentGen" Version="{Version}" PrivateAssets="all" />""";

    /// <summary>The Agent Framework and Microsoft.Extensions.AI, in the versions the AI layers are tested with.</summary>
    public const string AgentPackages = """
        <PackageReference Include="Microsoft.Agents.AI" Version="1.28.0" />
        <PackageReference Include="Microsoft.Extensions.AI" Version="10.11.0" />
        """;

    public void Dispose() => Scratch.Dispose();
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Package";
}
