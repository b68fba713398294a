using System.Linq;
using AgentGen.Emit;
using AgentGen.Model;
using Microsoft.CodeAnalysis;

namespace AgentGen.Implementations;

/// <summary>
/// The constructor a container uses to create a tool class that is not registered, chosen at compile time: the one
/// marked [ActivatorUtilitiesConstructor], else the one with the most parameters. ActivatorUtilities would pick, at run
/// time, the longest one the container can satisfy; what is registered is not known here, so a missing service of the
/// longest constructor is reported (by validation, or when the agent is built) instead of falling back to a shorter one.
/// The generated code calls it with services, so no reflection creates tool classes.
/// </summary>
internal static class ToolClassConstructorReader
{
    private const string PreferredAttribute = "Microsoft.Extensions.DependencyInjection.ActivatorUtilitiesConstructorAttribute";
    private const string KeyedAttribute = "Microsoft.Extensions.DependencyInjection.FromKeyedServicesAttribute";

    /// <summary>The constructor, or null when the class cannot be created (abstract, generic, or no constructor that takes services).</summary>
    public static ToolClassConstructor? Read(INamedTypeSymbol type, Compilation compilation)
    {
        if (type.IsAbstract || type.IsStatic || type.TypeKind != TypeKind.Class || type.IsGenericType)
        {
            return null;
        }

        var candidates = type.InstanceConstructors
            .Where(c => !c.IsStatic && compilation.IsSymbolAccessibleWithin(c, compilation.Assembly) && c.Parameters.All(IsService))
            .ToList();
        var chosen = candidates.FirstOrDefault(c => c.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == PreferredAttribute))
            ?? candidates.OrderByDescending(c => c.Parameters.Length).FirstOrDefault();
        return chosen is null ? null : new ToolClassConstructor(chosen.Parameters.Select(Parameter).ToEquatableArray());
    }

    private static bool IsService(IParameterSymbol parameter) =>
        parameter.RefKind == RefKind.None && !parameter.IsParams && parameter.Type.TypeKind is not (TypeKind.Error or TypeKind.Pointer or TypeKind.FunctionPointer)
        && !parameter.Type.IsRefLikeType && parameter.Type.SpecialType != SpecialType.System_Void
        && (KeyOf(parameter) is not null || !parameter.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == KeyedAttribute));

    private static ServiceParameter Parameter(IParameterSymbol parameter) => new(
        parameter.Type.WithNullableAnnotation(NullableAnnotation.None).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
        parameter.Type.WithNullableAnnotation(NullableAnnotation.None).ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
        parameter.HasExplicitDefaultValue ? DefaultValues.Literal(parameter.Type, parameter.ExplicitDefaultValue) : null,
        KeyOf(parameter));

    /// <summary>A [FromKeyedServices("key")] key as C#; a key of another kind (or a broken attribute) makes the constructor unusable.</summary>
    private static string? KeyOf(IParameterSymbol parameter) =>
        parameter.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == KeyedAttribute) is { } keyed
            && ToolImplementationAttribute.StringArgument(keyed) is { } key
            ? CSharpText.Literal(key)
            : null;
}
