using System.Collections.Generic;
using System.Linq;
using AgentGen.Model;

namespace AgentGen.Emit;

/// <summary>
/// Emits one <c>AgentCatalog</c> per namespace that holds agents (and always one in the shared namespace): a
/// property per agent, <c>All</c> sorted by name, and <c>TryGet</c>/<c>Get</c> over a string switch (no allocation).
/// </summary>
internal static class CatalogEmitter
{
    public static string Emit(CatalogModel model)
    {
        var s = model.Settings;
        var definition = s.Shared("AgentDefinition");
        var agents = model.Agents.OrderBy(a => a.Key.Name, System.StringComparer.Ordinal).ThenBy(a => a.Key.SourcePath, System.StringComparer.Ordinal).ToList();
        var w = GeneratedFile.Start(s, model.Namespace);
        w.Summary($"The agents of namespace {model.Namespace}, generated from agent files: look them up by name or use them as typed properties.");
        w.Line(GeneratedFile.Attribute);
        w.Open($"{s.Visibility} static partial class AgentCatalog");
        foreach (var agent in agents)
        {
            w.DocXml("summary", $"The agent <c>{CSharpText.XmlDoc(agent.Key.Name)}</c> (<see cref=\"{agent.ClassName}\"/>).");
            w.Line($"public static {definition} {agent.CatalogProperty} {{ get {{ return {Qualified(model.Namespace, agent.ClassName)}.Definition; }} }}");
            w.Line();
        }

        w.Summary("Every agent of this namespace, sorted by name.");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{definition}> All {{ get; }} = new global::System.Collections.ObjectModel.ReadOnlyCollection<{definition}>(new {definition}[]");
        w.Line("{");
        foreach (var agent in agents)
        {
            w.Line($"    {Qualified(model.Namespace, agent.ClassName)}.Definition,");
        }

        w.Line("});");
        w.Line();
        w.Summary("The names of the agents of this namespace, sorted.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> Names { get; } = new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(new string[]");
        w.Line("{");
        foreach (var name in agents.Select(a => a.Key.Name).Distinct())
        {
            w.Line($"    {CSharpText.Literal(name)},");
        }

        w.Line("});");
        w.Line();
        WriteTryGet(w, s, model.Namespace, agents);
        w.Line();
        WriteGet(w, s);
        w.Close();
        return GeneratedFile.End(w);
    }

    private static void WriteTryGet(SourceWriter w, EmitSettings s, string ns, List<AgentIdentity> agents)
    {
        var definition = s.Shared("AgentDefinition");
        var outType = s.NullableAnnotations ? definition + "?" : definition;
        var attribute = s.NullableAnnotations ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;
        w.Summary("Finds an agent by name (exact, case-sensitive). No allocation: a switch over the names.");
        w.Line("/// <param name=\"name\">The agent's name, such as code-reviewer.</param>");
        w.Line("/// <param name=\"definition\">The agent, when found.</param>");
        w.Line("/// <returns>True when an agent of that name exists.</returns>");
        w.Open($"public static bool TryGet({s.Nullable("string")} name, {attribute}out {outType} definition)");
        w.Open("switch (name)");
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var agent in agents)
        {
            // Two agents with one name (AGEN007) would make duplicate case labels: the first by source path answers.
            if (seen.Add(agent.Key.Name))
            {
                w.Line($"case {CSharpText.Literal(agent.Key.Name)}: definition = {Qualified(ns, agent.ClassName)}.Definition; return true;");
            }
        }

        w.Line("default: definition = null; return false;");
        w.Close();
        w.Close();
    }

    private static void WriteGet(SourceWriter w, EmitSettings s)
    {
        var definition = s.Shared("AgentDefinition");
        var outType = s.NullableAnnotations ? definition + "?" : definition;
                w.Summary("Gets an agent by name.");
        w.Line("/// <param name=\"name\">The agent's name.</param>");
        w.Line("/// <returns>The agent.</returns>");
        w.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No agent has that name; the message lists the known names.</exception>");
        w.Open($"public static {definition} Get(string name)");
        w.Line("if (name == null) throw new global::System.ArgumentNullException(\"name\");");
        w.Line($"{outType} definition;");
        w.Open("if (TryGet(name, out definition))");
        w.Line("return definition;");
        w.Close();
        w.Line();
        w.Line("throw new global::System.Collections.Generic.KeyNotFoundException(\"No agent is named '\" + name + \"'. Known agents: \" + (Names.Count == 0 ? \"(none)\" : string.Join(\", \", Names)) + \".\");");
        w.Close();
    }

    private static string Qualified(string ns, string className) => "global::" + ns + "." + className;
}
