namespace AgentGen.Configuration;

/// <summary>
/// The MSBuild properties and item metadata AgentGen reads (build/AgentGen.props makes them compiler-visible).
/// </summary>
internal static class MSBuildNames
{
    public const string PropertyPrefix = "build_property.";
    public const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    public const string RootNamespace = "RootNamespace";
    public const string ProjectDir = "ProjectDir";
    public const string Namespace = "AgentGenNamespace";
    public const string Visibility = "AgentGenVisibility";
    /// <summary>AgentGenExtraTools with ',' separators (set by AgentGen.targets; ';' would start an .editorconfig comment).</summary>
    public const string ExtraTools = "AgentGenExtraToolList";
    public const string MaxFileSize = "AgentGenMaxFileSize";

    /// <summary>AgentGenModelIds (alias=id pairs) with ',' separators (set by AgentGen.targets, like the extra tools).</summary>
    public const string ModelIds = "AgentGenModelIdList";

    /// <summary>'false' stops AgentGen emitting NotNullWhenAttribute where the framework lacks it (when PolySharp or another polyfill provides it).</summary>
    public const string EmitPolyfills = "AgentGenEmitPolyfills";

    /// <summary>Item metadata that marks an AdditionalFiles item as an agent file (set from @(AgentFile) by AgentGen.targets).</summary>
    public const string IsAgentFile = "AgentGenIsAgentFile";

    /// <summary>Item metadata that marks an AdditionalFiles item as a skill (<c>skill</c>, from @(SkillFile)) or a slash
    /// command (<c>command</c>, from @(CommandFile)).</summary>
    public const string Kind = "AgentGenKind";

    /// <summary>Per-file namespace override (the <c>Namespace</c> metadata of an <c>AgentFile</c> item).</summary>
    public const string FileNamespace = "AgentGenNamespace";

    /// <summary>The file's folder under the agents directory (<c>%(RecursiveDir)</c> of the default items), e.g. <c>studio/</c>.</summary>
    public const string FileFolder = "AgentGenFolder";

    /// <summary>'false' keeps agents of subfolders in the project's agent namespace instead of a sub-namespace per folder.</summary>
    public const string FolderNamespaces = "AgentGenFolderNamespaces";
}
