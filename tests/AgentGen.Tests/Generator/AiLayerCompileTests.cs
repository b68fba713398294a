using System.Collections.Generic;
using System.Linq;
using AgentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AgentGen.Tests.Generator;

/// <summary>
/// The AI layers are emitted only where the consumer can use them, and then compile without warnings at every language
/// version: none without the packages, the chat layer with Microsoft.Extensions.AI.Abstractions, the agent layer with
/// Microsoft.Agents.AI. (A netstandard2.0 library with the abstractions is built for real in the integration tests.)
/// </summary>
public sealed class AiLayerCompileTests
{
    private static readonly string[] ChatHints = { "AgentGen.ChatLayer.g.cs", "AgentGen.AgentToolbox.g.cs" };

    // Consumer code in C# 7.3: tool implementations (static and instance) and the generated API.
    private const string ChatConsumer = """
        // C# 7.3 has no annotations to say that these may be null.
        #pragma warning disable CS8618, CS8625
        namespace Consumer
        {
            using Sample.Agents;

            internal static class Tools
            {
                /// <summary>Reads a file.</summary>
                [AgentGen.AgentToolImplementation("read_file")]
                internal static string ReadFile(string path, int? maxLines = null) { return path; }
            }

            internal sealed class Files
            {
                [AgentGen.AgentToolImplementation("write_file")]
                public System.Threading.Tasks.Task<string> WriteFile(string path, string content, System.Threading.CancellationToken cancellationToken) { return System.Threading.Tasks.Task.FromResult(path + content); }

                [AgentGen.AgentToolImplementation("search_files")]
                [AgentGen.AgentToolImplementation("edit_block")]
                public void Both(string text) { }

                // Every kind of value the compile-time binding reads and writes, at C# 7.3 too.
                [AgentGen.AgentToolImplementation("plan_release")]
                public System.Threading.Tasks.ValueTask<Plan> PlanRelease(Order order, System.Collections.Generic.IReadOnlyList<Priority> priorities, Priority? fallback, System.DateTimeOffset due, System.Guid id, decimal[] amounts, System.Collections.Generic.Dictionary<string, long> counts, System.TimeSpan window, System.IServiceProvider services, Order[][] batches = null, Priority @default = Priority.@class) { return new System.Threading.Tasks.ValueTask<Plan>(new Plan()); }
            }

            internal enum Priority { Low, High, @class }

            internal sealed class Order
            {
                public Order(string sku, int quantity = 1) { Sku = sku; Quantity = quantity; }
                public string Sku { get; }
                public int Quantity { get; }
                [System.ComponentModel.Description("Notes for the packer.")]
                public System.Collections.Generic.List<string> Notes { get; set; }
                public Order Next { get; set; }
            }

            internal struct Plan
            {
                public System.DateTime Start { get; set; }
                public System.Collections.Generic.List<Order> Orders { get; set; }
                public System.Text.Json.JsonElement Extra { get; set; }
                public object Anything { get; set; }
                public char Grade { get; set; }
            }

            internal static class Uses
            {
                internal static object Options()
                {
                    var tools = new AgentToolbox().Add(new Files());
                    var options = new AgentRunSettings { MissingTools = AgentMissingTools.Skip };
                    options.ModelIds["sonnet"] = "claude-sonnet-4-5";
                    return BackendDeveloperAgent.CreateChatOptions(tools, options);
                }
            }
        }
        """;

