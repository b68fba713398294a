using System;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using AgentGen.Schema;
using AgentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AgentGen.Tests.Schema;

/// <summary>
/// Everything derived from the format table agrees with it: the generated enums and AgentDefinition properties, the
/// run-time mapping of every spelling (aliases included), and the docs' key table. Adding a key or an alias is one edit
/// to AgentSchema; this test then says what else to regenerate (the docs table is rewritten with AGENTGEN_ACCEPT_SNAPSHOTS=1).
/// </summary>
public sealed class SchemaAgreementTests
{
    private const string KeysStart = "<!-- keys: generated from src/AgentGen/Schema/AgentSchema.cs by SchemaAgreementTests -->";
    private const string KeysEnd = "<!-- end of keys -->";
    private const string HooksStart = "<!-- hooks: generated from src/AgentGen/Schema/HookSchema.cs by SchemaAgreementTests -->";
    private const string HooksEnd = "<!-- end of hooks -->";

    private static readonly GeneratorRun Run = GeneratorHarness.RunOnce(Array.Empty<AgentFile>()).AssertCompilesCleanly();

    [Fact]
    public void GeneratedEnumsHaveOneMemberPerAllowedValue()
    {
        foreach (var set in AgentSchema.ValueSets)
        {
            var type = Run.Output.GetTypeByMetadataName("Sample.Agents." + set.EnumName);
            Assert.True(type is { TypeKind: TypeKind.Enum }, set.EnumName);
            var expected = set.Values.Select(v => v.Member).Concat(set.OtherMember is null ? Array.Empty<string>() : new[] { set.OtherMember });
            Assert.Equal(expected, type!.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => f.Name));
        }
    }

    [Fact]
    public void DefinitionHasAPropertyPerKey()
    {
        var definition = Run.Output.GetTypeByMetadataName("Sample.Agents.AgentDefinition")!;
        var properties = definition.GetMembers().OfType<IPropertySymbol>().Where(p => p.DeclaredAccessibility == Accessibility.Public).Select(p => p.Name).ToHashSet();
        foreach (var key in AgentSchema.Keys.SelectMany(k => k.SubKeys.Add(k)))
        {
            Assert.Contains(key.Property, properties);
            if (key.Values?.OtherMember is not null)
            {
                Assert.Contains(key.Property + "Kind", properties);
            }
        }
    }

    [Fact]
    public void EverySpellingMapsToItsMemberAtRunTime()
    {
        var cases = AgentSchema.Keys.SelectMany(k => k.SubKeys.Select(s => (Key: s, Parent: (KeySpec?)k)).Prepend((Key: k, Parent: (KeySpec?)null)))
            .Where(c => c.Key.Values is not null)
            .SelectMany(c => c.Key.Values!.Values.SelectMany(v => v.Aliases.Insert(0, v.Value).Select(spelling => (c.Key, c.Parent, Spelling: spelling, v.Member))))
            .ToList();
        var files = cases.Select((c, i) => AgentFile.Named($"v{i}.md",
            $"---\nname: v{i}\ndescription: d\n" + (c.Parent is null ? $"{c.Key.Key}: '{c.Spelling}'\n" : $"{c.Parent.Key}:\n  {c.Key.Key}: '{c.Spelling}'\n") + "---\nbody\n")).ToList();
        var run = GeneratorHarness.RunOnce(files).AssertCompilesCleanly();
        using var stream = new MemoryStream();
        Assert.True(run.Output.Emit(stream).Success);
        var context = new AssemblyLoadContext("values", isCollectible: true);
        try
        {
            var catalog = context.LoadFromStream(new MemoryStream(stream.ToArray())).GetType("Sample.Agents.AgentCatalog")!;
            var get = catalog.GetMethod("Get")!;
            for (var i = 0; i < cases.Count; i++)
            {
                var definition = get.Invoke(null, new object[] { $"v{i}" })!;
                var property = cases[i].Key.Property + (cases[i].Key.Values!.OtherMember is null ? string.Empty : "Kind");
                var value = definition.GetType().GetProperty(property)!.GetValue(definition);
                Assert.Equal(cases[i].Member, value?.ToString());
            }
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void DocsKeyTableIsTheSchema()
    {
        Section(KeysStart, KeysEnd, SchemaTables.Keys());
        Section(HooksStart, HooksEnd, SchemaTables.HookEvents());
    }

    /// <summary>The text between two markers of docs/agent-format.md must be <paramref name="expected"/> (rewritten when accepting snapshots).</summary>
    private static void Section(string start, string end, string expected)
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "docs", "agent-format.md");
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"docs/agent-format.md has no section between '{start}' and '{end}'");
        var actual = text.Substring(from + start.Length + 1, to - from - start.Length - 1);
        if (actual != expected && Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) == "1")
        {
            File.WriteAllText(path, text.Substring(0, from + start.Length + 1) + expected + text.Substring(to));
            return;
        }

        Assert.True(actual == expected, $"docs/agent-format.md does not match the schema; regenerate it with {Snapshot.AcceptVariable}=1. Expected:\n{expected}");
    }
}
