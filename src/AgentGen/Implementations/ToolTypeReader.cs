using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AgentGen.Model;
using Microsoft.CodeAnalysis;

namespace AgentGen.Implementations;

/// <summary>
/// Reads the types of a tool method's arguments and result into <see cref="ToolType"/> tables, so that the generated
/// function reads and writes them with no reflection (NativeAOT and trimming have none to spare): built-in values, enums,
/// nullable values, arrays, lists, string-keyed dictionaries, and classes, records and structs made of these. A type it
/// cannot read is a problem with the path to it and what to write instead; the generator leaves such methods out and the
/// analyzer reports them (AGEN030, AGEN031).
/// </summary>
internal sealed class ToolTypeReader
{
    /// <summary>The most types one method's signature may bring in: a bound on what a pathological graph can cost.</summary>
    public const int MaxTypes = 64;

    private static readonly SymbolDisplayFormat KeyFormat = SymbolDisplayFormat.FullyQualifiedFormat;

    private static readonly Dictionary<SpecialType, string> SpecialPrimitives = new()
    {
        [SpecialType.System_String] = "String",
        [SpecialType.System_Boolean] = "Boolean",
        [SpecialType.System_Char] = "Char",
        [SpecialType.System_Byte] = "Byte",
        [SpecialType.System_SByte] = "SByte",
        [SpecialType.System_Int16] = "Int16",
        [SpecialType.System_UInt16] = "UInt16",
        [SpecialType.System_Int32] = "Int32",
        [SpecialType.System_UInt32] = "UInt32",
        [SpecialType.System_Int64] = "Int64",
        [SpecialType.System_UInt64] = "UInt64",
        [SpecialType.System_Single] = "Single",
        [SpecialType.System_Double] = "Double",
        [SpecialType.System_Decimal] = "Decimal",
        [SpecialType.System_DateTime] = "DateTime",
    };

    private static readonly Dictionary<string, string> NamedPrimitives = new()
    {
        ["System.Guid"] = "Guid",
        ["System.DateTimeOffset"] = "DateTimeOffset",
        ["System.TimeSpan"] = "TimeSpan",
    };

    private static readonly HashSet<string> ListTypes = new()
    {
        "System.Collections.Generic.List<T>",
        "System.Collections.Generic.IList<T>",
        "System.Collections.Generic.ICollection<T>",
        "System.Collections.Generic.IEnumerable<T>",
        "System.Collections.Generic.IReadOnlyList<T>",
        "System.Collections.Generic.IReadOnlyCollection<T>",
    };

    private static readonly HashSet<string> DictionaryTypes = new()
    {
        "System.Collections.Generic.Dictionary<TKey, TValue>",
        "System.Collections.Generic.IDictionary<TKey, TValue>",
        "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>",
    };

    private readonly IAssemblySymbol _assembly;
    private readonly Dictionary<string, ToolType> _types = new();
    private readonly List<string> _order = new();

    /// <param name="assembly">The assembly the generated code is compiled into: internal members of others are out of its reach.</param>
    public ToolTypeReader(IAssemblySymbol assembly) => _assembly = assembly;

    /// <summary>Whether a type met does not resolve (the compiler reports it): nothing to bind or report yet.</summary>
    public bool HasErrorTypes { get; private set; }

    /// <summary>The types read so far that are not built-in values, in the order first met.</summary>
    public IEnumerable<ToolType> Types => _order.Select(k => _types[k]).Where(t => t.Kind != ToolTypeKind.Primitive && t.Kind != ToolTypeKind.Json);