    // Both frameworks' namespaces (and DI's and the host's) imported beside the generated one: no generated name may clash
    // with theirs. A tool class with services in its constructor, created from a container by generated code.
    private const string AgentConsumer = """
        namespace Consumer
        {
            using Microsoft.Agents.AI;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;
            using Sample.Agents;

            internal sealed class Archive
            {
                public Archive() { }

                public Archive(System.IServiceProvider services, Microsoft.Extensions.Logging.ILogger<Archive> logger, [FromKeyedServices("archive")] System.IO.TextWriter writer, int retries = 3, Priority priority = Priority.High, [FromKeyedServices("audit")] System.IO.TextWriter audit = null, System.IFormatProvider culture = null) { }

                [AgentGen.AgentToolImplementation("archive_file")]
                public string ArchiveFile(string path) { return path; }
            }

            internal static class Registration
            {
                internal static bool Register(IServiceCollection services, System.IServiceProvider provider)
                {
                    AgentServicesBuilder builder = services.AddAgents(AgentCatalog.All, s => s.DetailedErrors = true, ServiceLifetime.Scoped)
                        .AddTools((sp, tools) => tools.AddMcpServer("github", new AITool[0]))
                        .Configure(s => s.ChatMiddleware = b => b.UseLogging())
                        .ValidateOnStart();
                    provider.ValidateAgents();
                    return builder.Services != null && AgentTurnLimit.Reached(new AgentResponse()) && AgentTurnLimit.FinishReason.Length > 0;
                }
            }

            internal static class Run
            {
                internal static object Agent(Microsoft.Extensions.AI.IChatClient client)
                {
                    AgentRunSettings settings = new AgentRunSettings { MissingTools = AgentMissingTools.Skip, MaxSubAgentDepth = 2 };
                    AgentDefinition definition = AgentCatalog.Get("backend-developer");
                    ChatOptions options = definition.CreateChatOptions(new AgentToolbox(), settings);
                    AIAgent agent = AgentCatalog.CreateAIAgent("backend-developer", client, new AgentToolbox().Add(new Files()), settings, null, null);
                    return agent ?? (object)options ?? BackendDeveloperAgent.CreateAIAgent(client, new AgentToolbox());
                }
            }
        }
        """;

    private static IEnumerable<AgentFile> Agents() => new[] { Seeds.AgentFile("004") with { Namespace = null } }.Concat(Fixtures.Runtime());

    public static IEnumerable<object[]> Versions() =>
        new[] { LanguageVersion.CSharp7_3, LanguageVersion.CSharp10, LanguageVersion.Latest }
            .SelectMany(v => v >= LanguageVersion.CSharp8
                ? new[] { new object[] { v, NullableContextOptions.Enable }, new object[] { v, NullableContextOptions.Disable } }
                : new[] { new object[] { v, NullableContextOptions.Disable } });

    // Shapes only newer C# has: positional records, init-only and required members, a record struct.
    private const string ModernTools = """
        namespace Consumer
        {
            internal sealed record Ticket(string Title, int Priority = 2)
            {
                public required string Owner { get; init; }
                public string? Area { get; init; } = "general";
                public System.Collections.Generic.List<string> Labels { get; set; } = new();
            }

            internal readonly record struct Estimate(double Hours, bool Confident);

            internal static class Tickets
            {
                [AgentGen.AgentToolImplementation("read_file")]
                internal static Estimate Estimate(Ticket ticket, Estimate? previous) => new(ticket.Priority, previous is null);
            }
        }
        """;

    [Fact]
    public void RecordsInitAndRequiredMembersBindWithoutWarnings()
    {
        var run = GeneratorHarness.RunOnce(Agents(), new HarnessOptions { LanguageVersion = LanguageVersion.Latest, Nullable = NullableContextOptions.Enable, ExtraReferences = AiReferences.ChatOnly, Source = ModernTools }).AssertCompilesCleanly();
        var toolbox = run.Source("AgentGen.AgentToolbox.g.cs");
        // Area, init-only with an initial value, keeps it when the JSON leaves it out; Owner, required, is always set.
        Assert.Contains("var initial = has3 ? default(global::Consumer.Ticket) : new global::Consumer.Ticket(has0 ? v0 : default(string), has1 ? v1 : (int)(2)) { Owner = v2 };", toolbox, System.StringComparison.Ordinal);
        Assert.Contains("var value = new global::Consumer.Ticket(has0 ? v0 : default(string), has1 ? v1 : (int)(2)) { Owner = v2, Area = has3 ? v3 : initial.Area };", toolbox, System.StringComparison.Ordinal);
        Assert.Contains("if (has4) value.Labels = v4;", toolbox, System.StringComparison.Ordinal);
    }

