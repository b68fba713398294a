using System.Collections.Generic;
using System.Linq;
using AgentGen.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace AgentGen.Emit;

/// <summary>
/// The generated <c>AgentToolCalls</c>: for each tool method a <c>Call</c> that reads the model's arguments, calls the
/// method and returns its result as JSON, and a <c>Read</c>/<c>Write</c> pair per enum, collection and object type they
/// use. Plain code over Utf8JsonWriter and JsonElement (AgentToolJson does the built-in values): no reflection, so tools
/// work the same under NativeAOT, trimming and the JIT. Emitted with nullable annotations off, as JSON may hold null
/// anywhere and reflection-based binding passes it on in the same way.
/// </summary>
internal sealed class ToolCallsEmitter
{
    public const string ClassName = "AgentToolCalls";

    private readonly Dictionary<string, ToolType> _types;
    private readonly Dictionary<string, int> _index;
    private readonly string _json;
    private readonly string _function;

    public ToolCallsEmitter(IEnumerable<ToolImplementation> implementations, EmitSettings settings)
    {
        _types = new Dictionary<string, ToolType>();
        _index = new Dictionary<string, int>();
        foreach (var type in implementations.SelectMany(i => i.Types))
        {
            if (!_types.ContainsKey(type.Key))
            {
                _index[type.Key] = _index.Count;
                _types[type.Key] = type;
            }
        }

        _json = settings.Shared("AgentToolJson");
        _function = settings.Shared("AgentToolFunction");
    }

    /// <summary>The statement that adds a method's function to the toolbox.</summary>
    public string AddLine(ToolImplementation implementation, int index, string? target)
    {
        var call = $"{ClassName}.Call{index}({(target is null ? string.Empty : target + ", ")}arguments, cancellationToken)";
        return $"Add({CSharpText.Literal(implementation.ToolName)}, new {_function}({CSharpText.Literal(implementation.ToolName)}, {CSharpText.Literal(implementation.Description ?? string.Empty)}, {CSharpText.Literal(ToolSchemaWriter.Write(implementation, _types))}, (arguments, cancellationToken) => {call}));";
    }

    public void Emit(SourceWriter w, IReadOnlyList<ToolImplementation> implementations, bool nullableContext)
    {
        if (nullableContext)
        {
            w.Line("#nullable disable");
        }

        // The app's own members may be [Obsolete] for its own callers; reading them as JSON is not such a use.
        w.Line("#pragma warning disable CS0612, CS0618");
        w.Summary("Calls the tool methods with the model's arguments and returns their results as JSON, with no reflection (generated from the methods' signatures).");
        w.Line(GeneratedFile.Attribute);
        w.Open($"internal static class {ClassName}");
        for (var i = 0; i < implementations.Count; i++)
        {
            EmitCall(w, implementations[i], i);
        }

        foreach (var type in _types.Values)
        {
            EmitRead(w, type);
            EmitWrite(w, type);
        }

        w.Close();
        w.Line("#pragma warning restore CS0612, CS0618");
        if (nullableContext)
        {
            w.Line("#nullable restore");
        }
    }

