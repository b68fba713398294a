namespace AgentGen.Implementations;

/// <summary>The attribute that marks tool implementations (emitted by AgentGen itself, see Runtime/AgentToolImplementationAttribute.cs).</summary>
internal static class ToolImplementationAttribute
{
    public const string MetadataName = "AgentGen.AgentToolImplementationAttribute";

    public const string HintName = "AgentGen.AgentToolImplementationAttribute.g.cs";

    /// <summary>The tool name an attribute gives, or null when it has no usable string argument (the compiler reports that).</summary>
    public static string? ToolNameOf(Microsoft.CodeAnalysis.AttributeData attribute) =>
        attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string name ? name : null;
}
