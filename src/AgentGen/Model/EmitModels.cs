namespace AgentGen.Model;

/// <summary>The C# names assigned to one agent: unique and deterministic across the whole project.</summary>
internal readonly record struct AgentIdentity(AgentKey Key, string ClassName, string CatalogProperty, string HintName);

/// <summary>An <c>AgentTool</c> member: the tool's name and its identifier.</summary>
internal readonly record struct ToolMember(string Name, string Identifier);

/// <summary>Settings that shape every generated file (namespace of the shared types, visibility, language features, AI layers).</summary>
internal sealed record EmitSettings(string SharedNamespace, bool IsPublic, bool NullableAnnotations, bool HasNotNullWhen, bool EmitPolyfills = true, AiLayers Ai = AiLayers.None)
{
    /// <summary>
    /// Whether AgentGen emits its own internal NotNullWhenAttribute: nullable annotations are on and the framework lacks
    /// it. With AgentGenEmitPolyfills=false the project provides it (PolySharp does); TryGet uses it either way.
    /// </summary>
    public bool NeedsNotNullWhenPolyfill => NullableAnnotations && !HasNotNullWhen && EmitPolyfills;

    public string Visibility => IsPublic ? "public" : "internal";

    /// <summary>A reference type annotated as nullable where the consumer's language version allows it.</summary>
    public string Nullable(string type) => NullableAnnotations ? type + "?" : type;

    /// <summary>The fully qualified name of a shared generated type.</summary>
    public string Shared(string typeName) => "global::" + SharedNamespace + "." + typeName;
}

/// <summary>Which AI layers the consumer can use, from the packages its compilation references.</summary>
internal enum AiLayers
{
    /// <summary>Neither Microsoft.Extensions.AI.Abstractions nor Microsoft.Agents.AI: only the typed agents.</summary>
    None,

    /// <summary>Microsoft.Extensions.AI.Abstractions: chat options and the toolbox.</summary>
    ChatOptions,

    /// <summary>Microsoft.Agents.AI too: ChatClientAgents with sub-agents.</summary>
    Agents,

    /// <summary>Microsoft.Extensions.DependencyInjection.Abstractions (8 or later, keyed services) too: AddAgents.</summary>
    Services,

    /// <summary>Microsoft.Extensions.Hosting.Abstractions too: validation when the host starts.</summary>
    Hosting,
}

/// <summary>Everything one agent's source file depends on.</summary>
internal sealed record AgentEmitModel(AgentSpec Agent, AgentIdentity Identity, EmitSettings Settings);

/// <summary>One namespace's <c>AgentCatalog</c>: its agents, sorted by name.</summary>
internal sealed record CatalogModel(string Namespace, string HintName, EquatableArray<AgentIdentity> Agents, EmitSettings Settings);

/// <summary>The <c>AgentTool</c> enum: every known and every named tool.</summary>
internal sealed record ToolSetModel(EquatableArray<ToolMember> Members, EmitSettings Settings);