    private void EmitCall(SourceWriter w, ToolImplementation implementation, int index)
    {
        var result = implementation.Result;
        var target = implementation.IsStatic ? string.Empty : implementation.ContainingType + " target, ";
        var async = result.IsAwaited ? "async " : string.Empty;
        w.Line($"/// <summary>Calls {CSharpText.XmlDoc(implementation.ContainingType.Replace("global::", string.Empty) + "." + implementation.MethodName)} for the tool {CSharpText.XmlDoc(implementation.ToolName)}.</summary>");
        w.Open($"internal static {async}global::System.Threading.Tasks.ValueTask<object> Call{index}({target}global::Microsoft.Extensions.AI.AIFunctionArguments arguments, global::System.Threading.CancellationToken cancellationToken)");
        var values = new List<string>();
        foreach (var parameter in implementation.Parameters)
        {
            switch (parameter.Source)
            {
                case ToolParameterSource.CancellationToken:
                    values.Add("cancellationToken");
                    break;
                case ToolParameterSource.Services:
                    values.Add("arguments.Services");
                    break;
                case ToolParameterSource.Arguments:
                    values.Add("arguments");
                    break;
                default:
                    var name = "a" + values.Count;
                    w.Line($"var {name} = {_json}.Argument<{parameter.Type}>(arguments, {CSharpText.Literal(parameter.JsonName)}, {(parameter.IsRequired ? "true" : "false")}, {parameter.DefaultValue ?? $"default({parameter.Type})"}, {ReaderOf(parameter.Type)});");
                    values.Add(name);
                    break;
            }
        }

        var receiver = implementation.IsStatic ? implementation.ContainingType : "target";
        var invocation = $"{receiver}.{Escape(implementation.MethodName)}({string.Join(", ", values)})";
        if (result.IsAwaited)
        {
            invocation = $"await {invocation}.ConfigureAwait(false)";
        }

        if (result.Type is null)
        {
            w.Line(invocation + ";");
            w.Line(result.IsAwaited ? "return null;" : "return default(global::System.Threading.Tasks.ValueTask<object>);");
        }
        else
        {
            w.Line($"var result = {invocation};");
            var value = ResultOf(result.Type);
            w.Line(result.IsAwaited ? $"return {value};" : $"return new global::System.Threading.Tasks.ValueTask<object>({value});");
        }

        w.Close();
        w.Line();
    }

    /// <summary>A result as the function returns it: text as text, JSON and <c>object</c> as they are, anything else written as JSON.</summary>
    private string ResultOf(string key)
    {
        if (key == "string" || key == "object" || key == "global::System.Text.Json.JsonElement")
        {
            return "result";
        }

        return $"{_json}.Result<{key}>(result, {WriterOf(key)})";
    }

    private string ReaderOf(string key) => _index.TryGetValue(key, out var i) ? "Read" + i : _json + "." + BuiltIn("Read", key);

    private string WriterOf(string key) => _index.TryGetValue(key, out var i) ? "Write" + i : _json + "." + BuiltIn("Write", key);

    private static string BuiltIn(string verb, string key) => key switch
    {
        "object" => verb + "Any",
        "global::System.Text.Json.JsonElement" => verb + "Json",
        "string" => verb + "String",
        "char" => verb + "Char",
        "bool" => verb + "Boolean",
        "byte" => verb + "Byte",
        "sbyte" => verb + "SByte",
        "short" => verb + "Int16",
        "ushort" => verb + "UInt16",
        "int" => verb + "Int32",
        "uint" => verb + "UInt32",
        "long" => verb + "Int64",
        "ulong" => verb + "UInt64",
        "float" => verb + "Single",
        "double" => verb + "Double",
        "decimal" => verb + "Decimal",
        _ => verb + key.Substring(key.LastIndexOf('.') + 1), // DateTime, DateTimeOffset, TimeSpan, Guid
    };

