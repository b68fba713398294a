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
