using System.Collections.Generic;
using System.Linq;
using AgentGen.Configuration;
using AgentGen.Model;

namespace AgentGen.Emit;

/// <summary>
/// The project's part of the chat layer: the <c>AgentToolbox</c> members that bind the methods marked
/// <c>[AgentToolImplementation]</c> (static ones in the constructor, instance ones in an <c>Add</c> overload per class) as
/// functions bound at compile time (see <see cref="ToolCallsEmitter"/>), and
/// the <c>AgentRunSettings</c> members from the project's settings (AgentGenModelIds) and the format (the model aliases).
/// </summary>
internal static class ToolboxEmitter
{
    public const string HintName = "AgentGen.AgentToolbox.g.cs";

    public static string Emit(ToolboxModel model)
    {
        var s = model.Settings;
        var implementations = Bindable(model.Implementations);
        var calls = new ToolCallsEmitter(implementations, s);
        var w = GeneratedFile.Start(s, s.SharedNamespace);
        w.Line(GeneratedFile.Attribute);
        w.Open($"{s.Visibility} sealed partial class AgentToolbox");
        var statics = implementations.Where(i => i.IsStatic).ToList();
        w.Summary("Creates a toolbox with this project's static tool implementations" + (statics.Count == 0 ? " (none yet)." : ": " + string.Join(", ", statics.Select(i => i.ToolName)) + "."));
        w.Open("public AgentToolbox()");
        foreach (var implementation in statics)
        {
            w.Line(calls.AddLine(implementation, implementations.IndexOf(implementation), null));
        }

        w.Close();
        foreach (var group in implementations.Where(i => !i.IsStatic).GroupBy(i => i.ContainingType))
        {
            w.Line();
            w.DocXml("summary", $"Adds the tools implemented by the instance methods of <see cref=\"{group.Key}\"/>: {CSharpText.XmlDoc(string.Join(", ", group.Select(i => i.ToolName)))}.");
            w.Line("/// <param name=\"implementations\">The instance whose marked methods run the tools.</param>");
            w.Line("/// <returns>This toolbox.</returns>");
            // An internal class cannot appear in a public member's signature: the overload is as visible as both.
            var visibility = s.IsPublic && group.All(i => i.IsPublicType) ? "public" : "internal";
            w.Open($"{visibility} AgentToolbox Add({group.Key} implementations)");
            w.Line("if (implementations == null) throw new global::System.ArgumentNullException(\"implementations\");");
            foreach (var implementation in group)
            {
                w.Line(calls.AddLine(implementation, implementations.IndexOf(implementation), "implementations"));
            }

            w.Line("return this;");
            w.Close();
        }

        if (s.Ai >= AiLayers.Services)
        {
            WriteFromServices(w, implementations.Where(i => !i.IsStatic).GroupBy(i => i.ContainingType).ToList(), s);
        }

        w.Line();
        w.Summary("The tools this project implements with [AgentToolImplementation], static and instance, sorted.");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<string> ImplementedTools {{ get; }} = new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(new string[] {{ {string.Join(", ", implementations.Select(i => CSharpText.Literal(i.ToolName)))} }});");
        w.Close();
        w.Line();
        calls.Emit(w, implementations, s.NullableAnnotations);
        w.Line();
        WriteRunOptions(w, model);
        return GeneratedFile.End(w);
    }

