using AgentGen.Configuration;

namespace AgentGen.Model;

/// <summary>The project's tool implementations and model ids, for the chat layer's toolbox file.</summary>
internal sealed record ToolboxModel(EquatableArray<ToolImplementation> Implementations, EquatableArray<ModelIdEntry> ModelIds, EmitSettings Settings);
