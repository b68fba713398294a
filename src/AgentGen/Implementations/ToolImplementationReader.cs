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
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static ImmutableArray<ToolImplementation> Read(GeneratorAttributeSyntaxContext context)
    {
        if (context.TargetSymbol is not IMethodSymbol method)
        {
            return ImmutableArray<ToolImplementation>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<ToolImplementation>();
        foreach (var attribute in context.Attributes)
        {
            if (ToolImplementationAttribute.ToolNameOf(attribute) is { } toolName && !ToolBinding.Problems(method, toolName).Any())
            {
                var description = HasDescriptionAttribute(method) ? null : DocumentationSummary.Of(context.TargetNode);
                builder.Add(new ToolImplementation(toolName, method.ContainingType.ToDisplayString(TypeFormat), method.Name, method.IsStatic, DelegateType(method), description, IsPublic(method.ContainingType)));
            }
        }

        return builder.ToImmutable();
    }

    /// <summary><c>global::System.Func&lt;string, int, string&gt;</c> or <c>global::System.Action&lt;string&gt;</c>, with the method's nullability.</summary>
    private static string DelegateType(IMethodSymbol method)
    {
        var types = method.Parameters.Select(p => p.Type.ToDisplayString(TypeFormat)).ToList();
        if (method.ReturnsVoid)
        {
            return types.Count == 0 ? "global::System.Action" : $"global::System.Action<{string.Join(", ", types)}>";
        }

        types.Add(method.ReturnType.ToDisplayString(TypeFormat));
        return $"global::System.Func<{string.Join(", ", types)}>";
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

    private static bool HasDescriptionAttribute(IMethodSymbol method) =>
        method.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.ComponentModel.DescriptionAttribute");
}
