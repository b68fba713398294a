using Microsoft.Extensions.Logging;

namespace NativeApp;

/// <summary>A service of the app: the stock of each product.</summary>
public sealed class Inventory
{
    private readonly Dictionary<string, int> _stock;

    public Inventory(Dictionary<string, int> stock) => _stock = stock;

    public int? Of(string sku) => _stock.TryGetValue(sku, out var count) ? count : null;
}

/// <summary>A tool class with services in its constructor, created from the container by generated code.</summary>
public sealed class StockTools
{
    private readonly Inventory _inventory;
    private readonly ILogger<StockTools> _logger;

    public StockTools(Inventory inventory, ILogger<StockTools> logger)
    {
        _inventory = inventory;
        _logger = logger;
    }

    /// <summary>How many of a product are in stock.</summary>
    [AgentGen.AgentToolImplementation("stock_level")]
    public int StockLevel(string sku)
    {
        _logger.LogDebug("stock of {Sku} asked", sku);
        return _inventory.Of(sku) ?? throw new InvalidOperationException("no stock record for " + sku);
    }
}

/// <summary>Prints what agents log, one line each: a logger as small as the app's console one, without its options.</summary>
public sealed class LineLoggerProvider : ILoggerProvider
{
    private readonly List<string> _lines;

    public LineLoggerProvider(List<string> lines) => _lines = lines;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, List<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => category == "AgentGen.Agents";

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lines.Add($"{logLevel} {eventId.Name}: {formatter(state, exception)}{(exception is null ? "" : " [" + exception.GetType().Name + "]")}");
            }
        }
    }
}
