using System.Collections.Generic;
using System.Linq;
using AgentGen.Model;
using Microsoft.CodeAnalysis;

namespace AgentGen.Implementations;

/// <summary>
/// A tool method's parameters and result as the generated function binds them at compile time: each parameter from the
/// model's arguments (or the call's CancellationToken, IServiceProvider or AIFunctionArguments), the result awaited
/// when it is a Task or ValueTask, and every type they are made of. Shared by the generator (which binds methods without
/// problems) and the analyzer (which reports the problems).
/// </summary>
internal sealed class ToolSignature
{
    private ToolSignature(List<ToolParameter> parameters, ToolResult result, List<ToolType> types, List<(IParameterSymbol? Parameter, string Reason)> problems)
    {
        Parameters = parameters;
        Result = result;
        Types = types;
        Problems = problems;
    }

    public List<ToolParameter> Parameters { get; }

    public ToolResult Result { get; }

    public List<ToolType> Types { get; }

    /// <summary>What cannot be bound: at a parameter, or (null) at the method for its result.</summary>
    public List<(IParameterSymbol? Parameter, string Reason)> Problems { get; }

    /// <summary>Whether a type of the signature does not resolve (the compiler reports it): nothing to bind or report yet.</summary>
    public bool HasErrorTypes { get; private set; }

    public static ToolSignature Read(IMethodSymbol method)
    {
        var types = new ToolTypeReader(method.ContainingAssembly);
        var problems = new List<(IParameterSymbol?, string)>();
        var parameters = new List<ToolParameter>();
        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind != RefKind.None || parameter.Type.IsRefLikeType || parameter.Type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer || IsGeneric(parameter.Type))
            {
                continue; // ToolBinding reports these (and generic methods) in words of their own
            }

            var source = SourceOf(parameter.Type);
            string? problem = null;
            var key = source == ToolParameterSource.Model ? types.Read(parameter.Type, parameter.Name, out problem) : parameter.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            if (key is null)
            {
                if (problem is not null)
                {
                    problems.Add((parameter, problem));
                }

                continue;
            }

            parameters.Add(new ToolParameter(parameter.Name, parameter.Name, key, source, !parameter.HasExplicitDefaultValue,
                parameter.HasExplicitDefaultValue ? DefaultValues.Literal(parameter.Type, parameter.ExplicitDefaultValue) : null, ToolTypeReader.DescriptionOf(parameter)));
        }

        var (resultType, awaited) = ResultOf(method);
        string? resultKey = null;
        if (resultType is not null && !IsGeneric(resultType) && !(resultType.IsRefLikeType || resultType.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer))
        {
            resultKey = types.Read(resultType, "result", out var problem);
            if (resultKey is null && problem is not null)
            {
                problems.Add((null, "its result cannot be written without reflection: " + problem));
            }
        }

        return new ToolSignature(parameters, new ToolResult(resultKey, awaited), types.Types.ToList(), problems) { HasErrorTypes = types.HasErrorTypes };
    }

    private static bool IsGeneric(ITypeSymbol type) => type switch
    {
        ITypeParameterSymbol => true,
        IArrayTypeSymbol array => IsGeneric(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(IsGeneric) || (named.ContainingType is { } containing && IsGeneric(containing)),
        _ => false,
    };

    private static ToolParameterSource SourceOf(ITypeSymbol type) => type.ToDisplayString() switch
    {
        "System.Threading.CancellationToken" => ToolParameterSource.CancellationToken,
        "System.IServiceProvider" or "System.IServiceProvider?" => ToolParameterSource.Services,
        "Microsoft.Extensions.AI.AIFunctionArguments" or "Microsoft.Extensions.AI.AIFunctionArguments?" => ToolParameterSource.Arguments,
        _ => ToolParameterSource.Model,
    };

    /// <summary>The value a method gives (null for none) and whether it is awaited first (Task, ValueTask and their generic forms).</summary>
    private static (ITypeSymbol? Type, bool Awaited) ResultOf(IMethodSymbol method)
    {
        if (method.ReturnsVoid)
        {
            return (null, false);
        }

        var returned = method.ReturnType;
        var name = returned.OriginalDefinition.ToDisplayString();
        return name switch
        {
            "System.Threading.Tasks.Task" or "System.Threading.Tasks.ValueTask" => (null, true),
            "System.Threading.Tasks.Task<TResult>" or "System.Threading.Tasks.ValueTask<TResult>" => (((INamedTypeSymbol)returned).TypeArguments[0], true),
            _ => (returned, false),
        };
    }
}