    private void EmitRead(SourceWriter w, ToolType type)
    {
        var i = _index[type.Key];
        var json = "global::System.Text.Json.JsonValueKind";
        w.Open($"private static {type.Key} Read{i}(global::System.Text.Json.JsonElement json, string path)");
        switch (type.Kind)
        {
            case ToolTypeKind.Nullable:
                w.Line($"return {_json}.IsNull(json) ? default({type.Key}) : {ReaderOf(type.Element!)}(json, path);");
                break;
            case ToolTypeKind.Enum:
                w.Line($"if (json.ValueKind == {json}.Number) return ({type.Key}){_json}.{(type.Primitive is "ulong" ? "ReadUInt64" : "ReadInt64")}(json, path);");
                w.Line($"var text = json.ValueKind == {json}.String ? json.GetString() : null;");
                for (var m = 0; m < type.EnumMembers.Count; m++)
                {
                    w.Line($"if (string.Equals(text, {CSharpText.Literal(type.EnumMembers[m])}, global::System.StringComparison.OrdinalIgnoreCase)) return ({type.Key})({type.EnumValues[m]});");
                }

                w.Line($"throw {_json}.Invalid(json, path, {CSharpText.Literal("one of " + string.Join(", ", type.EnumMembers))});");
                break;
            case ToolTypeKind.Array or ToolTypeKind.List:
                var element = type.Element!;
                var collection = type.Kind == ToolTypeKind.Array ? $"new {ArrayOf(element, "json.GetArrayLength()")}" : $"new global::System.Collections.Generic.List<{element}>(json.GetArrayLength())";
                w.Line("if (" + _json + ".IsNull(json)) return null;");
                w.Line($"{_json}.Expect(json, {json}.Array, path);");
                w.Line($"var items = {collection};");
                w.Line("var i = 0;");
                w.Open("foreach (var item in json.EnumerateArray())");
                w.Line(type.Kind == ToolTypeKind.Array
                    ? $"items[i] = {ReaderOf(element)}(item, path + \"[\" + i + \"]\");"
                    : $"items.Add({ReaderOf(element)}(item, path + \"[\" + i + \"]\"));");
                w.Line("i++;");
                w.Close();
                w.Line("return items;");
                break;
            case ToolTypeKind.Dictionary:
                w.Line("if (" + _json + ".IsNull(json)) return null;");
                w.Line($"{_json}.Expect(json, {json}.Object, path);");
                w.Line($"var items = new global::System.Collections.Generic.Dictionary<string, {type.Element}>();");
                w.Line($"foreach (var property in json.EnumerateObject()) items[property.Name] = {ReaderOf(type.Element!)}(property.Value, path + \".\" + property.Name);");
                w.Line("return items;");
                break;
            case ToolTypeKind.Object:
                EmitReadObject(w, type);
                break;
        }

        w.Close();
        w.Line();
    }

    /// <summary>T[n], with an element that is itself an array written T[n][] as C# wants.</summary>
    private static string ArrayOf(string element, string length)
    {
        var bracket = element.IndexOf('[', element.LastIndexOf('>') + 1);
        return bracket < 0 ? $"{element}[{length}]" : $"{element.Substring(0, bracket)}[{length}]{element.Substring(bracket)}";
    }

    private void EmitReadObject(SourceWriter w, ToolType type)
    {
        w.Line(type.IsValueType ? $"if ({_json}.IsNull(json)) return default({type.Key});" : $"if ({_json}.IsNull(json)) return null;");
        w.Line($"{_json}.Expect(json, global::System.Text.Json.JsonValueKind.Object, path);");
        // Whether the JSON had a member decides between its value and the parameter's default or the property's own initial
        // value; only a required member is always set (the compiler demands it in the initializer).
        var members = type.ConstructorParameters.Select(p => (p.JsonName, p.Type, Tracked: true))
            .Concat(type.Properties.Where(p => p.Assign != ToolPropertyAssignment.None).Select(p => (p.JsonName, p.Type, Tracked: !p.IsRequired)))
            .ToList();
        for (var m = 0; m < members.Count; m++)
        {
            w.Line(members[m].Tracked ? $"var v{m} = default({members[m].Type}); var has{m} = false;" : $"var v{m} = default({members[m].Type});");
        }

        if (members.Count > 0)
        {
            w.Open("foreach (var property in json.EnumerateObject())");
            for (var m = 0; m < members.Count; m++)
            {
                var name = CSharpText.Literal(members[m].JsonName);
                var found = members[m].Tracked ? $" has{m} = true;" : string.Empty;
                w.Line($"{(m == 0 ? string.Empty : "else ")}if ({_json}.NameIs(property, {name})) {{ v{m} = {ReaderOf(members[m].Type)}(property.Value, path + \".\" + {name});{found} }}");
            }

            w.Close();
        }

        var arguments = string.Join(", ", type.ConstructorParameters.Select((p, m) => $"has{m} ? v{m} : {p.DefaultValue ?? $"default({p.Type})"}"));
        var required = new List<string>();
        var optional = new List<(string Name, int At)>();
        var assigned = new List<string>();
        var at = type.ConstructorParameters.Count;
        foreach (var property in type.Properties.Where(p => p.Assign != ToolPropertyAssignment.None))
        {
            if (property.Assign == ToolPropertyAssignment.Setter)
            {
                assigned.Add($"if (has{at}) value.{Escape(property.Name)} = v{at};");
            }
            else if (property.IsRequired)
            {
                required.Add($"{Escape(property.Name)} = v{at}");
            }
            else
            {
                optional.Add((Escape(property.Name), at));
            }

            at++;
        }

        var initialized = required.ToList();
        if (optional.Count > 0)
        {
            // An init-only property the JSON leaves out keeps its initial value, as System.Text.Json keeps it: read from an
            // instance made the same way, created only when one is left out.
            var requiredOnly = required.Count > 0 ? " { " + string.Join(", ", required) + " }" : string.Empty;
            w.Line($"var initial = {string.Join(" && ", optional.Select(o => "has" + o.At))} ? default({type.Key}) : new {type.Key}({arguments}){requiredOnly};");
            initialized.AddRange(optional.Select(o => $"{o.Name} = has{o.At} ? v{o.At} : initial.{o.Name}"));
        }

        var initializer = initialized.Count > 0 ? " { " + string.Join(", ", initialized) + " }" : string.Empty;
        w.Line($"var value = new {type.Key}({arguments}){initializer};");
        foreach (var line in assigned)
        {
            w.Line(line);
        }

        w.Line("return value;");
    }