    /// <summary>The key of a type, reading it (and what it is made of) on first use; null with the reason when it cannot be read.</summary>
    /// <param name="type">The type.</param>
    /// <param name="path">Where it is, for the reason: <c>order</c>, <c>order.Items</c>.</param>
    /// <param name="problem">Why it cannot be read.</param>
    public string? Read(ITypeSymbol type, string path, out string? problem)
    {
        problem = null;
        if (ContainsErrorType(type))
        {
            HasErrorTypes = true;
            return null; // with no problem: the compiler's CS0246 says it
        }

        var key = type.WithNullableAnnotation(NullableAnnotation.None).ToDisplayString(KeyFormat);
        if (_types.ContainsKey(key))
        {
            return key; // read already, or being read (a type that contains itself)
        }

        if (_types.Count >= MaxTypes)
        {
            problem = $"its types bring in more than {MaxTypes} types; take a smaller object, or a JsonElement";
            return null;
        }

        if (Simple(type) is { } simple)
        {
            Add(key, new ToolType(key, simple.Kind, simple.Primitive, null, EquatableArray<string>.Empty, EquatableArray<ToolParameter>.Empty, EquatableArray<ToolProperty>.Empty));
            return key;
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            var fields = enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).ToList();
            var values = fields.Select(f => System.Convert.ToString(f.ConstantValue, System.Globalization.CultureInfo.InvariantCulture) ?? "0");
            Add(key, new ToolType(key, ToolTypeKind.Enum, enumType.EnumUnderlyingType?.ToDisplayString(KeyFormat), null, fields.Select(f => f.Name).ToEquatableArray(),
                EquatableArray<ToolParameter>.Empty, EquatableArray<ToolProperty>.Empty, EnumValues: values.ToEquatableArray()));
            return key;
        }

        if (ElementOf(type) is { } container)
        {
            // Reserved before the element is read: a list of the type that holds it is a cycle, not an endless read.
            Add(key, null);
            var element = Read(container.Element, path + "[]", out problem);
            if (element is null)
            {
                Remove(key);
                return null;
            }

            _types[key] = new ToolType(key, container.Kind, null, element, EquatableArray<string>.Empty, EquatableArray<ToolParameter>.Empty, EquatableArray<ToolProperty>.Empty);
            return key;
        }

        if (type is INamedTypeSymbol named && ObjectProblem(named, _assembly) is null)
        {
            Add(key, null);
            var shape = ReadObject(named, path, out problem);
            if (shape is null)
            {
                Remove(key);
                return null;
            }

            _types[key] = shape;
            return key;
        }

