using AgentGen.Model;
using AgentGen.Schema;

namespace AgentGen.Emit;

/// <summary>
/// Emits, once per compilation, the shared types that follow the format table: the value enums and the format's part of
/// <c>AgentDefinition</c> (the fixed run-time code is <see cref="RuntimeSources"/>). They depend only on
/// <see cref="EmitSettings"/>, so editing agent files never re-emits them.
/// </summary>
internal static class SharedTypesEmitter
{
    public const string HintName = "AgentGen.SharedTypes.g.cs";

    public const string NotNullWhenHintName = "AgentGen.NotNullWhenAttribute.g.cs";

    public static string Emit(EmitSettings s)
    {
        var writer = GeneratedFile.Start(s, s.SharedNamespace);
        foreach (var set in AgentSchema.ValueSets)
        {
            ValueEnumsEmitter.Write(writer, set, s);
            writer.Line();
        }

        DefinitionSettingsEmitter.Write(writer, s);
        return GeneratedFile.End(writer);
    }

    /// <summary>
    /// TryGet's <c>[NotNullWhen(true)]</c> is missing on netstandard2.0 and older frameworks: where nullable annotations
    /// are on and the attribute is not accessible, an internal copy is emitted (the compiler matches it by name).
    /// </summary>
    public static string? EmitNotNullWhenPolyfill(EmitSettings s)
    {
        if (!s.NeedsNotNullWhenPolyfill)
        {
            return null;
        }

        var writer = GeneratedFile.Start(s, "System.Diagnostics.CodeAnalysis");
        writer.Summary("Polyfill of NotNullWhenAttribute for target frameworks that lack it, emitted by AgentGen.");
        writer.Line(GeneratedFile.Attribute);
        writer.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Parameter, Inherited = false)]");
        writer.Open("internal sealed class NotNullWhenAttribute : global::System.Attribute");
        writer.Summary("Initializes the attribute with the return value at which the parameter is not null.");
        writer.Line("/// <param name=\"returnValue\">The return value at which the parameter is not null.</param>");
        writer.Line("public NotNullWhenAttribute(bool returnValue) { ReturnValue = returnValue; }");
        writer.Line();
        writer.Summary("The return value at which the parameter is not null.");
        writer.Line("public bool ReturnValue { get; }");
        writer.Close();
        return GeneratedFile.End(writer);
    }
}
