namespace AgentGen.Tests.Infrastructure;

/// <summary>An agent file for a test run: its path, its text and an optional per-file namespace; or, with a
/// <see cref="Kind"/>, a skill or command file (the <c>AgentGenKind</c> metadata of SkillFile and CommandFile items).</summary>
public sealed record AgentFile(string Path, string Text, string? Namespace = null, string? Folder = null, string? Kind = null)
{
    public static AgentFile Named(string fileName, string text, string? ns = null) => new("/project/.claude/agents/" + fileName, text, ns);

    /// <summary>A skill: <c>.claude/skills/{folder}/SKILL.md</c>.</summary>
    public static AgentFile Skill(string folder, string text) => new($"/project/.claude/skills/{folder}/SKILL.md", text, Kind: "skill");

    /// <summary>Another file of a skill's folder: <c>.claude/skills/{folder}/{relativePath}</c>.</summary>
    public static AgentFile Resource(string folder, string relativePath, string text) => new($"/project/.claude/skills/{folder}/{relativePath}", text, Kind: "skill-resource");

    /// <summary>A slash command: <c>.claude/commands/{relativePath}</c>.</summary>
    public static AgentFile Command(string relativePath, string text) => new("/project/.claude/commands/" + relativePath, text, Kind: "command");
}