    // Shapes that trip naive generated code: keywords as names, closed generics, nested types, enum aliases and flags,
    // ulong enums, defaults of every literal kind, jagged arrays, dictionaries of lists, inheritance and hiding.
    private const string AwkwardTools = """
        namespace Consumer
        {
            internal static class Outer
            {
                internal sealed class Page<T> { public System.Collections.Generic.List<T> Items { get; set; } = new(); public int @class { get; set; } }
                internal sealed record Item(string @event, Outer.Level @default = Outer.Level.Mid);
                internal enum Level { Low, Mid, Medium = Mid, @int }
                [System.Flags] internal enum Access : ulong { None = 0, Read = 1, Write = 2, All = ulong.MaxValue }
                internal readonly struct Point { public Point(int x, int y) { X = x; Y = y; } public int X { get; } public int Y { get; } }
                internal class Base { public string Name { get; set; } = ""; public virtual int Size { get; set; } }
                internal sealed class Derived : Base { public new string Name { get; set; } = ""; public override int Size { get; set; } }
                internal enum Mode { Fast, [System.Obsolete] Legacy }
                internal sealed class Legacy { [System.Obsolete("serializers only")] public Legacy() { } [System.Obsolete] public Mode Mode { get; set; } }
                internal sealed class Signed
                {
                    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers] public Signed(string by) { By = by; }
                    public required string By { get; init; }
                    public int Count { get; init; } = 3;
                }
            }

            internal static class AwkwardTools
            {
                [AgentGen.AgentToolImplementation("read_file")]
                internal static Outer.Page<Outer.Item> Read(
                    Outer.Page<Outer.Item> page, int[][] grid, System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<Outer.Level?>> levels,
                    Outer.Point? point, Outer.Derived derived, Outer.Access access = Outer.Access.Read | Outer.Access.Write, char mark = '\'', float ratio = 0.5f,
                    double limit = double.PositiveInfinity, decimal price = 1.25m, long big = -9000000000L, string? note = "say \"hi\"\n", Outer.Level level = Outer.Level.Medium)
                    => page;

                [AgentGen.AgentToolImplementation("write_file")]
                internal static Outer.Legacy Write(Outer.Legacy legacy, Outer.Signed signed,
                    [System.Runtime.InteropServices.Optional, System.Runtime.CompilerServices.DateTimeConstant(638000000000000000)] System.DateTime since, Outer.Mode mode = Outer.Mode.Fast)
                    => legacy;
            }
        }
        """;

