using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using YamlDotNet.Serialization;

namespace AgentGen.Benchmarks;

/// <summary>
/// (e) Agent access at run time: the generated registry, compiled and loaded, against loading the same files with
/// YamlDotNet into equivalent objects (what an app does without AgentGen).
/// </summary>
public sealed class RuntimeScenarios : IDisposable
{
    private const string AccessSource = """
        namespace Bench
        {
            public static class Access
            {
                public static int Count() => Bench.Agents.AgentCatalog.All.Count;

                // Every definition created and read, as the YamlDotNet loader creates every agent: the honest comparison
                // for an app that enumerates its agents (Count alone creates none, the definitions being lazy).
                public static int Every()
                {
                    var total = 0;
                    foreach (var agent in Bench.Agents.AgentCatalog.All)
                    {
                        total += agent.Prompt.Length + (agent.Tools == null ? 0 : agent.Tools.Count);
                    }

                    return total;
                }

                public static bool TryGet(string name) => Bench.Agents.AgentCatalog.TryGet(name, out var agent) && agent.Prompt.Length > 0;
            }
        }
        """;

    private readonly byte[] _assembly;
    private readonly byte[] _loader;
    private Type? _loaderType;
    private readonly string _folder;
    private readonly string[] _names;

    public RuntimeScenarios(GeneratorScenarios generator, ImmutableArray<SyntaxTree> generatedTrees)
    {
        var compilation = generator.Compilation
            .AddSyntaxTrees(generatedTrees)
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(AccessSource, new CSharpParseOptions(LanguageVersion.Latest)))
            .WithOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release))
            .WithAssemblyName("Bench" + generator.Count); // one name per size: both sizes load into the default context
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException(string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }

        _assembly = stream.ToArray();
        var loader = CSharpCompilation.Create(
            "Loader" + generator.Count,
            new[] { CSharpSyntaxTree.ParseText(LoaderSource, new CSharpParseOptions(LanguageVersion.Latest)) },
            Basic.Reference.Assemblies.Net100.References.All.Concat(new[] { MetadataReference.CreateFromFile(typeof(Deserializer).Assembly.Location) }),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
        using var loaderStream = new MemoryStream();
        var loaderEmit = loader.Emit(loaderStream);
        if (!loaderEmit.Success)
        {
            throw new InvalidOperationException(string.Join("\n", loaderEmit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }

        _loader = loaderStream.ToArray();
        _folder = Path.Combine(Path.GetTempPath(), "agentgen-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        foreach (var (path, text) in generator.Files)
        {
            File.WriteAllText(Path.Combine(_folder, Path.GetFileName(path)), text);
        }

        _names = generator.Files.Select(f => Path.GetFileNameWithoutExtension(f.Path)).ToArray();
        Count = generator.Count;
    }

    public int Count { get; }

    /// <summary>
    /// Without AgentGen, what an app does: read every file, split the frontmatter, deserialize it with YamlDotNet into
    /// an object per agent, index them by name. Compiled like the generated code, so both can be measured warm (loaded
    /// once) and cold (a fresh load context per run, paying assembly load and JIT like a new process).
    /// </summary>
    private const string LoaderSource = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using YamlDotNet.Serialization;

        namespace Bench
        {
            public sealed record RuntimeAgent(string Name, string Description, string Prompt, string? Model, string[]? Tools);

            public static class Loader
            {
                private static Dictionary<string, RuntimeAgent> _agents = new();

                public static int Load(string folder)
                {
                    var deserializer = new DeserializerBuilder().Build();
                    var agents = new Dictionary<string, RuntimeAgent>(StringComparer.Ordinal);
                    foreach (var file in Directory.GetFiles(folder, "*.md"))
                    {
                        var text = File.ReadAllText(file).Replace("\r\n", "\n");
                        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
                        var frontmatter = deserializer.Deserialize<Dictionary<string, object>>(text.Substring(4, end - 4));
                        var tools = frontmatter.TryGetValue("tools", out var t)
                            ? t is string s ? s.Split(',').Select(x => x.Trim()).ToArray() : ((List<object>)t).Select(x => (string)x).ToArray()
                            : null;
                        var agent = new RuntimeAgent((string)frontmatter["name"], (string)frontmatter["description"], text.Substring(end + 5), frontmatter.TryGetValue("model", out var m) ? (string)m : null, tools);
                        agents[agent.Name] = agent;
                    }

                    _agents = agents;
                    return agents.Count;
                }

                public static bool TryGet(string name) => _agents.TryGetValue(name, out var agent) && agent.Prompt.Length > 0;
            }
        }
        """;

    /// <summary>Without AgentGen, warm: the loader and YamlDotNet already loaded and compiled.</summary>
    public Measurement RuntimeLoad(int iterations)
    {
        var load = LoaderInDefaultContext().GetMethod("Load")!.CreateDelegate<Func<string, int>>();
        return Measure.Simple($"runtime: YamlDotNet load of {Count} files (warm)", 2, iterations, () => Check(load(_folder)));
    }

    /// <summary>Without AgentGen, cold: a fresh load context with YamlDotNet and the loader, then one load.</summary>
    public Measurement RuntimeLoadCold(int iterations) => Measure.Simple($"runtime: YamlDotNet load of {Count} files (cold)", 1, iterations, () =>
    {
        var context = new IsolatedContext(typeof(Deserializer).Assembly.Location);
        var loader = context.LoadFromStream(new MemoryStream(_loader)).GetType("Bench.Loader")!;
        Check((int)loader.GetMethod("Load")!.Invoke(null, new object[] { _folder })!);
        context.Unload();
    });

    private Type LoaderInDefaultContext() => _loaderType ??= AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(_loader)).GetType("Bench.Loader")!;

    private void Check(int count)
    {
        if (count != Count)
        {
            throw new InvalidOperationException($"{count} agents loaded");
        }
    }

    /// <summary>With AgentGen, cold: a fresh load context, the compiled assembly loaded, AgentCatalog.All built on first access.</summary>
    public Measurement GeneratedColdStart(int iterations) => Measure.Simple($"generated: load assembly + AgentCatalog.All ({Count} agents)", 2, iterations, () =>
    {
        var context = new AssemblyLoadContext("cold", isCollectible: true);
        var assembly = context.LoadFromStream(new MemoryStream(_assembly));
        var count = (int)assembly.GetType("Bench.Access")!.GetMethod("Count")!.Invoke(null, null)!;
        if (count != Count)
        {
            throw new InvalidOperationException($"{count} agents");
        }

        context.Unload();
    });

    /// <summary>With AgentGen, cold, touching one agent: only that agent's class is initialised.</summary>
    public Measurement GeneratedColdOneAgent(int iterations) => Measure.Simple($"generated: load assembly + TryGet of one agent ({Count} agents)", 2, iterations, () =>
    {
        var context = new AssemblyLoadContext("one", isCollectible: true);
        var assembly = context.LoadFromStream(new MemoryStream(_assembly));
        if (!(bool)assembly.GetType("Bench.Access")!.GetMethod("TryGet")!.Invoke(null, new object[] { _names[_names.Length / 2] })!)
        {
            throw new InvalidOperationException("not found");
        }

        context.Unload();
    });

    /// <summary>Cold in a new process (see <see cref="ProcessCold"/>): generated <c>All</c> vs loading the files with YamlDotNet.</summary>
    public (Measurement Generated, Measurement Every, Measurement Runtime) NewProcess(int runs)
    {
        var generated = ProcessCold.Save(_assembly, "Bench" + Count);
        var loader = ProcessCold.Save(_loader, "Loader" + Count);
        return (
            ProcessCold.Measure($"new process: generated AgentCatalog.All ({Count} agents)", runs, generated, "Bench.Access", "Count"),
            ProcessCold.Measure($"new process: generated, every definition read ({Count} agents)", runs, generated, "Bench.Access", "Every"),
            ProcessCold.Measure($"new process: YamlDotNet load of {Count} files", runs, loader, "Bench.Loader", "Load", _folder));
    }

    /// <summary>The share of the cold start that is loading the assembly (no agent touched).</summary>
    public Measurement AssemblyLoadOnly(int iterations) => Measure.Simple($"generated: load assembly only ({Count} agents)", 2, iterations, () =>
    {
        var context = new AssemblyLoadContext("load", isCollectible: true);
        GC.KeepAlive(context.LoadFromStream(new MemoryStream(_assembly)).GetType("Bench.Access"));
        context.Unload();
    });

    /// <summary>With AgentGen, warm: AgentCatalog.All and TryGet per call (1,000,000 calls a run).</summary>
    public (Measurement All, Measurement TryGet, Measurement DictionaryLookup) GeneratedWarm()
    {
        var assembly = AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(_assembly));
        var access = assembly.GetType("Bench.Access")!;
        var count = access.GetMethod("Count")!.CreateDelegate<Func<int>>();
        var tryGet = access.GetMethod("TryGet")!.CreateDelegate<Func<string, bool>>();
        const int calls = 1_000_000;
        var names = _names;
        var all = Measure.Simple("generated: AgentCatalog.All (per call)", 3, 15, () =>
        {
            var sum = 0;
            for (var i = 0; i < calls; i++)
            {
                sum += count();
            }

            GC.KeepAlive(sum);
        });
        var lookups = Measure.Simple("generated: AgentCatalog.TryGet (per call)", 3, 15, () =>
        {
            var found = 0;
            for (var i = 0; i < calls; i++)
            {
                found += tryGet(names[i % names.Length]) ? 1 : 0;
            }

            if (found != calls)
            {
                throw new InvalidOperationException("lookup failed");
            }
        });
        var loader = LoaderInDefaultContext();
        ((Func<string, int>)loader.GetMethod("Load")!.CreateDelegate(typeof(Func<string, int>)))(_folder);
        var lookup = loader.GetMethod("TryGet")!.CreateDelegate<Func<string, bool>>();
        var dictionary = Measure.Simple("runtime: Dictionary lookup after loading (per call)", 3, 15, () =>
        {
            var found = 0;
            for (var i = 0; i < calls; i++)
            {
                found += lookup(names[i % names.Length]) ? 1 : 0;
            }

            GC.KeepAlive(found);
        });
        return (PerCall(all, calls), PerCall(lookups, calls), PerCall(dictionary, calls));
    }

    private static Measurement PerCall(Measurement m, int calls) => m with { MedianMilliseconds = m.MedianMilliseconds / calls, MedianBytes = m.MedianBytes / calls };

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

/// <summary>A load context that resolves YamlDotNet from its file, so each cold run loads it anew.</summary>
internal sealed class IsolatedContext : AssemblyLoadContext
{
    private readonly string _yamlDotNet;

    public IsolatedContext(string yamlDotNet)
        : base("cold-runtime", isCollectible: true) => _yamlDotNet = yamlDotNet;

    protected override Assembly? Load(AssemblyName assemblyName) =>
        assemblyName.Name == "YamlDotNet" ? LoadFromAssemblyPath(_yamlDotNet) : null;
}