        problem = (type is INamedTypeSymbol other ? $"'{path}' is {ObjectProblem(other, _assembly)}" : $"'{path}' has type '{type.ToDisplayString()}', which AgentGen cannot read without reflection")
            + "; use strings, numbers, bools, enums, DateTime, Guid, arrays or lists, records of these, or a JsonElement";
        return null;
    }

    private void Add(string key, ToolType? type)
    {
        _types[key] = type!;
        _order.Add(key);
    }

    private void Remove(string key)
    {
        _types.Remove(key);
        _order.Remove(key);
    }

    private static (ToolTypeKind Kind, string? Primitive)? Simple(ITypeSymbol type)
    {
        if (SpecialPrimitives.TryGetValue(type.SpecialType, out var special))
        {
            return (ToolTypeKind.Primitive, special);
        }

        if (type.SpecialType == SpecialType.System_Object)
        {
            return (ToolTypeKind.Json, null);
        }

        var name = type.OriginalDefinition.ToDisplayString();
        if (name == "System.Text.Json.JsonElement")
        {
            return (ToolTypeKind.Json, null);
        }

        return NamedPrimitives.TryGetValue(name, out var primitive) ? (ToolTypeKind.Primitive, primitive) : null;
    }

    private static (ToolTypeKind Kind, ITypeSymbol Element)? ElementOf(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            return (ToolTypeKind.Array, array.ElementType);
        }

        if (type is not INamedTypeSymbol { IsGenericType: true } named)
        {
            return null;
        }

        var definition = named.OriginalDefinition;
        if (definition.SpecialType == SpecialType.System_Nullable_T)
        {
            return (ToolTypeKind.Nullable, named.TypeArguments[0]);
        }

        var name = definition.ToDisplayString();
        if (ListTypes.Contains(name))
        {
            return (ToolTypeKind.List, named.TypeArguments[0]);
        }

        return DictionaryTypes.Contains(name) && named.TypeArguments[0].SpecialType == SpecialType.System_String
            ? (ToolTypeKind.Dictionary, named.TypeArguments[1])
            : null;
    }

    /// <summary>Why a type is not an object AgentGen can construct and describe, or null when it is one.</summary>
    private static string? ObjectProblem(INamedTypeSymbol type, IAssemblySymbol assembly)
    {
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsAbstract || type.IsStatic)
        {
            return $"'{type.ToDisplayString()}', an interface, abstract class or delegate, which has no shape to construct";
        }

        if (type.IsUnboundGenericType || type.TypeArguments.Any(a => a is ITypeParameterSymbol))
        {
            return $"'{type.ToDisplayString()}', an open generic type";
        }

        var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        if (ns == "System" || ns.StartsWith("System.", System.StringComparison.Ordinal) || ns.StartsWith("Microsoft.", System.StringComparison.Ordinal))
        {
            return $"'{type.ToDisplayString()}', a framework type AgentGen does not read";
        }

        for (var t = type; t is not null; t = t.ContainingType)
        {
            if (!IsReachable(t.DeclaredAccessibility, t, assembly))
            {
                return $"'{type.ToDisplayString()}', which the generated code cannot see: make it internal or public";
            }
        }

        return null;
    }

    private ToolType? ReadObject(INamedTypeSymbol type, string path, out string? problem)
    {
        problem = null;
        var properties = PropertiesOf(type);
        var constructor = ConstructorOf(type, _assembly, out problem);
        if (problem is not null)
        {
            problem = $"'{path}' ({type.ToDisplayString()}) {problem}";
            return null;
        }

        var parameters = new List<ToolParameter>();
        foreach (var parameter in constructor?.Parameters ?? ImmutableArray<IParameterSymbol>.Empty)
        {
            var property = properties.FirstOrDefault(p => string.Equals(p.Name, parameter.Name, System.StringComparison.OrdinalIgnoreCase));
            var jsonName = property is not null ? JsonNameOf(property) : JsonNames.CamelCase(parameter.Name);
            var key = Read(parameter.Type, path + "." + jsonName, out problem);
            if (key is null)
            {
                return null;
            }

            parameters.Add(new ToolParameter(parameter.Name, jsonName, key, ToolParameterSource.Model, !parameter.HasExplicitDefaultValue,
                parameter.HasExplicitDefaultValue ? DefaultValues.Literal(parameter.Type, parameter.ExplicitDefaultValue) : null, DescriptionOf(property) ?? DescriptionOf(parameter)));
        }

        var read = new List<ToolProperty>();
        foreach (var property in properties)
        {
            var bound = parameters.Any(p => string.Equals(p.Name, property.Name, System.StringComparison.OrdinalIgnoreCase));
            var setter = property.SetMethod is { DeclaredAccessibility: Accessibility.Public } set ? set : null;
            var assign = bound || setter is null ? ToolPropertyAssignment.None
                : setter.IsInitOnly || IsRequired(property) ? ToolPropertyAssignment.Initializer : ToolPropertyAssignment.Setter;
            var readable = property.GetMethod is { DeclaredAccessibility: Accessibility.Public };
            if (assign == ToolPropertyAssignment.None && !readable)
            {
                continue;
            }

            var jsonName = JsonNameOf(property);
            var key = Read(property.Type, path + "." + jsonName, out problem);
            if (key is null)
            {
                return null;
            }

            read.Add(new ToolProperty(property.Name, jsonName, key, assign, readable, IsRequired(property), DescriptionOf(property)));
        }

        if (RequiredMemberNotSet(type, constructor, read) is { } unset)
        {
            problem = $"'{path}' ({type.ToDisplayString()}) has the required member {unset}, which JSON cannot set in its initializer (a field, a property its constructor sets, or one without a public setter); add [SetsRequiredMembers] to the constructor, or make it a public init or set property";
            return null;
        }

        // A constructor parameter and the property it sets are one member; any two others must differ in JSON.
        var members = parameters.Select(p => (Member: properties.FirstOrDefault(q => string.Equals(q.Name, p.Name, System.StringComparison.OrdinalIgnoreCase))?.Name ?? p.Name, p.JsonName))
            .Concat(read.Select(p => (Member: p.Name, p.JsonName)));
        var duplicate = members.GroupBy(m => m.JsonName, System.StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Select(m => m.Member).Distinct(System.StringComparer.Ordinal).ToList())
            .FirstOrDefault(g => g.Count > 1);
        if (duplicate is not null)
        {
            // JSON names are matched ignoring case, as the web defaults read them: two would take each other's values.
            problem = $"'{path}' ({type.ToDisplayString()}) has members {string.Join(" and ", duplicate)} with one JSON name (names are matched ignoring case); give one another with [JsonPropertyName], or [JsonIgnore] it";
            return null;
        }

        return new ToolType(type.ToDisplayString(KeyFormat), ToolTypeKind.Object, null, null, EquatableArray<string>.Empty, parameters.ToEquatableArray(), read.ToEquatableArray(), type.IsValueType);
    }

    /// <summary>The public instance properties a JSON object has, the type's own first, then those it inherits (a property
    /// hidden or overridden in a derived type is taken once, from the derived type), as System.Text.Json sees them.</summary>
    private static List<IPropertySymbol> PropertiesOf(INamedTypeSymbol type)
    {
        var properties = new List<IPropertySymbol>();
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        for (var current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
            {
                // The name is taken even when ignored: a derived [JsonIgnore] hides the base type's property too.
                if (!property.IsStatic && !property.IsIndexer && property.DeclaredAccessibility == Accessibility.Public
                    && names.Add(property.Name) && !HasAttribute(property, "System.Text.Json.Serialization.JsonIgnoreAttribute"))
                {
                    properties.Add(property);
                }
            }
        }

        return properties;
    }

    /// <summary>
    /// The constructor the generated reader calls, as System.Text.Json chooses: the one marked [JsonConstructor], else
    /// the parameterless one, else the only one (a positional record's). Null for a struct's implicit constructor.
    /// </summary>
    private static IMethodSymbol? ConstructorOf(INamedTypeSymbol type, IAssemblySymbol assembly, out string? problem)
    {
        problem = null;
        var candidates = type.InstanceConstructors
            .Where(c => IsReachable(c.DeclaredAccessibility, c, assembly))
            .Where(c => !(c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, type))) // a record's copy constructor
            .ToList();
        var marked = candidates.Where(c => HasAttribute(c, "System.Text.Json.Serialization.JsonConstructorAttribute")).ToList();
        if (marked.Count == 1)
        {
            return marked[0];
        }

        if (candidates.FirstOrDefault(c => c.Parameters.Length == 0) is { } parameterless)
        {
            return parameterless.IsImplicitlyDeclared && type.TypeKind == TypeKind.Struct ? null : parameterless;
        }

        if (type.TypeKind == TypeKind.Struct)
        {
            return null; // new T() exists for every struct
        }

        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        problem = candidates.Count == 0
            ? "has no constructor the generated code can call: add a public one"
            : "has several constructors: mark the one to use [System.Text.Json.Serialization.JsonConstructor]";
        return null;
    }

    /// <summary>Whether a type, or a type argument or element of it, does not resolve (while the user types).</summary>
    private static bool ContainsErrorType(ITypeSymbol type) => type switch
    {
        IErrorTypeSymbol => true,
        IArrayTypeSymbol array => ContainsErrorType(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(ContainsErrorType),
        _ => false,
    };

    /// <summary>A required member the generated initializer cannot set, unless the constructor says it sets them all.</summary>
    private static string? RequiredMemberNotSet(INamedTypeSymbol type, IMethodSymbol? constructor, List<ToolProperty> read)
    {
        if (constructor is not null && HasAttribute(constructor, "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute"))
        {
            return null;
        }

        for (var current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                var required = member is IPropertySymbol { IsRequired: true } || member is IFieldSymbol { IsRequired: true };
                if (required && !read.Any(p => p.Name == member.Name && p.Assign == ToolPropertyAssignment.Initializer))
                {
                    return member.Name;
                }
            }
        }

        return null;
    }

    /// <summary>Public, or internal to the assembly the generated code is compiled into.</summary>
    private static bool IsReachable(Accessibility accessibility, ISymbol symbol, IAssemblySymbol assembly) =>
        accessibility == Accessibility.Public
        || (accessibility is Accessibility.Internal or Accessibility.ProtectedOrInternal && SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, assembly));

    private static string JsonNameOf(IPropertySymbol property) =>
        ToolImplementationAttribute.StringArgument(property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "System.Text.Json.Serialization.JsonPropertyNameAttribute"))
        ?? JsonNames.CamelCase(property.Name);

    /// <summary>A symbol's [Description] text.</summary>
    public static string? DescriptionOf(ISymbol? symbol) =>
        ToolImplementationAttribute.StringArgument(symbol?.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "System.ComponentModel.DescriptionAttribute"));

    private static bool IsRequired(IPropertySymbol property) => property.IsRequired;

    private static bool HasAttribute(ISymbol symbol, string attribute) => symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == attribute);
}
