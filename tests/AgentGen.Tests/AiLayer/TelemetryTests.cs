using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using AgentGen.Tests.Agents;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Xunit;

namespace AgentGen.Tests.AiLayer;

/// <summary>
/// Middleware set once in the run settings reaches every agent, sub-agents included: with OpenTelemetry on the agents and
/// their chat clients, a sub-agent's run is a span inside its caller's tool call, seen through the in-memory exporter.
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task ASubAgentsSpansAreNestedInItsCallersRun()
    {
        const string source = "AgentGen.Tests.Telemetry";
        var spans = new List<Activity>();
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource(source).AddInMemoryExporter(spans).Build();
        var settings = new AgentRunSettings
        {
            MissingTools = AgentMissingTools.Skip,
            AgentMiddleware = agent => agent.UseOpenTelemetry(source),
            ChatMiddleware = chat => chat.UseOpenTelemetry(sourceName: source),
        };
        var model = new ScriptedChatClient(request =>
        {
            if (request.Instructions == ReviewerAgent.Prompt)
            {
                return ScriptedChatClient.Say("looks good");
            }

            return request.HasResults ? ScriptedChatClient.Say("lead got: " + request.Results.Single().Result) : ScriptedChatClient.Call("reviewer", ("query", "review it"));
        });

        var response = await AgentCatalog.CreateAIAgent("lead", model, new AgentToolbox().Add(new MemoryFiles()), settings).RunAsync("Get a review.");
        tracing.ForceFlush();

        Assert.Equal("lead got: looks good", response.Text);
        // The Agent Framework names a run's span "invoke_agent {name}({id})".
        var lead = Assert.Single(spans, s => s.DisplayName.StartsWith("invoke_agent lead", System.StringComparison.Ordinal));
        var reviewer = Assert.Single(spans, s => s.DisplayName.StartsWith("invoke_agent reviewer", System.StringComparison.Ordinal));
        Assert.Contains(Ancestors(reviewer, spans), s => s.DisplayName.StartsWith("execute_tool reviewer", System.StringComparison.Ordinal));
        Assert.Contains(lead, Ancestors(reviewer, spans));
        Assert.Contains(spans, s => s.DisplayName.StartsWith("chat", System.StringComparison.Ordinal) && Ancestors(s, spans).Contains(reviewer)); // the sub-agent's model call, traced too
    }

    [Fact]
    public async Task ChatLoggingMiddlewareFindsTheLoggerFactoryWithoutAContainer()
    {
        var provider = new Microsoft.Extensions.Logging.Testing.FakeLoggerProvider();
        using var factory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Debug).AddProvider(provider));
        var settings = new AgentRunSettings { MissingTools = AgentMissingTools.Skip, ChatMiddleware = chat => chat.UseLogging() };

        var response = await ReviewerAgent.CreateAIAgent(new ScriptedChatClient(_ => ScriptedChatClient.Say("fine")), new AgentToolbox(), settings, factory).RunAsync("Review.");

        Assert.Equal("fine", response.Text);
        Assert.Contains(provider.Collector.GetSnapshot(), r => r.Category == "Microsoft.Extensions.AI.LoggingChatClient");
    }

    private static IEnumerable<Activity> Ancestors(Activity span, List<Activity> spans)
    {
        for (var parent = spans.FirstOrDefault(s => s.SpanId == span.ParentSpanId); parent != null; parent = spans.FirstOrDefault(s => s.SpanId == parent.ParentSpanId))
        {
            yield return parent;
        }
    }
}
