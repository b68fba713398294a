using AgentGen.Schema;

namespace AgentGen.Model;

/// <summary>
/// One usable skill or command, as the generator needs it: plain strings and value-equal lists, so that its classes are
/// emitted again only when its file changes.
/// </summary>
/// <param name="Kind">A skill or a command.</param>
/// <param name="SourcePath">The file, relative to the project.</param>
/// <param name="Name">How it is invoked: a skill's declared name or folder, a command's file name.</param>
/// <param name="Description">The description; a command without one takes its body's first line.</param>
/// <param name="Instructions">The body.</param>
/// <param name="ArgumentHint">The argument-hint, or null.</param>
/// <param name="ArgumentNames">The names of the positional arguments, in order: the <c>arguments</c> key's, else the ones
/// the argument-hint names plainly; empty when neither names them.</param>
/// <param name="SettingsJson">Every key but name and description, as the generated <c>SkillDefinition</c> reads them (see <see cref="Generation.SettingsJsonWriter"/>).</param>
/// <remarks>SourcePath uses '/' separators (as every relative path AgentGen keeps).</remarks>
internal sealed record SkillSpec(
    DocumentKinds Kind,
    string SourcePath,
    string Name,
    string Description,
    string Instructions,
    string? ArgumentHint,
    EquatableArray<string> ArgumentNames,
    string SettingsJson)
{
    /// <summary>The text files of the skill's folder (references, scripts), embedded with it; empty for a command.</summary>
    public EquatableArray<SkillResourceSpec> Resources { get; init; } = EquatableArray<SkillResourceSpec>.Empty;

    /// <summary>The concrete tools its allowed-tools name (base names, sorted): members of the AgentTool enum too.</summary>
    public EquatableArray<string> NamedTools { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The skill's folder, relative to the project, with a trailing '/'.</summary>
    public string Folder => SourcePath.Substring(0, SourcePath.LastIndexOf('/') + 1);
}

/// <summary>A text file of a skill's folder: its path relative to the project ('/' separators) and its text (LF).</summary>
internal sealed record SkillResourceSpec(string Path, string Content);

/// <summary>Where one skill or command sits: its file, its class and its index in the catalog (no text: editing a body changes none).</summary>
internal sealed record SkillKey(DocumentKinds Kind, string SourcePath, string Name, string ClassName, int Index);

/// <summary>
/// Every skill's place, in catalog order, equal by its keys; looked up by file in constant time, so that giving each of
/// n skills its place costs n lookups, not n scans.
/// </summary>
internal sealed class SkillKeyTable : System.IEquatable<SkillKeyTable>
{
    private System.Collections.Generic.Dictionary<(DocumentKinds, string), SkillKey>? _byFile;

    public SkillKeyTable(EquatableArray<SkillKey> keys) => Keys = keys;

    public EquatableArray<SkillKey> Keys { get; }

    /// <summary>The place of the skill or command of that kind at that path.</summary>
    public SkillKey Of(DocumentKinds kind, string sourcePath) =>
        (_byFile ??= System.Linq.Enumerable.ToDictionary(Keys, k => (k.Kind, k.SourcePath)))[(kind, sourcePath)];

    public bool Equals(SkillKeyTable? other) => other is not null && Keys.Equals(other.Keys);

    public override bool Equals(object? obj) => Equals(obj as SkillKeyTable);

    public override int GetHashCode() => Keys.GetHashCode();
}

/// <summary>The catalog's input: each skill's settings without its text (a body edit leaves it equal), in catalog order.</summary>
internal sealed record SkillCatalogModel(EquatableArray<SkillSpec> Entries, EquatableArray<SkillKey> Keys, EmitSettings Settings);

/// <summary>One usable document of the project: an agent or a skill (a command is a skill without a folder), never both.</summary>
internal sealed record DocumentSpec(AgentSpec? Agent, SkillSpec? Skill, SkillResourceSpec? Resource = null)
{
    /// <summary>The tools the document names, for the AgentTool enum: an agent's tools, a skill's allowed-tools.</summary>
    public EquatableArray<string> NamedTools => Agent?.NamedTools ?? Skill?.NamedTools ?? EquatableArray<string>.Empty;
}
