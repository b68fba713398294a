using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AgentGen.Tests.Agents;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit;

namespace AgentGen.Tests.AiLayer;

/// <summary>
/// AddAgents with a real container (scope validation on, as in Development): agents resolved by name as keyed AIAgents,
/// their chat client and tool classes from the container with the lifetimes registered, and start-up validation that
/// lists every problem at once.
/// </summary>
public sealed class ServiceRegistrationTests
{
    private static readonly ServiceProviderOptions Strict = new() { ValidateScopes = true, ValidateOnBuild = true };

    private static ScriptedChatClient Grepping() => new(request => request.HasResults
        ? ScriptedChatClient.Say(request.Results.Single().Result?.ToString() ?? "")
        : ScriptedChatClient.Call("Grep", ("pattern", "TODO")));

    private static IServiceCollection Services(IChatClient client)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(client);
        services.AddSingleton(new SearchIndex("main"));
        return services;
    }

    [Fact]
    public async Task AnAgentIsResolvedByItsNameAndRunsWithToolsFromTheContainer()
    {
        var files = new MemoryFiles { Files = { ["a.txt"] = "hello world" } };
        var model = new ScriptedChatClient(request => request.HasResults
            ? ScriptedChatClient.Say("done: " + request.Results.Single().Result)
            : ScriptedChatClient.Call("Edit", ("path", "a.txt"), ("old", "world"), ("new", "agents")));
        var services = Services(model);
        services.AddSingleton(files);
        services.AddAgents(AgentCatalog.All, s => s.MissingTools = AgentMissingTools.Skip);
        using var provider = services.BuildServiceProvider(Strict);

        var worker = provider.GetRequiredKeyedService<AIAgent>("worker");
        var response = await worker.RunAsync("Fix the greeting.");

        Assert.Equal("worker", worker.Name);
        Assert.Equal("hello agents", files.Files["a.txt"]); // the registered MemoryFiles, not a new one
        Assert.Equal("done: edited a.txt", response.Text);
        Assert.Equal(new[] { "Read", "Edit", "lookup_order" }, model.Requests[0].Tools);
        Assert.Same(worker, provider.GetRequiredKeyedService<AIAgent>("worker")); // a singleton by default
    }

    [Fact]
    public async Task AnUnregisteredToolClassIsCreatedWithItsConstructorsServices()
    {
        var model = Grepping();
        var services = Services(model);
        services.AddAgents(AgentCatalog.All, s => s.MissingTools = AgentMissingTools.Skip);
        using var provider = services.BuildServiceProvider(Strict);

        var response = await provider.GetRequiredKeyedService<AIAgent>("cache-aware").RunAsync("Find the TODOs.");

        // The index from the container, the logger of the container's factory, the optional limit at its default.
        Assert.Matches(@"^searched main for TODO \(tools #\d+, limit 10\)$", response.Text);
    }

    [Theory]
    [InlineData(ServiceLifetime.Singleton)]
    [InlineData(ServiceLifetime.Scoped)]
    [InlineData(ServiceLifetime.Transient)]
    public async Task ToolClassesKeepTheLifetimeTheyAreRegisteredWith(ServiceLifetime toolLifetime)
    {
        var services = Services(Grepping());
        services.Add(new ServiceDescriptor(typeof(SearchTools), typeof(SearchTools), toolLifetime));
        services.AddAgents(AgentCatalog.All, s => s.MissingTools = AgentMissingTools.Skip, ServiceLifetime.Scoped);
        using var provider = services.BuildServiceProvider(Strict);

        async Task<string> Run(IServiceScope scope) =>
            (await scope.ServiceProvider.GetRequiredKeyedService<AIAgent>("cache-aware").RunAsync("Find the TODOs.")).Text;

        string first, again, other;
        using (var scope = provider.CreateScope())
        {
            first = await Run(scope);
            again = await Run(scope);
            Assert.Same(scope.ServiceProvider.GetRequiredKeyedService<AIAgent>("cache-aware"), scope.ServiceProvider.GetRequiredKeyedService<AIAgent>("cache-aware"));
        }

        using (var scope = provider.CreateScope())
        {
            other = await Run(scope);
        }

        Assert.Equal(first, again); // one agent per scope: its tools were created once
        if (toolLifetime == ServiceLifetime.Singleton)
        {
            Assert.Equal(first, other);
        }
        else
        {
            Assert.NotEqual(first, other); // a new scope (or a transient) gives a new instance
        }
    }

    [Fact]
    public async Task AClientKeyedByTheAgentsModelIsPreferredToTheDefault()
    {
        var fallback = new ScriptedChatClient(_ => ScriptedChatClient.Say("default"));
        var opus = new ScriptedChatClient(_ => ScriptedChatClient.Say("opus"));
        var services = Services(fallback);
        services.AddKeyedSingleton<IChatClient>("opus", opus);
        services.AddAgents(AgentCatalog.All, s => s.MissingTools = AgentMissingTools.Skip);
        using var provider = services.BuildServiceProvider(Strict);

        Assert.Equal("opus", (await provider.GetRequiredKeyedService<AIAgent>("lead").RunAsync("Plan.")).Text); // model: opus
        Assert.Equal("default", (await provider.GetRequiredKeyedService<AIAgent>("reviewer").RunAsync("Review.")).Text); // no model
        Assert.Equal("claude-opus-4-1", opus.Requests.Single().ModelId); // the alias is still mapped
    }

    [Fact]
    public void ValidationListsEveryProblemOfEveryAgentAtOnce()
    {
        // No chat client, no SearchIndex for the search tools, a scoped tool class under singleton agents, MCP tools
        // nobody registered, and a lead registered without its sub-agents.
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped<MemoryFiles>();
        services.AddAgents(new[] { AgentCatalog.Lead, AgentCatalog.CacheAware, AgentCatalog.Worker });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<AgentValidationException>(() => provider.ValidateAgents());

        Assert.Equal(
            new[]
            {
                "Agent 'lead': No IChatClient is registered to run it. Register one with services.AddChatClient(...), or one for its model with services.AddKeyedChatClient(\"opus\", ...).",
                "Agent 'lead' lists tools the toolbox does not have: mcp__github, mcp__docs__*. Register the MCP server's tools with AgentToolbox.AddMcpServer(\"github\", tools), or set AgentRunSettings.MissingTools to Skip.",
                "Agent 'lead' names the sub-agent 'reviewer', which is not among the agents AddAgents registered with it. Add its catalog to the list, or remove it from the agent's Agent(...) entry.",
                "Agent 'lead' is a singleton, and would keep one instance of its tool class AgentGen.Tests.AiLayer.MemoryFiles, registered as scoped, for ever. Register the agents with AddAgents(..., lifetime: ServiceLifetime.Scoped), or the tool class as a singleton.",
                "Agent 'cache-aware': No IChatClient is registered to run it. Register one with services.AddChatClient(...).",
                "Agent 'cache-aware': The tool class AgentGen.Tests.AiLayer.SearchTools is not registered, and its constructor needs a SearchIndex, which is not registered either. Register the SearchIndex, or register AgentGen.Tests.AiLayer.SearchTools itself.",
                "Agent 'cache-aware' is a singleton, and would keep one instance of its tool class AgentGen.Tests.AiLayer.MemoryFiles, registered as scoped, for ever. Register the agents with AddAgents(..., lifetime: ServiceLifetime.Scoped), or the tool class as a singleton.",
                "Agent 'worker': No IChatClient is registered to run it. Register one with services.AddChatClient(...), or one for its model with services.AddKeyedChatClient(\"claude-opus-4-6\", ...).",
                "Agent 'worker' is a singleton, and would keep one instance of its tool class AgentGen.Tests.AiLayer.MemoryFiles, registered as scoped, for ever. Register the agents with AddAgents(..., lifetime: ServiceLifetime.Scoped), or the tool class as a singleton.",
            },
            error.Problems);
        Assert.StartsWith("9 problems with the registered agents:", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ValidationReportsAScopedServiceASingletonAgentWouldKeep()
    {
        // SearchTools is not registered: the cache-aware agent creates it, with a SearchIndex that is scoped.
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IChatClient>(Grepping());
        services.AddScoped(_ => new SearchIndex("per request"));
        services.AddAgents(new[] { AgentCatalog.CacheAware });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<AgentValidationException>(() => provider.ValidateAgents());

        Assert.Equal(new[] { "Agent 'cache-aware' is a singleton, and would create its tool class AgentGen.Tests.AiLayer.SearchTools with the scoped SearchIndex and keep both for ever. Register the agents with AddAgents(..., lifetime: ServiceLifetime.Scoped)." }, error.Problems);
    }

    [Fact]
    public void ValidationReportsOneNameRegisteredTwice()
    {
        var services = Services(Grepping());
        services.AddAgents(new[] { AgentCatalog.Worker });
        services.AddAgents(new[] { AgentCatalog.Worker, AgentCatalog.Reviewer });
        using var provider = services.BuildServiceProvider(Strict);

        var error = Assert.Throws<AgentValidationException>(() => provider.ValidateAgents());

        Assert.Equal(new[] { "Two AddAgents calls register an agent named 'worker', and an agent's name is its service key: the container gives the last one. Register only one of them in this container." }, error.Problems);
    }

    [Fact]
    public void ValidationReportsToolsNothingImplements()
    {
        var services = Services(Grepping());
        services.AddAgents(new[] { AgentCatalog.Lead, AgentCatalog.Reviewer, AgentCatalog.Worker });
        using var provider = services.BuildServiceProvider(Strict);

        var error = Assert.Throws<AgentValidationException>(() => provider.ValidateAgents());

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("Agent 'lead' lists tools the toolbox does not have: mcp__github, mcp__docs__*.", problem, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateOnStartStopsTheHostWithTheList()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddAgents(new[] { AgentCatalog.CacheAware }).ValidateOnStart().ValidateOnStart();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<AgentValidationException>(() => host.StartAsync());

        Assert.Equal(2, error.Problems.Count); // no chat client, no SearchIndex: listed once, however often ValidateOnStart is called
    }

    [Fact]
    public async Task AValidAppStartsAndItsAgentsComeFromTheHost()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<IChatClient>(Grepping());
        builder.Services.AddSingleton(new SearchIndex("docs"));
        builder.Services.AddAgents(AgentCatalog.All, s => s.MissingTools = AgentMissingTools.Skip).ValidateOnStart();
        using var host = builder.Build();

        await host.StartAsync();
        var response = await host.Services.GetRequiredKeyedService<AIAgent>("cache-aware").RunAsync("Find the TODOs.");
        await host.StopAsync();

        Assert.StartsWith("searched docs for TODO", response.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAspNetCoreEndpointReceivesTheAgentByItsName()
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder();
        Microsoft.AspNetCore.TestHost.WebHostBuilderExtensions.UseTestServer(builder.WebHost);
        builder.Services.AddSingleton<IChatClient>(Grepping());
        builder.Services.AddScoped(_ => new SearchIndex("request"));
        builder.Services.AddAgents(AgentCatalog.All, s => s.MissingTools = AgentMissingTools.Skip, ServiceLifetime.Scoped).ValidateOnStart();
        await using var app = builder.Build();
        Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapGet(app, "/todos",
            async ([FromKeyedServices("cache-aware")] AIAgent agent) => (await agent.RunAsync("Find the TODOs.")).Text);

        await app.StartAsync();
        var text = await Microsoft.AspNetCore.TestHost.HostBuilderTestServerExtensions.GetTestClient(app).GetStringAsync("/todos");

        Assert.StartsWith("searched request for TODO", text, System.StringComparison.Ordinal); // the request's scoped index
    }

    [Fact]
    public async Task SettingsBindFromConfiguration()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Agents:ModelIds:opus"] = "claude-opus-4-5",
            ["Agents:MissingTools"] = "Skip",
            ["Agents:DetailedErrors"] = "true",
            ["Agents:MaxSubAgentDepth"] = "1",
        });
        var opus = new ScriptedChatClient(_ => ScriptedChatClient.Say("ok"));
        builder.Services.AddSingleton<IChatClient>(opus);
        AgentRunSettings? bound = null;
        builder.Services.AddAgents(AgentCatalog.All, settings => builder.Configuration.GetSection("Agents").Bind(settings)).Configure(settings => bound = settings);
        using var host = builder.Build();

        await host.Services.GetRequiredKeyedService<AIAgent>("lead").RunAsync("Plan."); // lists MCP tools: skipped, not thrown

        Assert.Equal("claude-opus-4-5", opus.Requests.Single().ModelId); // the configured id replaces AgentGenModelIds' one
        Assert.Equal("claude-sonnet-4-5", bound!.ModelIds["sonnet"]); // the others stay
        Assert.True(bound.DetailedErrors);
        Assert.Equal(1, bound.MaxSubAgentDepth);
    }

    [Fact]
    public void AgentsWithTheSameNameCannotShareAContainer()
    {
        var error = Assert.Throws<System.ArgumentException>(() => new ServiceCollection().AddAgents(new[] { AgentCatalog.Worker, AgentCatalog.Worker }));
        Assert.StartsWith("Two agents are named 'worker'", error.Message, System.StringComparison.Ordinal);
    }
}
