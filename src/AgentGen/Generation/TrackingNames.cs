namespace AgentGen.Generation;

/// <summary>Names of the pipeline's steps, for incremental-caching tests (GeneratorRunResult.TrackedSteps).</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string EmitSettings = nameof(EmitSettings);
    public const string Documents = nameof(Documents);
    public const string Agents = nameof(Agents);
    public const string Skills = nameof(Skills);
    public const string SkillKeys = nameof(SkillKeys);
    public const string SkillOutputs = nameof(SkillOutputs);
    public const string SkillCatalog = nameof(SkillCatalog);
    public const string AgentKeys = nameof(AgentKeys);
    public const string Identities = nameof(Identities);
    public const string NamedTools = nameof(NamedTools);
    public const string ToolSet = nameof(ToolSet);
    public const string AgentOutputs = nameof(AgentOutputs);
    public const string Catalogs = nameof(Catalogs);
    public const string ToolImplementations = nameof(ToolImplementations);
    public const string Toolbox = nameof(Toolbox);
}
