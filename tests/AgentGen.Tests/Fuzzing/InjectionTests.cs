using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using AgentGen.Parsing;
using AgentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AgentGen.Tests.Fuzzing;

/// <summary>
/// Values crafted to break out of string literals, verbatim and raw strings, XML doc comments, identifiers, directives
/// and hint names. The output must compile, declare nothing beyond the generated API (checked on the compilation's
/// symbols), and carry every value unchanged (checked by loading the compiled assembly).
/// </summary>
public sealed class InjectionTests
{
    public static readonly string[] Payloads =
    {
        "\"; } public static class Evil { } //",
        "\\\"; class Evil {} //",
        "*/ class Evil { } /*",
        "</summary><summary>evil</summary>",
        "<![CDATA[ ]]> &amp; &#x0; <see cref=\"Evil\"/>",
        "line\n#error injected\nclass Evil {}",
        "line\r\n#define EVIL\r\n",
        "sep\u2028#error after LS\u2029#error after PS\u0085#error after NEL",
        "@\"verbatim \"\" end",
        "\"\"\" raw \"\"\"",
        "{0} {{1}} $\"{Evil()}\"",
        "\\u0022 \\x22 \\",
        "nul\0char",
        "bidi \u202Eevil\u202C and \u200B zero width",
        "tab\there",
        "😀 emoji and 日本語",
        "' single ' quotes '",
        "// comment",
        "global::System.Environment.Exit(1);",
    };

    [Fact]
    public void CraftedValuesCompileAndDeclareOnlyTheApi()
    {
        var files = Payloads.Select((payload, i) => AgentFile.Named($"inj{i}.md", AgentWith(payload, i))).ToList();
        var run = GeneratorHarness.RunOnce(files).AssertCompilesCleanly();
        var generated = files.Where(f => AgentFileParser.Parse(f.Text).IsUsable).ToList();
        Assert.Equal(Payloads.Length, generated.Count);

        var types = SourceTypes(run.Output.Assembly.GlobalNamespace).ToList();
        var shared = new[] { "AgentDefinition", "AgentMcpServer", "AgentCatalogTable", "AgentToolEntries", "AgentJsonReader", "AgentTool", "AgentTools", "AgentCatalog", "AgentPromptTemplate", "AgentPromptValuesMissingException", "AgentExample", "AgentExamples", "SkillDefinition", "SkillResource", "SkillCatalog" }
            .Concat(AgentGen.Schema.AgentSchema.ValueSets.Select(v => v.EnumName)).ToArray();
        var agentClasses = types.Where(t => t.ContainingNamespace.ToDisplayString() == "Sample.Agents" && !shared.Contains(t.Name)).ToList();
        Assert.All(types, t => Assert.True(
            t.ToDisplayString() is "Consumer.Placeholder" or "AgentGen.AgentToolImplementationAttribute" || (t.ContainingNamespace.ToDisplayString() == "Sample.Agents" && (shared.Contains(t.Name) || t.Name.EndsWith("Agent", StringComparison.Ordinal) || char.IsDigit(t.Name[t.Name.Length - 1]))),
            "unexpected type " + t.ToDisplayString()));
        Assert.Equal(Payloads.Length, agentClasses.Count);
        Assert.All(agentClasses, c => Assert.Equal(AgentMembers, c.GetMembers().Where(m => m.CanBeReferencedByName && m.DeclaredAccessibility == Accessibility.Public).Select(m => m.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal)));
        Assert.Empty(agentClasses.SelectMany(c => c.GetTypeMembers()));
    }

