using System.Linq;
using System.Text.RegularExpressions;
using AgentGen.Input;
using AgentGen.Model;
using AgentGen.Parsing;
using AgentGen.Schema;

namespace AgentGen.Generation;

/// <summary>Maps a usable skill or command file to the generator's equatable <see cref="SkillSpec"/>.</summary>
internal static class SkillSpecFactory
{
    /// <summary>One token of an argument-hint that names an argument: [issue-number] or &lt;phase&gt;.</summary>
    private static readonly Regex NamedArgument = new(@"^(?:\[([A-Za-z][A-Za-z0-9_-]*)\]|<([A-Za-z][A-Za-z0-9_-]*)>)$", RegexOptions.CultureInvariant);

    public static SkillSpec? Create(AgentFile file)
    {
        if (file.Document is not { IsUsable: true } document || document.Kind == DocumentKinds.Agent)
        {
            return null;
        }

        var name = ProjectSkills.NameOf(file.Path, document.Kind, document.Name?.Value);
        if (name.Length == 0)
        {
            return null;
        }

        var body = document.Prompt;
        var description = document.Description?.Value is { Length: > 0 } text && text.Trim().Length > 0
            ? text
            : SkillText.FallbackDescription(body, document.Kind, name);
        var hint = document[AgentSchema.ArgumentHint]?.Text;
        var tools = document[AgentSchema.AllowedTools]?.Tools;
        var declared = document[AgentSchema.Arguments]?.Items.Select(i => i.Value).ToList();
        return new SkillSpec(
            document.Kind,
            file.RelativePath,
            name,
            description,
            body,
            hint,
            declared is { Count: > 0 } ? declared.ToEquatableArray() : ArgumentNamesOf(hint),
            SettingsJsonWriter.Write(document, file.RelativePath, file.Group))
        {
            NamedTools = (tools?.Entries ?? System.Array.Empty<ToolEntry>()).Where(e => e.IsConcrete && e.BaseName.Length > 0).Select(e => e.BaseName).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToEquatableArray(),
        };
    }

    /// <summary>A text file of a skill's folder (a SkillResource item), or null for any other file or one over the size limit.</summary>
    public static SkillResourceSpec? Resource(Microsoft.CodeAnalysis.AdditionalText file, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider options, System.Threading.CancellationToken cancellationToken)
    {
        if (ProjectSkills.KindOf(options.GetOptions(file)) != ProjectSkills.Resource || !ProjectSkills.IsText(file.Path))
        {
            return null;
        }

        var project = Configuration.AgentGenOptions.Read(options.GlobalOptions);
        var text = file.GetText(cancellationToken);
        return text is null || text.Length > project.MaxFileSize
            ? null
            : new SkillResourceSpec(Helpers.PathHelper.Relative(project.ProjectDirectory, file.Path), text.ToString().Replace("\r\n", "\n"));
    }

    /// <summary>The argument names of a hint whose every token names one (<c>[issue-number] [priority]</c>); else none, and no typed Render.</summary>
    private static EquatableArray<string> ArgumentNamesOf(string? hint)
    {
        if (hint is null)
        {
            return EquatableArray<string>.Empty;
        }

        var tokens = hint.Split(new[] { ' ', '\t' }, System.StringSplitOptions.RemoveEmptyEntries);
        var names = tokens.Select(t => NamedArgument.Match(t)).ToList();
        return tokens.Length is > 0 and <= 8 && names.All(m => m.Success) && names.Select(m => m.Value.ToLowerInvariant()).Distinct().Count() == names.Count
            ? names.Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToEquatableArray()
            : EquatableArray<string>.Empty;
    }
}
