using System.Collections.Generic;
using System.Linq;
using AgentGen.Model;
using AgentGen.Naming;
using AgentGen.Schema;

namespace AgentGen.Emit;

/// <summary>
/// The skills and commands of the project, in AgentGenNamespace (their names are flat in Claude Code): a static class
/// per skill (<c>ReleaseNotesSkill</c>) or command (<c>TriageCommand</c>) with its text as constants and its
/// <c>Render</c> methods, and the <c>SkillCatalog</c> that holds their definitions (always emitted, empty without skills,
/// so that the agent layer can look skills up).
/// </summary>
internal static class SkillEmitter
{
    public const string CatalogHintName = "AgentGen.SkillCatalog.g.cs";

    /// <summary>
    /// Each skill's place, in name order (then path): its class name, unique (<c>{Pascal}Skill</c> or <c>{Pascal}Command</c>,
    /// then a number for a repeated name), and its index in the catalog.
    /// </summary>
    public static EquatableArray<SkillKey> Keys(IEnumerable<(DocumentKinds Kind, string SourcePath, string Name)> skills)
    {
        var used = new HashSet<string>(System.StringComparer.Ordinal);
        var keys = new List<SkillKey>();
        foreach (var skill in skills.OrderBy(s => s.Name, System.StringComparer.Ordinal).ThenBy(s => s.SourcePath, System.StringComparer.Ordinal))
        {
            var stem = Identifiers.Pascal(skill.Name, "Unnamed") + (skill.Kind == DocumentKinds.Command ? "Command" : "Skill");
            var name = stem;
            for (var i = 2; !used.Add(name); i++)
            {
                name = stem + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            keys.Add(new SkillKey(skill.Kind, skill.SourcePath, skill.Name, name, keys.Count));
        }

        return keys.ToEquatableArray();
    }

    public static string HintName(string className) => "Skill." + className + ".g.cs";

    public static string EmitClass(SkillSpec skill, string className, int index, EmitSettings s)
    {
        var definition = s.Shared("SkillDefinition");
        var noun = skill.Kind == DocumentKinds.Command ? "command" : "skill";
        var body = skill.Kind == DocumentKinds.Command ? "Prompt" : "Instructions";
        var w = GeneratedFile.Start(s, s.SharedNamespace);
        w.DocXml("summary", $"The {noun} <c>/{CSharpText.XmlDoc(skill.Name)}</c>: {CSharpText.XmlDoc(FirstLine(skill.Description))}");
        w.Line(GeneratedFile.Attribute);
        w.Open($"{s.Visibility} static partial class {className}");
        w.Line($"/// <summary>The name it is invoked by (<c>/{CSharpText.XmlDoc(skill.Name)}</c>).</summary>");
        w.Line($"public const string Name = {CSharpText.Literal(skill.Name)};");
        w.Line("/// <summary>What it does and when to use it.</summary>");
        w.Line($"public const string Description = {CSharpText.Literal(skill.Description)};");
        w.Line($"/// <summary>The body below the frontmatter, with its <c>$ARGUMENTS</c> as written (CRLF normalised to LF).</summary>");
        w.Line($"public const string {body} = {CSharpText.Literal(skill.Instructions)};");
        if (skill.ArgumentHint is { } hint)
        {
            w.Line("/// <summary>The arguments it expects (frontmatter key <c>argument-hint</c>).</summary>");
            w.Line($"public const string ArgumentHint = {CSharpText.Literal(hint)};");
        }

        w.Line("/// <summary>Every other frontmatter key, as SkillDefinition reads them.</summary>");
        w.Line($"internal const string SettingsJson = {CSharpText.Literal(skill.SettingsJson)};");
        w.Line($"/// <summary>The {noun} as a definition: every key, and Render.</summary>");
        w.Line($"public static {definition} Definition {{ get {{ return {s.Shared("SkillCatalog")}.Table[{index}]; }} }}");
        w.Line($"/// <summary>The {body.ToLowerInvariant()} with the arguments filled (see SkillDefinition.Render): the user message of a run.</summary>");
        w.Line("/// <param name=\"arguments\">What follows the name, as a user types it.</param>");
        w.Line("/// <returns>The rendered text.</returns>");
        w.Line("public static string Render(string arguments) { return Definition.Render(arguments); }");
        if (skill.Resources.Count > 0)
        {
            var resource = s.Shared("SkillResource");
            w.Line($"/// <summary>The text files of the skill's folder, embedded: no file system at run time.</summary>");
            w.Line($"internal static {resource}[] CreateResources() {{ return new {resource}[] {{ {string.Join(", ", skill.Resources.Select(r => $"new {resource}({CSharpText.Literal(r.Path.Substring(skill.Folder.Length))}, {CSharpText.Literal(r.Content)})"))} }}; }}");
        }

        var parameters = skill.ArgumentNames.Select((n, i) => (Name: Parameter(n, i), Doc: n)).ToList();
        if (parameters.Count >= 2 && parameters.Select(p => p.Name).Distinct(System.StringComparer.Ordinal).Count() == parameters.Count)
        {
            // One parameter per named argument (the arguments key, else the hint), in order: $0 is the first (Claude Code's numbering).
            w.Line($"/// <summary>The {body.ToLowerInvariant()} with its arguments filled, one parameter each, in order: {CSharpText.XmlDoc(string.Join(" ", skill.ArgumentNames))}.</summary>");
            foreach (var (name, doc) in parameters)
            {
                w.Line($"/// <param name=\"{name}\">The argument <c>{CSharpText.XmlDoc(doc)}</c>.</param>");
            }

            w.Line("/// <returns>The rendered text.</returns>");
            w.Line($"public static string Render({string.Join(", ", parameters.Select(p => "string " + p.Name))}) {{ return Definition.Render(new string[] {{ {string.Join(", ", parameters.Select(p => p.Name))} }}); }}");
        }

        w.Close();
        return GeneratedFile.End(w);
    }

    public static string EmitCatalog(SkillCatalogModel model)
    {
        var s = model.Settings;
        var definition = s.Shared("SkillDefinition");
        var w = GeneratedFile.Start(s, s.SharedNamespace);
        w.Summary("The project's skills (.claude/skills) and slash commands (.claude/commands), generated from their files: look them up by name.");
        w.Line(GeneratedFile.Attribute);
        w.Open($"{s.Visibility} static partial class SkillCatalog");
        w.Line($"internal static readonly {definition}[] Table = new {definition}[]");
        w.Line("{");
        var entries = model.Entries.ToDictionary(e => (e.Kind, e.SourcePath));
        foreach (var key in model.Keys)
        {
            var k = entries[(key.Kind, key.SourcePath)];
            var c = key.ClassName;
            var body = k.Kind == DocumentKinds.Command ? "Prompt" : "Instructions";
            w.Line($"    new {definition}({c}.Name, {c}.Description, {c}.{body}, {(k.Kind == DocumentKinds.Command ? "true" : "false")}, {c}.SettingsJson, {(k.Resources.Count > 0 ? c + ".CreateResources()" : "null")}),");
        }

        w.Line("};");
        w.Line();
        w.Summary("Every skill and command, in name order.");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{definition}> All {{ get {{ return Table; }} }}");
        w.Line();
        w.Summary("Finds a skill or command by name (exact, case-sensitive).");
        w.Line("/// <param name=\"name\">The name, such as release-notes.</param>");
        w.Line("/// <param name=\"skill\">The skill or command, when found.</param>");
        w.Line("/// <returns>True when one has that name.</returns>");
        var attribute = s.NullableAnnotations ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;
        w.Open($"public static bool TryGet({s.Nullable("string")} name, {attribute}out {s.Nullable(definition)} skill)");
        w.Open("foreach (var candidate in Table)");
        w.Open("if (candidate.Name == name)");
        w.Line("skill = candidate;");
        w.Line("return true;");
        w.Close();
        w.Close();
        w.Line("skill = null;");
        w.Line("return false;");
        w.Close();
        w.Close();
        return GeneratedFile.End(w);
    }

    private static string Parameter(string name, int index)
    {
        var pascal = Identifiers.Pascal(name, "Argument" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var camel = char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(camel) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + camel : camel;
    }

    private static string FirstLine(string text)
    {
        var line = text.Trim();
        var end = line.IndexOf('\n');
        line = end >= 0 ? line.Substring(0, end).TrimEnd() : line;
        return line.Length <= 200 ? line : line.Substring(0, 197) + "...";
    }
}
