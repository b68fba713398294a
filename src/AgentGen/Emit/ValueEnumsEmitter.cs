using AgentGen.Model;
using AgentGen.Schema;

namespace AgentGen.Emit;

/// <summary>The enums of the frontmatter's value sets (<see cref="AgentSchema.ValueSets"/>): one member per allowed value.</summary>
internal static class ValueEnumsEmitter
{
    public static void Write(SourceWriter writer, ValueSet set, EmitSettings settings)
    {
        writer.DocXml("summary", set.Summary);
        writer.Line(GeneratedFile.Attribute);
        writer.Open($"{settings.Visibility} enum {set.EnumName}");
        var first = true;
        foreach (var value in set.Values)
        {
            Member(writer, value.Member, value.Doc, ref first);
        }

        if (set.OtherMember is { } other)
        {
            Member(writer, other, set.OtherDoc ?? string.Empty, ref first);
        }

        writer.Close();
    }

    private static void Member(SourceWriter writer, string name, string doc, ref bool first)
    {
        if (!first)
        {
            writer.Line();
        }

        first = false;
        writer.Summary(doc);
        writer.Line(name + ",");
    }
}
