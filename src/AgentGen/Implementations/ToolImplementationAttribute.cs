namespace AgentGen.Implementations;

/// <summary>The attribute that marks tool implementations (emitted by AgentGen itself, see Runtime/AgentToolImplementationAttribute.cs).</summary>
internal static class ToolImplementationAttribute
{
    public const string MetadataName = "AgentGen.AgentToolImplementationAttribute";

    public const string HintName = "AgentGen.AgentToolImplementationAttribute.g.cs";

    /// <summary>The tool name an attribute gives, or null when it has no usable string argument (the compiler reports that).</summary>
    public static string? ToolNameOf(Microsoft.CodeAnalysis.AttributeData attribute) =>
        StringArgument(attribute);

    /// <summary>An attribute's one string argument, or null. TypedConstant.Value throws for an array argument (which an
    /// attribute that does not bind can have): the kind is checked first, so a broken attribute never crashes the build.</summary>
    public static string? StringArgument(Microsoft.CodeAnalysis.AttributeData? attribute) =>
        attribute is not null && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0] is { Kind: Microsoft.CodeAnalysis.TypedConstantKind.Primitive, Value: string text } ? text : null;
}
