using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace AgentGen.Tests.AiLayer;

/// <summary>A tool with every kind of value the compile-time binding reads and writes (CompiledToolBindingTests).</summary>
public sealed class ReleaseTools
{
    public List<object?> Received { get; } = new();

    /// <summary>Plans a release.</summary>
    [AgentGen.AgentToolImplementation("plan_release")]
    public async Task<ReleasePlan> PlanRelease(
        [Description("What to ship.")] ReleaseOrder order,
        IReadOnlyList<Channel> channels,
        Channel? fallback,
        DateTimeOffset due,
        Guid id,
        decimal[] budget,
        Dictionary<string, long> counts,
        TimeSpan window,
        IServiceProvider? services,
        CancellationToken cancellationToken,
        int retries = 3,
        string? note = null)
    {
        await Task.Yield();
        Received.AddRange(new object?[] { order, channels, fallback, due, id, budget, counts, window, services, cancellationToken.CanBeCanceled, retries, note });
        return new ReleasePlan(order.Sku, due.AddDays(1), channels.Count > 0 ? channels[0] : Channel.Web)
        {
            Steps = new List<ReleaseStep> { new() { Title = "build", Done = true }, new() { Title = "ship", Estimate = 2.5 } },
            Labels = new Dictionary<string, string> { ["team"] = "core" },
        };
    }

    /// <summary>Counts the lines of a text.</summary>
    [AgentGen.AgentToolImplementation("count_lines")]
    public int CountLines(string text, JsonElement options) => text.Split('\n').Length + (options.ValueKind == JsonValueKind.Object ? 100 : 0);
}

public enum Channel
{
    Web,
    Mobile,
    Desktop,
}

/// <summary>A positional record: read through its constructor.</summary>
public sealed record ReleaseOrder(string Sku, int Quantity = 1)
{
    [JsonPropertyName("tags")]
    public List<string>? Labels { get; set; }

    public ReleaseOrder? Follows { get; init; }

    /// <summary>Init-only with an initial value: kept when the JSON leaves it out.</summary>
    public int Priority { get; init; } = 5;
}

/// <summary>A base type: its properties are the derived type's too.</summary>
public abstract record PlanBase
{
    public string Owner { get; set; } = "ops";
}

public sealed record ReleasePlan(string Sku, DateTimeOffset Ready, Channel Channel) : PlanBase
{
    public List<ReleaseStep> Steps { get; init; } = new();

    public Dictionary<string, string>? Labels { get; set; }

    [JsonIgnore]
    public string Secret => "never written";
}

public struct ReleaseStep
{
    public string Title { get; set; }

    public bool Done { get; set; }

    public double? Estimate { get; set; }
}
