using System.Collections.Generic;
using System.Linq;
using AgentGen.Generation;
using AgentGen.Parsing;
using AgentGen.Runtime;
using AgentGen.Tests.Fuzzing;
using Xunit;

namespace AgentGen.Tests.RuntimeSources;

/// <summary>The settings JSON the generator writes is read back unchanged by the run-time reader (Runtime/AgentJsonReader.cs).</summary>
public sealed class SettingsJsonRoundTripTests
{
    [Fact]
    public void EveryCraftedValueIsReadBackUnchanged()
    {
        foreach (var payload in InjectionTests.Payloads.Append("\uD83D\uDE00 \u2028 \\ \" \u0001"))
        {
            var yaml = "\"" + payload.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t").Replace("\0", "\\0").Replace("\u0001", "\\x01").Replace("\u2028", "\\L").Replace("\u2029", "\\P").Replace("\u0085", "\\N") + "\"";
            var text = $"---\nname: a\ndescription: b\ntools: [Read, {yaml}]\ninitialPrompt: {yaml}\nteam: {yaml}\nmaxTurns: 7\nbackground: true\nmcpServers:\n  - one\n  - two: {{url: {yaml}}}\n---\nbody";
            var document = AgentFileParser.Parse(text);
            Assert.True(document.IsUsable, payload);
            var json = SettingsJsonWriter.Write(document, "a.md");

            var values = new Dictionary<string, object>();
            var reader = new AgentJsonReader(json);
            while (reader.NextProperty(out var key))
            {
                values[key] = key switch
                {
                    "tools" => reader.ReadStrings(),
                    "maxTurns" => reader.ReadInt32(),
                    "background" => reader.ReadBoolean(),
                    "mcpServers" => AgentMcpServer.ReadList(reader),
                    "$custom" => reader.ReadStringMap(),
                    _ => reader.ReadString(),
                };
            }

            // Tool entries are names: trimmed, as the build reads them.
            Assert.Equal(new[] { "Read", payload.Trim() }, (IEnumerable<string>)values["tools"]);
            Assert.Equal(payload, values["initialPrompt"]);
            Assert.Equal(payload, ((IReadOnlyDictionary<string, string>)values["$custom"])["team"]);
            Assert.Equal(7, values["maxTurns"]);
            Assert.Equal(true, values["background"]);
            Assert.Equal("a.md", values["$source"]);
            var servers = (IReadOnlyList<AgentMcpServer>)values["mcpServers"];
            Assert.Equal(new[] { "one", "two" }, servers.Select(s => s.Name));
            Assert.Null(servers[0].ConfigJson);
            var config = new AgentJsonReader(servers[1].ConfigJson!);
            Assert.True(config.NextProperty(out var urlKey));
            Assert.Equal("url", urlKey);
            Assert.Equal(payload, config.ReadString());
        }
    }
}
