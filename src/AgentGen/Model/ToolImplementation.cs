namespace AgentGen.Model;

/// <summary>
/// One <c>[AgentToolImplementation]</c> method, as the toolbox emitter needs it: plain strings and value-equal tables, so
/// the discovery step stays cached while the method's signature and docs are unchanged. Everything the generated
/// function needs (its JSON schema, how each argument is read, how the result is written) is known at compile time.
/// </summary>
/// <param name="ToolName">The tool's name as agent files write it.</param>
/// <param name="ContainingType">The method's type, fully qualified (<c>global::App.FileTools</c>).</param>
/// <param name="MethodName">The method's name.</param>
/// <param name="IsStatic">True for a static method; instance methods are bound through <c>AgentToolbox.Add(instance)</c>.</param>
/// <param name="Description">The method's [Description], else its XML summary.</param>
/// <param name="IsPublicType">True when the containing type is public (with its containers): an <c>Add</c> overload for it may be public.</param>
/// <param name="Parameters">The method's parameters, in order.</param>
/// <param name="Result">What the method returns.</param>
/// <param name="Types">Every type the arguments and the result are made of, other than the built-in values (each once).</param>
/// <param name="Constructor">For an instance method, how a container creates its class when the class is not registered; null when it cannot.</param>
internal sealed record ToolImplementation(
    string ToolName,
    string ContainingType,
    string MethodName,
    bool IsStatic,
    string? Description,
    bool IsPublicType,
    EquatableArray<ToolParameter> Parameters,
    ToolResult Result,
    EquatableArray<ToolType> Types,
    ToolClassConstructor? Constructor = null);

/// <summary>The constructor a container calls to create a tool class that is not registered: its parameters are services.</summary>
/// <param name="Parameters">The parameters, in order.</param>
internal sealed record ToolClassConstructor(EquatableArray<ServiceParameter> Parameters);

/// <summary>A constructor parameter of a tool class, resolved from the container.</summary>
/// <param name="Type">Its type, fully qualified.</param>
/// <param name="DisplayType">Its type as a message names it (<c>ILogger&lt;FileTools&gt;</c>).</param>
/// <param name="DefaultValue">The C# expression of its default value, when it is optional.</param>
/// <param name="ServiceKey">The C# expression of its [FromKeyedServices] key, when it has one.</param>
internal sealed record ServiceParameter(string Type, string DisplayType, string? DefaultValue, string? ServiceKey);

/// <summary>Where a parameter's value comes from.</summary>
internal enum ToolParameterSource
{
    /// <summary>The model's arguments, described in the schema.</summary>
    Model,

    /// <summary>The call's CancellationToken.</summary>
    CancellationToken,

    /// <summary>The arguments' IServiceProvider.</summary>
    Services,

    /// <summary>The AIFunctionArguments themselves.</summary>
    Arguments,
}

/// <summary>A method parameter (or a constructor parameter or property of an object type).</summary>
/// <param name="Name">The C# name.</param>
/// <param name="JsonName">The name in the model's arguments.</param>
/// <param name="Type">The key of its <see cref="ToolType"/>.</param>
/// <param name="Source">Where its value comes from.</param>
/// <param name="IsRequired">Whether the schema requires it (no default value).</param>
/// <param name="DefaultValue">The C# expression of its default value, when it has one.</param>
/// <param name="Description">Its [Description].</param>
internal sealed record ToolParameter(string Name, string JsonName, string Type, ToolParameterSource Source, bool IsRequired, string? DefaultValue, string? Description);

/// <summary>How a method returns: a value of <paramref name="Type"/> (null for none), awaited when <paramref name="IsAwaited"/>.</summary>
internal sealed record ToolResult(string? Type, bool IsAwaited);

/// <summary>The kinds of values a tool reads from JSON and writes back, without reflection.</summary>
internal enum ToolTypeKind
{
    /// <summary>string, bool, numbers, DateTime, DateTimeOffset, TimeSpan, Guid: read and written by AgentToolJson.</summary>
    Primitive,

    /// <summary>An enum, by member name.</summary>
    Enum,

    /// <summary>A Nullable&lt;T&gt; of a value type.</summary>
    Nullable,

    /// <summary>T[].</summary>
    Array,

    /// <summary>List&lt;T&gt; and the interfaces it implements (IEnumerable, IList, IReadOnlyList...).</summary>
    List,

    /// <summary>Dictionary&lt;string, T&gt; and its interfaces.</summary>
    Dictionary,

    /// <summary>A class, record or struct: its constructor's parameters and its properties.</summary>
    Object,

    /// <summary>JsonElement or object: any JSON, passed as it is.</summary>
    Json,
}

/// <summary>A type of a tool's arguments or result.</summary>
/// <param name="Key">The fully qualified C# type, without nullable annotation (also its key).</param>
/// <param name="Kind">What kind of value it is.</param>
/// <param name="Primitive">For a primitive, the AgentToolJson name (Int32, String...); for an enum, its underlying name.</param>
/// <param name="Element">The key of the element type (nullable, array, list, dictionary value).</param>
/// <param name="EnumMembers">An enum's member names.</param>
/// <param name="ConstructorParameters">An object's constructor parameters, bound to JSON properties.</param>
/// <param name="Properties">An object's properties: set when assignable and not bound to the constructor, written when readable.</param>
/// <param name="IsValueType">A struct (never null).</param>
/// <param name="EnumValues">An enum's member values, as C# literals of its underlying type (the generated code casts them
/// rather than naming members, so an [Obsolete] member costs no warning).</param>
internal sealed record ToolType(
    string Key,
    ToolTypeKind Kind,
    string? Primitive,
    string? Element,
    EquatableArray<string> EnumMembers,
    EquatableArray<ToolParameter> ConstructorParameters,
    EquatableArray<ToolProperty> Properties,
    bool IsValueType = false,
    EquatableArray<string> EnumValues = default);

/// <summary>A property of an object type.</summary>
/// <param name="Name">The C# name.</param>
/// <param name="JsonName">The JSON name ([JsonPropertyName], else camelCase, as Microsoft.Extensions.AI's web defaults).</param>
/// <param name="Type">The key of its type.</param>
/// <param name="Assign">How it is set from JSON: not at all (read-only or bound to the constructor), after construction, or in the initializer (init-only).</param>
/// <param name="IsReadable">Whether a result writes it.</param>
/// <param name="IsRequired">Whether the schema requires it (a <c>required</c> member).</param>
/// <param name="Description">Its [Description].</param>
internal sealed record ToolProperty(string Name, string JsonName, string Type, ToolPropertyAssignment Assign, bool IsReadable, bool IsRequired, string? Description);

/// <summary>How a property is set when an object is read.</summary>
internal enum ToolPropertyAssignment
{
    /// <summary>Not set (read-only, or a constructor parameter sets it).</summary>
    None,

    /// <summary>Assigned after construction, when the JSON has it.</summary>
    Setter,

    /// <summary>An init-only or required property: set in the object initializer.</summary>
    Initializer,
}
