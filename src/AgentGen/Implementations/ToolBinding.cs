using System.Collections.Generic;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace AgentGen.Implementations;

/// <summary>Why a marked method cannot be bound into the toolbox, and where: a parameter a model cannot fill, or a method the generated code cannot call.</summary>
internal readonly record struct BindingProblem(bool IsParameter, Location Location, string Subject, string Reason);

/// <summary>
/// Whether a marked method can become a function a model calls, shared by the generator (which binds only methods
/// without problems) and the analyzer (which reports each problem: AGEN030 at a parameter, AGEN031 at the method).
/// </summary>
internal static class ToolBinding
{
    /// <summary>What the model APIs accept as a tool name (Anthropic and OpenAI alike).</summary>
    private static readonly Regex FunctionName = new("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant);

    public static IEnumerable<BindingProblem> Problems(IMethodSymbol method, string toolName, ToolSignature signature)
    {
        var at = method.Locations.Length > 0 ? method.Locations[0] : Location.None;
        if (!FunctionName.IsMatch(toolName))
        {
            yield return new BindingProblem(false, at, method.Name, $"the tool name '{toolName}' is not one a model API accepts (letters, digits, '_' and '-', at most 64)");
        }

        foreach (var parameter in method.Parameters)
        {
            if (ParameterProblem(parameter) is { } reason)
            {
                yield return new BindingProblem(true, parameter.Locations.Length > 0 ? parameter.Locations[0] : at, parameter.Name, reason);
            }
        }

        if (method.IsGenericMethod || IsInGenericType(method.ContainingType))
        {
            yield return new BindingProblem(false, at, method.Name, "a generic method, or a method of a generic type, has no single signature to describe");
        }

        if (!IsCallableFromTheAssembly(method))
        {
            yield return new BindingProblem(false, at, method.Name, "the generated toolbox cannot call it: make the method and its containing types internal or public");
        }

        foreach (var (parameter, reason) in signature.Problems)
        {
            yield return parameter is null
                ? new BindingProblem(false, at, method.Name, reason)
                : new BindingProblem(true, parameter.Locations.Length > 0 ? parameter.Locations[0] : at, parameter.Name, reason);
        }

        if (method.ReturnsByRef || method.ReturnsByRefReadonly || method.ReturnType.IsRefLikeType || method.ReturnType.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer)
        {
            yield return new BindingProblem(false, at, method.Name, "its result (a ref, pointer or ref struct) cannot be returned to a model");
        }

        if (method.MethodKind != MethodKind.Ordinary)
        {
            yield return new BindingProblem(false, at, method.Name, "only ordinary methods can be tools (not local functions, operators or accessors)");
        }
    }

    private static string? ParameterProblem(IParameterSymbol parameter)
    {
        if (parameter.RefKind != RefKind.None)
        {
            return $"a model gives values, it cannot pass a variable by '{parameter.RefKind.ToString().ToLowerInvariant()}'; take the value and return what the method produces";
        }

        if (parameter.Type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer)
        {
            return "a pointer cannot be described to a model; take the value itself";
        }

        return parameter.Type.IsRefLikeType ? $"'{parameter.Type.Name}' is a ref struct, which cannot be boxed into the model's arguments; take an array or a string" : null;
    }

    private static bool IsInGenericType(INamedTypeSymbol? type)
    {
        for (; type is not null; type = type.ContainingType)
        {
            if (type.IsGenericType)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCallableFromTheAssembly(IMethodSymbol method)
    {
        if (!IsVisibleInAssembly(method.DeclaredAccessibility))
        {
            return false;
        }

        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (!IsVisibleInAssembly(type.DeclaredAccessibility))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVisibleInAssembly(Accessibility accessibility) =>
        accessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;
}
