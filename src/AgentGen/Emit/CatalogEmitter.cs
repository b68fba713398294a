using System.Linq;
using AgentGen.Model;

namespace AgentGen.Emit;

/// <summary>
/// Emits one <c>AgentCatalog</c> per namespace that holds agents (and always one in the shared namespace): a property
/// per agent, <c>All</c>, <c>Names</c>, <c>TryGet</c> and <c>Get</c> over an <c>AgentCatalogTable</c>, and a <c>Create</c>
/// switch that builds an agent from its class's constants (no reflection: the same under NativeAOT, trimming and the JIT).
/// Only the classes' constants are named here, so a prompt edit changes no text here.
/// </summary>
internal static class CatalogEmitter
{
    public static string Emit(CatalogModel model)
    {
        var s = model.Settings;
        var definition = s.Shared("AgentDefinition");
        var table = s.Shared("AgentCatalogTable");
        var agents = model.Agents.OrderBy(a => a.Key.Name, System.StringComparer.Ordinal).ThenBy(a => a.Key.SourcePath, System.StringComparer.Ordinal).ToList();
        var w = GeneratedFile.Start(s, model.Namespace);
        w.Summary($"The agents of namespace {model.Namespace}, generated from agent files: look them up by name or use them as typed properties.");
        w.Line(GeneratedFile.Attribute);
        w.Open($"{s.Visibility} static partial class AgentCatalog");
        w.Line($"private static readonly {table} Table = new {table}(new string[] {{ {string.Join(", ", agents.Select(a => Qualified(model.Namespace, a.ClassName) + ".Name"))} }}, Create);");
        w.Line();
        for (var i = 0; i < agents.Count; i++)
        {
            var agent = agents[i];
            w.DocXml("summary", $"The agent <c>{CSharpText.XmlDoc(agent.Key.Name)}</c> (<see cref=\"{agent.ClassName}\"/>).");
            w.Line($"public static {definition} {agent.CatalogProperty} {{ get {{ return Table[{i}]; }} }}");
            w.Line();
        }

        w.Summary("Every agent of this namespace, sorted by name; each is created when first read.");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{definition}> All {{ get {{ return Table; }} }}");
        w.Line();
        w.Summary("The names of the agents of this namespace, sorted.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> Names { get { return Table.Names; } }");
        w.Line();
        var attribute = s.NullableAnnotations ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;
        w.Summary("Finds an agent by name (exact, case-sensitive), allocating nothing.");
        w.Line("/// <param name=\"name\">The agent's name, such as code-reviewer.</param>");
        w.Line("/// <param name=\"definition\">The agent, when found.</param>");
        w.Line("/// <returns>True when an agent of that name exists.</returns>");
        w.Line($"public static bool TryGet({s.Nullable("string")} name, {attribute}out {s.Nullable(definition)} definition) {{ return Table.TryGet(name, out definition); }}");
        w.Line();
        w.Summary("Gets an agent by name.");
        w.Line("/// <param name=\"name\">The agent's name.</param>");
        w.Line("/// <returns>The agent.</returns>");
        w.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No agent has that name; the message lists the known names.</exception>");
        w.Line($"public static {definition} Get(string name) {{ return Table.Get(name); }}");
        w.Line();
        if (s.Ai >= AiLayers.Agents)
        {
            AgentFactoryText.Document(w, "The named agent as an Agent Framework agent, its sub-agents from this catalog (see AgentDefinition.CreateAIAgent).", byName: true);
            w.Line($"public static global::Microsoft.Agents.AI.AIAgent CreateAIAgent(string name, {AgentFactoryText.Parameters(s)}) {{ return Table.Get(name).CreateAIAgent(chatClient, tools, Table, {AgentFactoryText.Arguments}); }}");
            w.Line();
        }

        // A switch rather than a table of delegates: one method to compile, and only the agent asked for is touched.
        w.Open($"private static {definition} Create(int index)");
        w.Open("switch (index)");
        for (var i = 0; i < agents.Count; i++)
        {
            var type = Qualified(model.Namespace, agents[i].ClassName);
            w.Line($"case {i}: return new {definition}({type}.Name, {type}.Description, {type}.Prompt, {type}.SettingsJson);");
        }

        w.Line("default: throw new global::System.ArgumentOutOfRangeException(\"index\");");
        w.Close();
        w.Close();
        w.Close();
        return GeneratedFile.End(w);
    }

    private static string Qualified(string ns, string className) => "global::" + ns + "." + className;
}
