using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AgentGen.Tests.Agents;
using Microsoft.Extensions.AI;
using Xunit;

namespace AgentGen.Tests.AiLayer;

/// <summary>
/// Tool methods are bound at compile time (no reflection, so they run the same under NativeAOT): the schema is written
/// by the generator, arguments are read from the model's JSON into records, enums, lists, dictionaries and built-in
/// values, and results are written back as JSON. Run here on the functions generated into this test assembly.
/// </summary>
public sealed class CompiledToolBindingTests
{
    private static AIFunction Function(string name, ReleaseTools? tools = null)
    {
        Assert.True(new AgentToolbox().Add(tools ?? new ReleaseTools()).TryGet(name, out var tool));
        return (AIFunction)tool;
    }

    /// <summary>Arguments as a model sends them: one JSON object, each value a JsonElement.</summary>
    private static AIFunctionArguments Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new AIFunctionArguments(document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone()));
    }

    private const string Arguments = """
        {
          "order": { "sku": "A-1", "quantity": "2", "TAGS": ["beta"], "follows": { "sku": "A-0" } },
          "channels": ["mobile", "Web"],
          "fallback": null,
          "due": "2026-12-04T10:30:00+01:00",
          "id": "6f9619ff-8b86-d011-b42d-00cf4fc964ff",
          "budget": [1.5, "2.25"],
          "counts": { "a": 1, "b": 20000000000 },
          "window": "01:30:00",
          "note": "first"
        }
        """;

    [Fact]
    public void TheSchemaIsWrittenAtCompileTimeFromTheSignature()
    {
        var function = Function("plan_release");
        Assert.Equal("Plans a release.", function.Description);
        Assert.Null(function.UnderlyingMethod); // nothing to reflect on
        var order = """{"description":"What to ship.","type":"object","properties":{"sku":{"type":"string"},"quantity":{"type":"integer"},"tags":{"type":"array","items":{"type":"string"}},"follows":{"type":"object"},"priority":{"type":"integer"}},"required":["sku"]}""";
        var expected = "{\"type\":\"object\",\"properties\":{"
            + "\"order\":" + order + ","
            + "\"channels\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"Web\",\"Mobile\",\"Desktop\"]}},"
            + "\"fallback\":{\"type\":\"string\",\"enum\":[\"Web\",\"Mobile\",\"Desktop\"]},"
            + "\"due\":{\"type\":\"string\",\"format\":\"date-time\"},"
            + "\"id\":{\"type\":\"string\",\"format\":\"uuid\"},"
            + "\"budget\":{\"type\":\"array\",\"items\":{\"type\":\"number\"}},"
            + "\"counts\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\"}},"
            + "\"window\":{\"type\":\"string\",\"pattern\":\"^-?(\\\\d+\\\\.)?\\\\d{2}:\\\\d{2}:\\\\d{2}(\\\\.\\\\d{1,7})?$\"},"
            + "\"retries\":{\"type\":\"integer\"},"
            + "\"note\":{\"type\":\"string\"}},"
            + "\"required\":[\"order\",\"channels\",\"fallback\",\"due\",\"id\",\"budget\",\"counts\",\"window\"]}";
        Assert.Equal(expected, function.JsonSchema.GetRawText());
    }

    [Fact]
    public async Task ArgumentsAreReadIntoTheParameterTypesAndTheResultIsWrittenAsJson()
    {
        var tools = new ReleaseTools();
        using var cancellation = new CancellationTokenSource();
        var result = await Function("plan_release", tools).InvokeAsync(Json(Arguments), cancellation.Token);

        var order = Assert.IsType<ReleaseOrder>(tools.Received[0]);
        Assert.Equal(("A-1", 2), (order.Sku, order.Quantity)); // a quoted number is read too
        Assert.Equal(new[] { "beta" }, order.Labels); // [JsonPropertyName("tags")], matched ignoring case
        Assert.Equal(new ReleaseOrder("A-0"), order.Follows); // init-only, and the constructor's default quantity
        Assert.Equal(5, order.Priority); // left out: the property's initial value, not default(int)
        Assert.Equal(new[] { Channel.Mobile, Channel.Web }, (IReadOnlyList<Channel>)tools.Received[1]!);
        Assert.Null(tools.Received[2]);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 10, 30, 0, TimeSpan.FromHours(1)), tools.Received[3]);
        Assert.Equal(Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"), tools.Received[4]);
        Assert.Equal(new[] { 1.5m, 2.25m }, (decimal[])tools.Received[5]!);
        Assert.Equal(new Dictionary<string, long> { ["a"] = 1, ["b"] = 20000000000 }, (Dictionary<string, long>)tools.Received[6]!);
        Assert.Equal(TimeSpan.FromMinutes(90), tools.Received[7]);
        Assert.True((bool)tools.Received[9]!); // the call's CancellationToken
        Assert.Equal(3, tools.Received[10]); // left out: the parameter's default
        Assert.Equal("first", tools.Received[11]);

        var json = Assert.IsType<JsonElement>(result).GetRawText();
        Assert.Equal("""{"sku":"A-1","ready":"2026-12-05T10:30:00+01:00","channel":"Mobile","steps":[{"title":"build","done":true,"estimate":null},{"title":"ship","done":false,"estimate":2.5}],"labels":{"team":"core"},"owner":"ops"}""", json);
    }

    [Fact]
    public async Task ServicesComeFromTheArguments()
    {
        var tools = new ReleaseTools();
        var arguments = Json(Arguments);
        var services = new ServiceProviderStub();
        arguments.Services = services;
        await Function("plan_release", tools).InvokeAsync(arguments);
        Assert.Same(services, tools.Received[8]);
    }

    [Fact]
    public async Task DotnetValuesGivenByACallerAreReadLikeJson()
    {
        var arguments = new AIFunctionArguments(new Dictionary<string, object?> { ["text"] = "a\nb", ["options"] = new Dictionary<string, object?> { ["x"] = 1 } });
        Assert.Equal(102, ((JsonElement)(await Function("count_lines").InvokeAsync(arguments))!).GetInt32());
    }

    [Theory]
    [InlineData("""{"quantity":"many"}""", "order.quantity", "The argument 'order.quantity' must be an integer from -2147483648 to 2147483647, but the model gave \"many\".")]
    [InlineData("""{"sku":"A","follows":{"sku":["x"]}}""", "order.follows.sku", "The argument 'order.follows.sku' must be a string, but the model gave [\"x\"].")]
    [InlineData("""[1]""", "order", "The argument 'order' must be an object, but the model gave [1].")]
    public async Task AWrongArgumentNamesWhereItIsAndWhatItShouldBe(string order, string path, string message)
    {
        var json = Arguments.Replace("""{ "sku": "A-1", "quantity": "2", "TAGS": ["beta"], "follows": { "sku": "A-0" } }""", order);
        var error = await Assert.ThrowsAsync<AgentToolArgumentException>(() => Function("plan_release").InvokeAsync(Json(json)).AsTask());
        Assert.Equal((path, message), (error.Path, error.Message));
    }

    [Fact]
    public async Task AMissingRequiredArgumentIsNamed()
    {
        var error = await Assert.ThrowsAsync<AgentToolArgumentException>(() => Function("plan_release").InvokeAsync(Json("""{"order":{"sku":"x"}}""")).AsTask());
        Assert.Equal("The argument 'channels' is missing: it is required.", error.Message);
    }

    [Fact]
    public async Task AnEnumNotInTheListSaysWhichAreAllowed()
    {
        var error = await Assert.ThrowsAsync<AgentToolArgumentException>(() => Function("plan_release").InvokeAsync(Json(Arguments.Replace("\"mobile\"", "\"tv\""))).AsTask());
        Assert.Equal("The argument 'channels[0]' must be one of Web, Mobile, Desktop, but the model gave \"tv\".", error.Message);
    }

    private sealed class ServiceProviderStub : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
