using System.Collections.Immutable;

namespace AgentGen.Schema;

/// <summary>One frontmatter key of the agent format: everything AgentGen knows about it, in one place.</summary>
internal sealed class KeySpec
{
    public KeySpec(string key, ValueShape shape, string since, string property, string doc)
    {
        Key = key;
        Shape = shape;
        Since = since;
        Property = property;
        Doc = doc;
    }

    /// <summary>The key as written in agent files: <c>permissionMode</c>.</summary>
    public string Key { get; }

    public ValueShape Shape { get; }

    /// <summary>The Claude Code release that introduced the key ("≤x" when only a release that already documents it is known).</summary>
    public string Since { get; }

    /// <summary>The property of the generated <c>AgentDefinition</c>: <c>PermissionMode</c>.</summary>
    public string Property { get; }

    /// <summary>One sentence: the property's XML doc and the docs table's description.</summary>
    public string Doc { get; }

    /// <summary>The doc of a key agents share with skills, as SkillDefinition's property says it (else <see cref="Doc"/>).</summary>
    public string? SkillDoc { get; init; }

    /// <summary>The column of the table: the document kinds that have this key (agents only, unless said).</summary>
    public DocumentKinds Kinds { get; init; } = DocumentKinds.Agent;

    /// <summary>The kinds in which a document without this key is unusable.</summary>
    public DocumentKinds RequiredIn { get; init; }

    /// <summary>Required in agent files (the generated definition's constructor takes it, settings JSON leaves it out).</summary>
    public bool Required => (RequiredIn & DocumentKinds.Agent) != 0;

    /// <summary>For a list: an absent key means "everything" (no <c>tools</c> key inherits every tool), so the property is null then, not empty.</summary>
    public bool AbsentMeansAll { get; init; }

    /// <summary>A key of the Agent Skills standard that Claude Code does not read (license, compatibility, metadata): a value
    /// of the wrong type is AGEN055, a warning, since Claude Code loads the skill anyway; elsewhere it is AGEN005, an error.</summary>
    public bool StandardOnly { get; init; }

    /// <summary>For a boolean: an absent key means true (<c>user-invocable</c>), so the property starts true.</summary>
    public bool AbsentMeansTrue { get; init; }

    /// <summary>The allowed values of a <see cref="ValueShape.Choice"/> key.</summary>
    public ValueSet? Values { get; init; }

    /// <summary>Spellings seen in real files for this key (<c>allowed-tools</c> for <c>tools</c>), beyond what edit distance catches.</summary>
    public ImmutableArray<string> Misspellings { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The keys of a <see cref="ValueShape.Mapping"/> value (<c>experimental.cacheTtl</c>).</summary>
    public ImmutableArray<KeySpec> SubKeys { get; init; } = ImmutableArray<KeySpec>.Empty;

    /// <summary>How the value reads in the docs' type column.</summary>
    public string YamlType => Shape switch
    {
        ValueShape.Boolean => "boolean",
        ValueShape.PositiveInteger => "integer",
        ValueShape.ToolList => "string or list",
        ValueShape.TextList or ValueShape.McpServers => "list",
        ValueShape.Hooks or ValueShape.Mapping => "mapping",
        _ => "string",
    };

    public override string ToString() => Key;
}