    /// <summary>The implementations the toolbox binds: sorted, and the first of each tool name (two for one name is AGEN028).</summary>
    private static List<ToolImplementation> Bindable(EquatableArray<ToolImplementation> implementations) =>
        implementations
            .OrderBy(i => i.ToolName, System.StringComparer.Ordinal)
            .ThenBy(i => i.ContainingType, System.StringComparer.Ordinal)
            .ThenBy(i => i.MethodName, System.StringComparer.Ordinal)
            .GroupBy(i => i.ToolName, System.StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();

    /// <summary>
    /// How a container builds an agent's toolbox: the static tools, and each tool class the agent may use (one of whose
    /// tools it may use), the registered instance or one created by a constructor call written here.
    /// </summary>
    private static void WriteFromServices(SourceWriter w, List<IGrouping<string, ToolImplementation>> classes, EmitSettings s)
    {
        var agent = s.Shared("AgentDefinition");
        var helpers = s.Shared("AgentToolClasses");
        w.Line();
        if (s.NullableAnnotations)
        {
            // Constructor parameters are the app's, annotated or not: a null default is passed as it is written.
            w.Line("#nullable disable");
        }

        w.Summary("The toolbox of an agent built from a container: the static tools, and the tool classes it may use, registered or created with their constructor's services.");
        w.Open($"internal static AgentToolbox FromServices(global::System.IServiceProvider services, {agent} agent)");
        w.Line("var toolbox = new AgentToolbox();");
        for (var k = 0; k < classes.Count; k++)
        {
            w.Line($"if ({Uses(classes[k])}) toolbox.Add(CreateToolClass{k}(services));");
        }

        w.Line("return toolbox;");
        w.Close();
        w.Line();
        w.Summary("The tool classes an agent may use, with the services their constructors take: for start-up validation.");
        w.Open($"internal static global::System.Collections.Generic.IEnumerable<{s.Shared("AgentToolClass")}> ToolClassesOf({agent} agent)");
        foreach (var group in classes)
        {
            var services = group.First().Constructor?.Parameters.Where(p => p.ServiceKey is null && p.Type != "global::System.IServiceProvider").Select(p => $"typeof({p.Type})") ?? Enumerable.Empty<string>();
            w.Line($"if ({Uses(group)}) yield return new {s.Shared("AgentToolClass")}(typeof({group.Key}), {CSharpText.Literal(DisplayName(group.Key))}, new global::System.Type[] {{ {string.Join(", ", services)} }});");
        }

        w.Line("yield break;");
        w.Close();
        for (var k = 0; k < classes.Count; k++)
        {
            var type = classes[k].Key;
            var name = CSharpText.Literal(DisplayName(type));
            var constructor = classes[k].First().Constructor;
            var create = constructor is null
                ? $"{helpers}.Unconstructible<{type}>({name})"
                : $"new {type}({string.Join(", ", constructor.Parameters.Select(p => ServiceArgument(p, helpers, name)))})";
            w.Line();
            w.Open($"private static {type} CreateToolClass{k}(global::System.IServiceProvider services)");
            w.Line($"return {helpers}.Get<{type}>(services, s => {create});");
            w.Close();
        }

        if (s.NullableAnnotations)
        {
            w.Line("#nullable restore");
        }
    }

    private static string Uses(IGrouping<string, ToolImplementation> group) =>
        string.Join(" || ", group.Select(i => $"agent.CanUse({CSharpText.Literal(i.ToolName)})"));

    private static string ServiceArgument(ServiceParameter parameter, string helpers, string toolClass)
    {
        var display = CSharpText.Literal(parameter.DisplayType);
        if (parameter.Type == "global::System.IServiceProvider")
        {
            return "s";
        }

        if (parameter.ServiceKey is { } key)
        {
            return parameter.DefaultValue is { } keyedFallback
                ? $"{helpers}.KeyedOptional<{parameter.Type}>(s, {key}, {keyedFallback})"
                : $"{helpers}.Keyed<{parameter.Type}>(s, {key}, {toolClass}, {display})";
        }

        return parameter.DefaultValue is { } fallback
            ? $"{helpers}.Optional<{parameter.Type}>(s, {fallback})"
            : $"{helpers}.Required<{parameter.Type}>(s, {toolClass}, {display})";
    }

    /// <summary>A fully qualified type as a message names it: without global::.</summary>
    private static string DisplayName(string fullyQualified) =>
        fullyQualified.StartsWith("global::", System.StringComparison.Ordinal) ? fullyQualified.Substring("global::".Length) : fullyQualified;

    private static void WriteRunOptions(SourceWriter w, ToolboxModel model)
    {
        var s = model.Settings;
        var pair = "global::System.Collections.Generic.KeyValuePair<string, string>";
        w.Open($"{s.Visibility} sealed partial class AgentRunSettings");
        w.Summary("The model ids of the MSBuild property AgentGenModelIds (alias=id;...): the initial ModelIds of new options.");
        var entries = string.Join(", ", model.ModelIds.Select(e => $"new {pair}({CSharpText.Literal(e.Alias)}, {CSharpText.Literal(e.Id)})"));
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{pair}> ConfiguredModelIds {{ get; }} = new global::System.Collections.ObjectModel.ReadOnlyCollection<{pair}>(new {pair}[] {{ {entries} }});");
        w.Close();
    }
}