    [Fact]
    public void AwkwardShapesBindWithoutWarnings()
    {
        var run = GeneratorHarness.RunOnce(Agents(), new HarnessOptions { LanguageVersion = LanguageVersion.Latest, Nullable = NullableContextOptions.Enable, ExtraReferences = AiReferences.ChatOnly, Source = AwkwardTools }).AssertCompilesCleanly();
        var toolbox = run.Source("AgentGen.AgentToolbox.g.cs");
        Assert.Contains("value.@class", toolbox, System.StringComparison.Ordinal);
        Assert.Contains("new global::System.DateTime(638000000000000000L", toolbox, System.StringComparison.Ordinal);
        Assert.Contains("new int[json.GetArrayLength()][]", toolbox, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AMethodWhoseTypesDoNotResolveYetIsNotBound()
    {
        // While the user types: the compiler reports the missing type; the toolbox must not add errors of its own.
        const string source = "namespace Consumer { internal static class T { [AgentGen.AgentToolImplementation(\"read_file\")] internal static string R(NotWrittenYet value) => null; } }";
        var run = GeneratorHarness.RunOnce(Agents(), new HarnessOptions { ExtraReferences = AiReferences.ChatOnly, Source = source });
        Assert.DoesNotContain("read_file", run.Source("AgentGen.AgentToolbox.g.cs"), System.StringComparison.Ordinal);
        Assert.All(run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), d => Assert.Equal("CS0246", d.Id));
    }

    [Fact]
    public void WithoutThePackagesNoLayerIsEmitted()
    {
        var run = GeneratorHarness.RunOnce(Agents()).AssertCompilesCleanly();
        Assert.DoesNotContain(run.Sources.Keys, hint => ChatHints.Contains(hint) || hint == "AgentGen.AgentLayer.g.cs");
        Assert.DoesNotContain("CreateChatOptions", run.Source("Agent.Sample.Agents.BackendDeveloperAgent.g.cs"), System.StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void WithTheAbstractionsTheChatLayerCompiles(LanguageVersion version, NullableContextOptions nullable)
    {
        var run = GeneratorHarness.RunOnce(Agents(), new HarnessOptions { LanguageVersion = version, Nullable = nullable, ExtraReferences = AiReferences.ChatOnly, Source = ChatConsumer }).AssertCompilesCleanly();
        Assert.All(ChatHints, hint => Assert.Contains(hint, run.Sources.Keys));
        Assert.DoesNotContain("AgentGen.AgentLayer.g.cs", run.Sources.Keys);
        Assert.DoesNotContain("CreateAIAgent", run.Source("Agent.Sample.Agents.BackendDeveloperAgent.g.cs"), System.StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void WithTheAgentFrameworkTheAgentLayerCompiles(LanguageVersion version, NullableContextOptions nullable)
    {
        var run = GeneratorHarness.RunOnce(Agents(), new HarnessOptions { LanguageVersion = version, Nullable = nullable, ExtraReferences = AiReferences.Hosting, Source = ChatConsumer + AgentConsumer, Properties = new Dictionary<string, string> { ["AgentGenVisibility"] = "public" } }).AssertCompilesCleanly();
        Assert.Contains("AgentGen.AgentLayer.g.cs", run.Sources.Keys);
        Assert.Contains("AgentGen.ServicesLayer.g.cs", run.Sources.Keys);
        Assert.Contains("AgentGen.HostingLayer.g.cs", run.Sources.Keys);
        var toolbox = run.Source("AgentGen.AgentToolbox.g.cs");
        Assert.Contains("Add(\"read_file\", new global::Sample.Agents.AgentToolFunction(\"read_file\", \"Reads a file.\", \"{\\\"type\\\":\\\"object\\\",\\\"properties\\\":{\\\"path\\\":{\\\"type\\\":\\\"string\\\"},\\\"maxLines\\\":{\\\"type\\\":\\\"integer\\\"}},\\\"required\\\":[\\\"path\\\"]}\", (arguments, cancellationToken) => AgentToolCalls.Call", toolbox, System.StringComparison.Ordinal);
        Assert.DoesNotContain("System.Reflection", toolbox, System.StringComparison.Ordinal);
        Assert.Contains("internal AgentToolbox Add(global::Consumer.Files implementations)", toolbox, System.StringComparison.Ordinal);
        // The longest constructor, called with services: optional ones fall back to their defaults, keyed ones by key.
        Assert.Contains("new global::Consumer.Archive(s, global::Sample.Agents.AgentToolClasses.Required<global::Microsoft.Extensions.Logging.ILogger<global::Consumer.Archive>>(s, \"Consumer.Archive\", \"ILogger<Archive>\"), global::Sample.Agents.AgentToolClasses.Keyed<global::System.IO.TextWriter>(s, \"archive\", \"Consumer.Archive\", \"TextWriter\"), global::Sample.Agents.AgentToolClasses.Optional<int>(s, (int)(3)), global::Sample.Agents.AgentToolClasses.Optional<global::Consumer.Priority>(s, (global::Consumer.Priority)(1)), global::Sample.Agents.AgentToolClasses.KeyedOptional<global::System.IO.TextWriter>(s, \"audit\", default(global::System.IO.TextWriter)), global::Sample.Agents.AgentToolClasses.Optional<global::System.IFormatProvider>(s, default(global::System.IFormatProvider)))", toolbox, System.StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutDependencyInjectionNoServicesLayerIsEmitted()
    {
        var run = GeneratorHarness.RunOnce(Agents(), new HarnessOptions { ExtraReferences = AiReferences.Agents.Where(r => !(r.Display ?? string.Empty).Contains("DependencyInjection", System.StringComparison.Ordinal)).ToList(), Source = ChatConsumer }).AssertCompilesCleanly();
        Assert.Contains("AgentGen.AgentLayer.g.cs", run.Sources.Keys);
        Assert.DoesNotContain("AgentGen.ServicesLayer.g.cs", run.Sources.Keys);
        Assert.DoesNotContain("FromServices", run.Source("AgentGen.AgentToolbox.g.cs"), System.StringComparison.Ordinal);
    }
}
