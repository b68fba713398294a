using System.Collections.Immutable;
using System.Linq;
using AgentGen.Model;
using Microsoft.CodeAnalysis;

namespace AgentGen.Implementations;

/// <summary>
/// The generator's discovery step for one marked method (ForAttributeWithMetadataName): a <see cref="ToolImplementation"/>
/// per attribute, plain strings only. Methods that cannot be bound are left out: the analyzer says why (AGEN030, AGEN031).
/// </summary>
internal static class ToolImplementationReader
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat;

    public static ImmutableArray<ToolImplementation> Read(GeneratorAttributeSyntaxContext context)
    {
        if (context.TargetSymbol is not IMethodSymbol method)
        {
            return ImmutableArray<ToolImplementation>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<ToolImplementation>();
        ToolSignature? signature = null;
        var constructor = method.IsStatic ? null : ToolClassConstructorReader.Read(method.ContainingType, context.SemanticModel.Compilation);
        foreach (var attribute in context.Attributes)
        {
            signature ??= ToolSignature.Read(method);
            if (ToolImplementationAttribute.ToolNameOf(attribute) is { } toolName && !signature.HasErrorTypes && !ToolBinding.Problems(method, toolName, signature).Any())
            {
                var description = ToolTypeReader.DescriptionOf(method) ?? DocumentationSummary.Of(context.TargetNode);
                builder.Add(new ToolImplementation(toolName, method.ContainingType.ToDisplayString(TypeFormat), method.Name, method.IsStatic, description, IsPublic(method.ContainingType),
                    signature.Parameters.ToEquatableArray(), signature.Result, signature.Types.ToEquatableArray(), constructor));
            }
        }

        return builder.ToImmutable();
    }

    private static bool IsPublic(INamedTypeSymbol? type)
    {
        for (; type is not null; type = type.ContainingType)
        {
            if (type.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }

}
