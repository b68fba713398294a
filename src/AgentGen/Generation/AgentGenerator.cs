using System.Collections.Immutable;
using System.Linq;
using AgentGen.Configuration;
using AgentGen.Emit;
using AgentGen.Implementations;
using AgentGen.Input;
using AgentGen.Model;
using AgentGen.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AgentGen.Generation;

/// <summary>
/// Turns agent files (AdditionalFiles marked by AgentGen's MSBuild targets) into typed C#: a static class per agent,
/// an <c>AgentCatalog</c> per namespace, the <c>AgentTool</c> enum and the shared types.
/// </summary>
/// <remarks>
/// Every stage's output is value-equatable, so editing a .cs file re-emits nothing, and editing one agent file
/// re-emits that agent's class only (the catalog and tool enum only when names or tools change). The generator
/// reports no diagnostics: invalid files are skipped and <see cref="Diagnostics.AgentFileAnalyzer"/> explains why.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class AgentGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The tool attribute must exist before the compilation is read, so that marked methods bind to it.
        context.RegisterPostInitializationOutput(static post => post.AddSource(ToolImplementationAttribute.HintName, RuntimeSources.AttributeSource()));

        var options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => AgentGenOptions.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);
        var settings = EmitSettingsOf(context, options);
        var documents = Documents(context);
        var agents = documents
            .Where(static document => document.Agent is not null)
            .Select(static (document, _) => document.Agent!)
            .WithTrackingName(TrackingNames.Agents);
        var identities = agents
            .Select((agent, _) => agent.Key)
            .WithTrackingName(TrackingNames.AgentKeys)
            .Collect()
            .Select((keys, _) => IdentifierAssigner.Assign(keys))
            .WithTrackingName(TrackingNames.Identities);

        RegisterSharedTypes(context, settings);
        RegisterToolEnum(context, documents, options, settings);
        RegisterToolbox(context, ToolImplementations(context), options, settings);
        RegisterAgents(context, agents, identities, settings);
        RegisterSkills(context, documents, settings);
    }

    /// <summary>
    /// The skills and commands (SkillFile and CommandFile items), from the documents node. Each one's class
    /// depends on its own file and on the key table (names and places, no text), so editing one skill's body re-emits that
    /// skill's class only; the catalog depends on each skill's file and kind, not on its text or keys. The catalog is
    /// emitted without skills too: the agent layer looks skills up.
    /// </summary>
    private static void RegisterSkills(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<DocumentSpec> documents, IncrementalValueProvider<EmitSettings> settings)
    {
        var resources = documents
            .Where(static document => document.Resource is not null)
            .Select(static (document, _) => document.Resource!)
            .Collect()
            .Select(static (all, _) => all.OrderBy(r => r.Path, System.StringComparer.Ordinal).ToEquatableArray());
        // Each skill with the text files of its folder: a resource edit re-emits its own skill only.
        var skills = documents
            .Where(static document => document.Skill is not null)
            .Select(static (document, _) => document.Skill!)
            .Combine(resources)
            .Select(static (input, _) => input.Left.Kind == Schema.DocumentKinds.Skill
                ? input.Left with { Resources = input.Right.Where(r => r.Path.StartsWith(input.Left.Folder, System.StringComparison.Ordinal)).ToEquatableArray() }
                : input.Left)
            .WithTrackingName(TrackingNames.Skills);
        var keys = skills
            .Select(static (skill, _) => (skill.Kind, skill.SourcePath, skill.Name))
            .Collect()
            .Select(static (all, _) => new SkillKeyTable(SkillEmitter.Keys(all)))
            .WithTrackingName(TrackingNames.SkillKeys);
        context.RegisterSourceOutput(skills.Combine(keys).Combine(settings).WithTrackingName(TrackingNames.SkillOutputs), static (spc, input) =>
        {
            var ((skill, table), s) = input;
            var key = table.Of(skill.Kind, skill.SourcePath);
            spc.AddSource(SkillEmitter.HintName(key.ClassName), SkillEmitter.EmitClass(skill, key.ClassName, key.Index, s));
        });

        var entries = skills
            .Select(static (skill, _) => skill with
            {
                // What the catalog's text depends on: the file, its kind and whether it has resources (its constants are
                // the class's), so that editing a body or a key leaves the catalog as it is.
                Description = string.Empty,
                Instructions = string.Empty,
                ArgumentHint = null,
                ArgumentNames = EquatableArray<string>.Empty,
                SettingsJson = string.Empty,
                NamedTools = EquatableArray<string>.Empty,
                Resources = skill.Resources.Select(r => r with { Content = string.Empty }).ToEquatableArray(),
            })
            .Collect()
            .Select(static (all, _) => all.OrderBy(e => e.SourcePath, System.StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.SkillCatalog);
        context.RegisterSourceOutput(entries.Combine(keys).Combine(settings), static (spc, input) =>
            spc.AddSource(SkillEmitter.CatalogHintName, SkillEmitter.EmitCatalog(new SkillCatalogModel(input.Left.Left, input.Left.Right.Keys, input.Right))));
    }

    /// <summary>What shapes every file: the project's options, the language version, and what the references allow.</summary>
    private static IncrementalValueProvider<EmitSettings> EmitSettingsOf(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<AgentGenOptions> options)
    {
        var nullable = context.ParseOptionsProvider
            .Select((parse, _) => parse is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp8);

        // One node reads the Compilation (it re-runs on every edit), and only a bool and an enum leave it: whether
        // NotNullWhenAttribute can be used (absent on netstandard2.0), and which AI layers the referenced packages allow.
        var references = context.CompilationProvider
            .Select((compilation, _) => (
                NotNullWhen: compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute") is { } type
                    && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly),
                Ai: AiLayerDetector.Detect(compilation)));

        return options.Combine(nullable).Combine(references)
            .Select((input, _) =>
            {
                var ((o, nullableAnnotations), (hasNotNullWhen, ai)) = input;
                return new EmitSettings(o.Namespace, o.IsPublic, nullableAnnotations, hasNotNullWhen, o.EmitPolyfills, ai);
            })
            .WithTrackingName(TrackingNames.EmitSettings);
    }

    /// <summary>Methods marked [AgentToolImplementation], as value models (the attribute's index keeps this cheap on every edit).</summary>
    private static IncrementalValueProvider<EquatableArray<ToolImplementation>> ToolImplementations(IncrementalGeneratorInitializationContext context) =>
        context.SyntaxProvider
            .ForAttributeWithMetadataName(ToolImplementationAttribute.MetadataName, static (node, _) => node is MethodDeclarationSyntax, static (attributed, _) => ToolImplementationReader.Read(attributed))
            .SelectMany(static (found, _) => found)
            .WithTrackingName(TrackingNames.ToolImplementations)
            .Collect()
            .Select(static (found, _) => found.ToEquatableArray());

    /// <summary>The usable agent files, each read, filtered and parsed in one node: every node costs a comparison per file on each run.</summary>
    /// <summary>
    /// The usable agent, skill and command files, each read, filtered and parsed once, in one node: one input path for
    /// every kind of document (every node costs a comparison per file on each run). Agents and skills branch off it.
    /// </summary>
    private static IncrementalValuesProvider<DocumentSpec> Documents(IncrementalGeneratorInitializationContext context) =>
        context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .SelectMany((input, cancellationToken) =>
            {
                // The options are read here rather than combined from the Options node: that Combine would be one more
                // node per file that the driver walks on every run, while this read only happens when the file is re-read.
                var file = AgentFileReader.Read(input.Left, input.Right, () => AgentGenOptions.Read(input.Right.GlobalOptions), cancellationToken);
                if (file.IsUsable)
                {
                    return ImmutableArray.Create(new DocumentSpec(AgentSpecFactory.Create(file), null));
                }

                if (SkillSpecFactory.Create(file) is { } skill)
                {
                    return ImmutableArray.Create(new DocumentSpec(null, skill));
                }

                return SkillSpecFactory.Resource(input.Left, input.Right, cancellationToken) is { } resource
                    ? ImmutableArray.Create(new DocumentSpec(null, null, resource))
                    : ImmutableArray<DocumentSpec>.Empty;
            })
            .WithTrackingName(TrackingNames.Documents);

    /// <summary>The shared types and the fixed run-time code, with the AI layers the references allow.</summary>
    private static void RegisterSharedTypes(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<EmitSettings> settings) =>
        context.RegisterSourceOutput(settings, static (spc, s) =>
        {
            spc.AddSource(SharedTypesEmitter.HintName, SharedTypesEmitter.Emit(s));
            spc.AddSource(RuntimeSources.HintName, RuntimeSources.Emit(s, RuntimeSources.Core));
            if (s.Ai >= AiLayers.ChatOptions)
            {
                spc.AddSource(RuntimeSources.ChatLayerHintName, RuntimeSources.Emit(s, RuntimeSources.ChatLayer));
            }

            if (s.Ai >= AiLayers.Agents)
            {
                spc.AddSource(RuntimeSources.AgentLayerHintName, RuntimeSources.Emit(s, RuntimeSources.AgentLayer));
            }

            if (s.Ai >= AiLayers.Services)
            {
                spc.AddSource(RuntimeSources.ServicesLayerHintName, RuntimeSources.Emit(s, RuntimeSources.ServicesLayer));
            }

            if (s.Ai >= AiLayers.Hosting)
            {
                spc.AddSource(RuntimeSources.HostingLayerHintName, RuntimeSources.Emit(s, RuntimeSources.HostingLayer));
            }

            if (SharedTypesEmitter.EmitNotNullWhenPolyfill(s) is { } polyfill)
            {
                spc.AddSource(SharedTypesEmitter.NotNullWhenHintName, polyfill);
            }
        });

    /// <summary>The AgentTool enum: every tool any agent or skill names, the built-ins and AgentGenExtraTools.</summary>
    private static void RegisterToolEnum(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<DocumentSpec> documents, IncrementalValueProvider<AgentGenOptions> options, IncrementalValueProvider<EmitSettings> settings)
    {
        var toolSet = documents
            .Select((document, _) => document.NamedTools)
            .WithTrackingName(TrackingNames.NamedTools)
            .Collect()
            .Combine(options.Select((o, _) => o.ExtraTools))
            .Select((input, _) => ToolSetBuilder.Build(input.Left, input.Right))
            .WithTrackingName(TrackingNames.ToolSet);
        context.RegisterSourceOutput(toolSet.Combine(settings), static (spc, input) =>
            spc.AddSource(ToolEnumEmitter.HintName, ToolEnumEmitter.Emit(new ToolSetModel(input.Left.Members, input.Right))));
    }

    /// <summary>The project's toolbox (its tool methods bound at compile time) and model ids, where the chat layer is emitted.</summary>
    private static void RegisterToolbox(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<EquatableArray<ToolImplementation>> implementations, IncrementalValueProvider<AgentGenOptions> options, IncrementalValueProvider<EmitSettings> settings)
    {
        var toolbox = implementations.Combine(options.Select((o, _) => o.ModelIds)).Combine(settings)
            .Select((input, _) => new ToolboxModel(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Toolbox);
        context.RegisterSourceOutput(toolbox, static (spc, model) =>
        {
            if (model.Settings.Ai >= AiLayers.ChatOptions)
            {
                spc.AddSource(ToolboxEmitter.HintName, ToolboxEmitter.Emit(model));
            }
        });
    }

    /// <summary>A class per agent and a catalog per namespace.</summary>
    private static void RegisterAgents(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<AgentSpec> agents, IncrementalValueProvider<IdentityMap> identities, IncrementalValueProvider<EmitSettings> settings)
    {
        // The project-wide values are combined once, then with each agent: one Combine per file, not two.
        var shared = identities.Combine(settings);
        var agentOutputs = agents
            .Combine(shared)
            .Select((input, _) =>
            {
                var (names, emitSettings) = input.Right;
                return new AgentEmitModel(input.Left, names[input.Left.Key], emitSettings);
            })
            .WithTrackingName(TrackingNames.AgentOutputs);

        var catalogs = identities
            .Combine(settings)
            .SelectMany((input, _) => CatalogBuilder.Build(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Catalogs);

        context.RegisterSourceOutput(agentOutputs, static (spc, model) => spc.AddSource(model.Identity.HintName, AgentClassEmitter.Emit(model)));
        context.RegisterSourceOutput(catalogs, static (spc, model) => spc.AddSource(model.HintName, CatalogEmitter.Emit(model)));
    }
}
