using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using AgentGen.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Input;

/// <summary>
/// The skill names of the project, as an agent's <c>skills:</c> entries may write them and run time finds them: each
/// SkillFile's declared <c>name</c> (read by the one parser, cached for the file), else its folder's, and each
/// CommandFile's file name (a command is a skill without a folder).
/// </summary>
internal static class ProjectSkills
{
    public const string Skill = "skill";

    public const string Command = "command";

    /// <summary>Another file of a skill's folder (SkillResource items).</summary>
    public const string Resource = "skill-resource";

    /// <summary>Resources read as text and embedded in their skill; other files (images, archives) are only known to exist.</summary>
    private static readonly HashSet<string> TextExtensions = new(System.StringComparer.OrdinalIgnoreCase)
    {
        ".md", ".txt", ".json", ".yaml", ".yml", ".toml", ".ini", ".csv", ".xml", ".html", ".sql",
        ".py", ".sh", ".ps1", ".js", ".mjs", ".ts", ".cs", ".rb", ".go", ".java",
    };

    public static bool IsText(string path) => TextExtensions.Contains(Path.GetExtension(path));

    /// <summary>
    /// The project's skill resources by path (relative to the project, '/' separators), and every folder that holds one,
    /// with a trailing '/' (<c>.claude/skills/pdf/references/</c>): what a skill's body may point at, each looked up once.
    /// </summary>
    public static HashSet<string> ResourcePaths(ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider options, string projectDirectory)
    {
        var paths = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (KindOf(options.GetOptions(file)) == Resource)
            {
                var path = Helpers.PathHelper.Relative(projectDirectory, file.Path);
                paths.Add(path);
                for (var slash = path.LastIndexOf('/'); slash > 0 && paths.Add(path.Substring(0, slash + 1)); slash = path.LastIndexOf('/', slash - 1))
                {
                }
            }
        }

        return paths;
    }

    /// <returns>Each name with the files that have it, in path order (more than one is AGEN050).</returns>
    public static Dictionary<string, List<string>> Read(ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
        foreach (var file in files.OrderBy(f => f.Path, System.StringComparer.Ordinal))
        {
            string? name = null;
            switch (KindOf(options.GetOptions(file)))
            {
                case Skill:
                    var declared = file.GetText(cancellationToken) is { } text ? ParseCache.Get(text, AgentGen.Schema.DocumentKinds.Skill).Name?.Value : null;
                    name = NameOf(file.Path, AgentGen.Schema.DocumentKinds.Skill, declared);
                    break;
                case Command:
                    name = NameOf(file.Path, AgentGen.Schema.DocumentKinds.Command, null);
                    break;
            }

            if (name is { Length: > 0 })
            {
                if (!names.TryGetValue(name, out var paths))
                {
                    names.Add(name, paths = new List<string>());
                }

                paths.Add(file.Path);
            }
        }

        return names;
    }

    /// <summary>The name a skill or command is invoked and found by: a skill's declared name, else its folder's; a command's
    /// file name, whatever its subfolder (the one rule of naming, for the build, the generator and run time).</summary>
    public static string NameOf(string path, AgentGen.Schema.DocumentKinds kind, string? declared) =>
        kind == AgentGen.Schema.DocumentKinds.Skill && declared is { Length: > 0 } ? declared : FileNameOf(path, kind);

    /// <summary>What a skill's folder or a command's file is called: the name when none is declared.</summary>
    public static string FileNameOf(string path, AgentGen.Schema.DocumentKinds kind) =>
        (kind == AgentGen.Schema.DocumentKinds.Skill ? Path.GetFileName(Path.GetDirectoryName(path)) : Path.GetFileNameWithoutExtension(path)) ?? string.Empty;

    /// <summary>The names of the project's agents (AgentFile items), as a skill's agent key may write them.</summary>
    public static HashSet<string> AgentNames(ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (AgentGenOptions.IsAgentFile(options.GetOptions(file)) && file.GetText(cancellationToken) is { } text && ParseCache.Get(text).Name is { Value.Length: > 0 } name)
            {
                names.Add(name.Value);
            }
        }

        return names;
    }

    /// <summary>The kind of document an AdditionalFiles item is, by its metadata, or null for a file that is not AgentGen's.</summary>
    public static AgentGen.Schema.DocumentKinds? DocumentKindOf(AnalyzerConfigOptions fileOptions) =>
        AgentGenOptions.IsAgentFile(fileOptions) ? AgentGen.Schema.DocumentKinds.Agent
        : KindOf(fileOptions) switch
        {
            Skill => AgentGen.Schema.DocumentKinds.Skill,
            Command => AgentGen.Schema.DocumentKinds.Command,
            _ => null,
        };

    /// <summary><see cref="Skill"/>, <see cref="Command"/>, or null for any other file.</summary>
    public static string? KindOf(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(MSBuildNames.MetadataPrefix + MSBuildNames.Kind, out var kind) ? kind.Trim().ToLowerInvariant() switch
        {
            Skill => Skill,
            Command => Command,
            Resource => Resource,
            _ => null,
        } : null;
}
