using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using AgentGen.Tests.Infrastructure;
using Xunit;

namespace AgentGen.Tests.Runtime;

/// <summary>
/// Definitions are created when first read, one by one: on a freshly compiled and loaded assembly (this assembly's own
/// agents are shared by every test, so their state says nothing), the catalog's table is inspected after each access.
/// </summary>
public sealed class LazyCatalogTests
{
    [Fact]
    public void FirstAccessOfOneAgentCreatesThatAgentOnly()
    {
        var files = Enumerable.Range(0, 20).Select(i => AgentFile.Named($"a{i:D2}.md", Fixtures.Minimal($"a{i:D2}")));
        var run = GeneratorHarness.RunOnce(files).AssertCompilesCleanly();
        using var stream = new MemoryStream();
        Assert.True(run.Output.Emit(stream).Success);
        var context = new AssemblyLoadContext("lazy", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(stream.ToArray()));
            var catalog = assembly.GetType("Sample.Agents.AgentCatalog")!;
            var table = catalog.GetField("Table", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
            var created = (Array)table.GetType().GetField("_definitions", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(table)!;
            int Created() => created.Cast<object?>().Count(d => d is not null);

            var all = catalog.GetProperty("All")!.GetValue(null)!;
            Assert.Same(table, all);
            Assert.Equal(20, (int)table.GetType().GetProperty("Count")!.GetValue(all)!);
            Assert.Equal(0, Created()); // All.Count creates nothing

            var definition = assembly.GetType("Sample.Agents.A07Agent")!.GetProperty("Definition")!.GetValue(null)!;
            Assert.Equal("a07", definition.GetType().GetProperty("Name")!.GetValue(definition));
            Assert.Equal(1, Created());
            Assert.Same(definition, created.GetValue(7));

            var args = new object?[] { "a13", null };
            Assert.True((bool)catalog.GetMethod("TryGet")!.Invoke(null, args)!);
            Assert.Equal(2, Created()); // a lookup by name creates the agent it finds, not the others
            Assert.Same(args[1], created.GetValue(13));

            args[0] = "a99";
            Assert.False((bool)catalog.GetMethod("TryGet")!.Invoke(null, args)!);
            Assert.Null(args[1]);
            Assert.Equal(2, Created());
        }
        finally
        {
            context.Unload();
        }
    }
}
