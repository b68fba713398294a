using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace AgentGen.Schema;

/// <summary>
/// The allowed values of a <see cref="ValueShape.Choice"/> key and the enum generated for them. A set may allow other
/// values (<c>model</c> takes any full model id): those map to <see cref="OtherMember"/>.
/// </summary>
internal sealed class ValueSet
{
    public ValueSet(string enumName, string summary, string what, IEnumerable<AllowedValue> values, string? otherMember = null, string? otherDoc = null, string? absentMember = null)
    {
        EnumName = enumName;
        Summary = summary;
        What = what;
        Values = values.ToImmutableArray();
        OtherMember = otherMember;
        OtherDoc = otherDoc;
        AbsentMember = absentMember;
    }

    /// <summary>The generated enum: <c>AgentPermissionMode</c>.</summary>
    public string EnumName { get; }

    /// <summary>The enum's XML doc summary.</summary>
    public string Summary { get; }

    /// <summary>What a value is, for messages: "permission mode".</summary>
    public string What { get; }

    public ImmutableArray<AllowedValue> Values { get; }

    /// <summary>The member for values outside the set when the set allows them (<c>Custom</c> for full model ids), else null.</summary>
    public string? OtherMember { get; }

    public string? OtherDoc { get; }

    /// <summary>The member for an absent key when absence has a meaning (<c>Inherit</c> for <c>model</c>), else null (the property is nullable).</summary>
    public string? AbsentMember { get; }

    /// <summary>Canonical spellings, for messages and did-you-mean.</summary>
    public IEnumerable<string> Spellings => Values.Select(v => v.Value);

    /// <summary>The value a spelling means, through aliases; null when outside the set.</summary>
    public AllowedValue? Find(string text)
    {
        foreach (var value in Values)
        {
            if (value.Value == text || value.Aliases.Contains(text))
            {
                return value;
            }
        }

        return null;
    }
}
