namespace AgentGen.Schema;

/// <summary>
/// The kinds of document AgentGen reads, which share the input path, the parser and the key table: the table's column
/// says which kinds have a key (<see cref="KeySpec.Kinds"/>), and a document is read as exactly one kind.
/// </summary>
[System.Flags]
internal enum DocumentKinds
{
    /// <summary>An agent file (<c>.claude/agents/*.md</c>).</summary>
    Agent = 1,

    /// <summary>A skill (<c>.claude/skills/&lt;name&gt;/SKILL.md</c>).</summary>
    Skill = 2,

    /// <summary>A slash command (<c>.claude/commands/**/*.md</c>): a skill without a folder.</summary>
    Command = 4,
}
