namespace NativeApp;

public enum Channel
{
    Web,
    Mobile,
}

/// <summary>What to release: read through the record's constructor, with a settable property.</summary>
public sealed record Order(string Sku, int Quantity)
{
    public List<string>? Tags { get; set; }
}

public sealed record Plan(string Summary, DateTimeOffset Ready, List<Step> Steps);

public sealed class Step
{
    public string Title { get; set; } = string.Empty;

    public Channel Channel { get; set; }

    public decimal Cost { get; set; }
}

/// <summary>Tools of every kind of value the generated binding handles, as a NativeAOT app uses them.</summary>
public sealed class ReleaseTools
{
    /// <summary>Plans a release of an order on some channels.</summary>
    [AgentGen.AgentToolImplementation("plan_release")]
    public async Task<Plan> PlanRelease(Order order, List<Channel> channels, DateTime due, Guid id, bool dryRun, double[] weights, IServiceProvider? services, CancellationToken cancellationToken, int retries = 2)
    {
        await Task.Delay(1, cancellationToken);
        var steps = channels.Select((c, i) => new Step { Title = $"ship {order.Sku} x{order.Quantity} ({string.Join("/", order.Tags ?? new List<string>())})", Channel = c, Cost = (decimal)weights[i] * 10m }).ToList();
        return new Plan($"{id:N} dry={dryRun} retries={retries} services={(services is null ? "none" : "some")}", new DateTimeOffset(due, TimeSpan.Zero).AddDays(1), steps);
    }

    /// <summary>Counts the items, on one channel or all.</summary>
    [AgentGen.AgentToolImplementation("count_items")]
    public static int CountItems(string[] items, Channel? channel = null) => items.Length * (channel == Channel.Mobile ? 10 : 1);
}
