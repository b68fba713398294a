using System.Collections.Immutable;

namespace AgentGen.Schema;

/// <summary>One value of a <see cref="ValueSet"/>: as written in files, as an enum member, and the other spellings that mean it.</summary>
internal sealed class AllowedValue
{
    public AllowedValue(string value, string member, string doc, params string[] aliases)
    {
        Value = value;
        Member = member;
        Doc = doc;
        Aliases = aliases.ToImmutableArray();
    }

    /// <summary>The canonical spelling in agent files: <c>acceptEdits</c>.</summary>
    public string Value { get; }

    /// <summary>The generated enum member: <c>AcceptEdits</c>.</summary>
    public string Member { get; }

    /// <summary>One sentence for the enum member's XML doc and the docs table.</summary>
    public string Doc { get; }

    /// <summary>Other spellings Claude Code accepts for the same value (<c>manual</c> for <c>default</c>).</summary>
    public ImmutableArray<string> Aliases { get; }
}