    [Fact]
    public void CraftedValuesRoundTripUnchanged()
    {
        var files = Payloads.Select((payload, i) => AgentFile.Named($"inj{i}.md", AgentWith(payload, i))).ToList();
        var run = GeneratorHarness.RunOnce(files).AssertCompilesCleanly();
        using var stream = new MemoryStream();
        Assert.True(run.Output.Emit(stream).Success);
        var context = new AssemblyLoadContext("injection", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(stream.ToArray()));
            var catalog = assembly.GetType("Sample.Agents.AgentCatalog")!;
            var all = ((System.Collections.IEnumerable)catalog.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
            for (var i = 0; i < Payloads.Length; i++)
            {
                var payload = Payloads[i];
                var agent = all.Single(a => (string)Get(a, "Name") == NameFor(payload, i));
                Assert.Equal(payload, Get(a: agent, "Description"));
                Assert.Equal("Prompt: " + payload.Replace("\r\n", "\n") + "\n", Get(agent, "Prompt")); // the body has CRLF normalised to LF
                Assert.Equal(payload, Get(agent, "InitialPrompt"));
                Assert.Equal(new[] { "Read", "mcp__srv__" + i }, (IEnumerable<string>)Get(agent, "Tools"));
                Assert.Equal(new[] { payload }, (IEnumerable<string>)Get(agent, "Skills"));
                var metadata = (IReadOnlyDictionary<string, string>)Get(agent, "Metadata");
                Assert.Equal(payload, metadata["x-" + i]);
            }
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void CraftedToolNamesBecomeValidEnumMembers()
    {
        var tools = string.Join(", ", Payloads.Select(p => Yaml(p.Replace(",", string.Empty).Replace("(", string.Empty))));
        var file = AgentFile.Named("tools.md", $"---\nname: tools\ndescription: d\ntools: [{tools}]\n---\nbody\n");
        var run = GeneratorHarness.RunOnce(new[] { file }).AssertCompilesCleanly();

        // Every crafted name is an AgentTool member of its own, and maps back to exactly that name at run time.
        var names = Payloads.Select(p => p.Replace(",", string.Empty).Replace("(", string.Empty).Trim()).Distinct().ToList();
        var tool = run.Output.GetTypeByMetadataName("Sample.Agents.AgentTool")!;
        Assert.Equal(AgentGen.Schema.ToolNames.BuiltIn.Count() + names.Count, tool.GetMembers().OfType<IFieldSymbol>().Count(f => f.HasConstantValue));
        using var stream = new MemoryStream();
        Assert.True(run.Output.Emit(stream).Success);
        var context = new AssemblyLoadContext("tools", isCollectible: true);
        try
        {
            var mapping = context.LoadFromStream(new MemoryStream(stream.ToArray())).GetType("Sample.Agents.AgentTools")!;
            foreach (var name in names)
            {
                var arguments = new object?[] { name, null };
                Assert.True((bool)mapping.GetMethod("TryParse")!.Invoke(null, arguments)!, name);
                Assert.Equal(name, mapping.GetMethod("ToToolName")!.Invoke(null, new[] { arguments[1] }));
            }
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>An agent class's public API: its three constants, its definition and CanUse; the rest is on the definition.</summary>
    private static readonly string[] AgentMembers = new[]
    {
        "CanUse", "Definition", "Description", "Name", "Prompt",
    }.OrderBy(n => n, StringComparer.Ordinal).ToArray();

    private static object Get(object a, string property) => a.GetType().GetProperty(property)!.GetValue(a)!;

    private static string NameFor(string payload, int i) => i % 2 == 0 ? payload : "inj-" + i;

    private static string AgentWith(string payload, int i) =>
        $"---\nname: {Yaml(NameFor(payload, i))}\ndescription: {Yaml(payload)}\ntools: Read, mcp__srv__{i}\nskills: [{Yaml(payload)}]\n" +
        $"initialPrompt: {Yaml(payload)}\nhooks:\n  {Yaml(payload)}: [{Yaml(payload)}]\nx-{i}: {Yaml(payload)}\n---\nPrompt: {payload}\n";

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="value"/>.</summary>
    public static string Yaml(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < 0x20 || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF' => "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static IEnumerable<INamedTypeSymbol> SourceTypes(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol child)
            {
                foreach (var type in SourceTypes(child))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type && type.Locations.Any(l => l.IsInSource))
            {
                yield return type;
            }
        }
    }
}