    private void EmitWrite(SourceWriter w, ToolType type)
    {
        var i = _index[type.Key];
        w.Open($"private static void Write{i}(global::System.Text.Json.Utf8JsonWriter writer, {type.Key} value)");
        var nullable = type.Kind is ToolTypeKind.Array or ToolTypeKind.List or ToolTypeKind.Dictionary || (type.Kind == ToolTypeKind.Object && !type.IsValueType);
        if (nullable)
        {
            w.Line("if (value == null) { writer.WriteNullValue(); return; }");
        }

        switch (type.Kind)
        {
            case ToolTypeKind.Nullable:
                w.Line($"if (value.HasValue) {WriterOf(type.Element!)}(writer, value.Value); else writer.WriteNullValue();");
                break;
            case ToolTypeKind.Enum:
                for (var m = 0; m < type.EnumMembers.Count; m++)
                {
                    w.Line($"if (value == ({type.Key})({type.EnumValues[m]})) {{ writer.WriteStringValue({CSharpText.Literal(type.EnumMembers[m])}); return; }}");
                }

                w.Line($"writer.WriteNumberValue(({(type.Primitive is "ulong" ? "ulong" : "long")})value);");
                break;
            case ToolTypeKind.Array or ToolTypeKind.List:
                w.Line("writer.WriteStartArray();");
                w.Line($"foreach (var item in value) {WriterOf(type.Element!)}(writer, item);");
                w.Line("writer.WriteEndArray();");
                break;
            case ToolTypeKind.Dictionary:
                w.Line("writer.WriteStartObject();");
                w.Line($"foreach (var item in value) {{ writer.WritePropertyName(item.Key); {WriterOf(type.Element!)}(writer, item.Value); }}");
                w.Line("writer.WriteEndObject();");
                break;
            case ToolTypeKind.Object:
                w.Line("writer.WriteStartObject();");
                foreach (var property in type.Properties.Where(p => p.IsReadable))
                {
                    w.Line($"writer.WritePropertyName({CSharpText.Literal(property.JsonName)}); {WriterOf(property.Type)}(writer, value.{Escape(property.Name)});");
                }

                w.Line("writer.WriteEndObject();");
                break;
        }

        w.Close();
        w.Line();
    }

    /// <summary>A member name as C# source: keywords (an enum member named <c>class</c>) take an @.</summary>
    private static string Escape(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
