using System.IO;
using System.Text.RegularExpressions;
using AgentGen.Model;

namespace AgentGen.Emit;

/// <summary>
/// The fixed run-time code (src/AgentGen/Runtime/*.cs, embedded in this assembly): real C# files, compiled and tested as
/// they are, and emitted into the consumer with its namespace, visibility and language version. They are written in
/// C# 7.3 plus nullable annotations, which are removed for older language versions; so a resource may annotate only
/// reference types whose names <see cref="ReferenceAnnotation"/> lists (or a generic or array type), and never use '!'.
/// </summary>
internal static class RuntimeSources
{
    public const string HintName = "AgentGen.Runtime.g.cs";

    private const string SourceNamespace = "namespace AgentGen.Runtime";

    /// <summary>The resources, in emission order.</summary>
    private static readonly string[] Files = { "AgentDefinition", "AgentCatalogTable", "AgentToolRules", "AgentJsonReader", "AgentMcpServer" };

    private static readonly Regex TypeVisibility = new(@"(?m)^    public (?=(?:static |sealed |abstract )*(?:partial )?(?:class|struct|enum|interface|delegate) )", RegexOptions.CultureInvariant);

    private static readonly Regex ReferenceAnnotation = new(@"(?<=\b(?:string|object|AgentDefinition|AgentMcpServer|AgentJsonReader|AgentCatalogTable)|[>\]])\?(?=[\s,;)>\[\]=])", RegexOptions.CultureInvariant);

    private const string NotNullWhen = "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] ";

    public static string Emit(EmitSettings settings)
    {
        var writer = new SourceWriter();
        GeneratedFile.Header(writer, settings);
        foreach (var file in Files)
        {
            writer.Line(Adapt(Read(file), settings));
        }

        return writer.ToString();
    }

    /// <summary>One resource, as written.</summary>
    public static string Read(string file)
    {
        using var stream = typeof(RuntimeSources).Assembly.GetManifestResourceStream("AgentGen.Runtime." + file + ".cs")
            ?? throw new FileNotFoundException("AgentGen's embedded run-time source is missing: " + file);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n").TrimEnd('\n');
    }

    private static string Adapt(string source, EmitSettings settings)
    {
        source = source
            .Replace(SourceNamespace, "namespace " + settings.SharedNamespace)
            .Replace("GeneratedCode(\"AgentGen\", \"0.0.0\")", $"GeneratedCode(\"AgentGen\", \"{GeneratedFile.Version}\")");
        if (!settings.IsPublic)
        {
            source = TypeVisibility.Replace(source, "internal ");
        }

        if (!settings.NullableAnnotations)
        {
            source = ReferenceAnnotation.Replace(source.Replace(NotNullWhen, string.Empty), string.Empty);
        }

        return source;
    }
}
