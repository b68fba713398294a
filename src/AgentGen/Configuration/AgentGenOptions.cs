using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AgentGen.Naming;
using AgentGen.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Configuration;

/// <summary>One entry of AgentGenModelIds: the model id an alias (or any <c>model</c> value) stands for at run time.</summary>
internal readonly record struct ModelIdEntry(string Alias, string Id);

/// <summary>Project-wide settings, read once from the global analyzer config; value-equatable for the pipeline.</summary>
internal sealed record AgentGenOptions(
    string Namespace,
    bool IsPublic,
    EquatableArray<string> ExtraTools,
    long MaxFileSize,
    string? ProjectDirectory,
    bool EmitPolyfills,
    bool FolderNamespaces = true,
    EquatableArray<ModelIdEntry> ModelIds = default)
{
    public const long DefaultMaxFileSize = 1024 * 1024;

    public static AgentGenOptions Read(AnalyzerConfigOptions global)
    {
        var rootNamespace = Get(global, MSBuildNames.RootNamespace);
        var configured = Get(global, MSBuildNames.Namespace);
        var ns = configured ?? (rootNamespace is null ? "Agents" : rootNamespace + ".Agents");
        var visibility = Get(global, MSBuildNames.Visibility);
        var extraTools = (Get(global, MSBuildNames.ExtraTools) ?? string.Empty)
            .Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(tool => tool.Trim())
            .Where(tool => tool.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(tool => tool, StringComparer.Ordinal)
            .ToEquatableArray();
        var maxSize = long.TryParse(Get(global, MSBuildNames.MaxFileSize), NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0
            ? size
            : DefaultMaxFileSize;
        return new AgentGenOptions(
            Identifiers.Namespace(ns),
            string.Equals(visibility, "public", StringComparison.OrdinalIgnoreCase),
            extraTools,
            maxSize,
            Get(global, MSBuildNames.ProjectDir),
            !string.Equals(Get(global, MSBuildNames.EmitPolyfills), "false", StringComparison.OrdinalIgnoreCase),
            !string.Equals(Get(global, MSBuildNames.FolderNamespaces), "false", StringComparison.OrdinalIgnoreCase),
            ModelIdEntries(Get(global, MSBuildNames.ModelIds)).Where(e => e.Alias.Length > 0 && e.Id.Length > 0).ToEquatableArray());
    }

    /// <summary>The <c>alias=id</c> pairs of AgentGenModelIds (separated by ',' once AgentGen.targets has rewritten the ';').</summary>
    private static IEnumerable<ModelIdEntry> ModelIdEntries(string? value)
    {
        foreach (var pair in (value ?? string.Empty).Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            yield return equals < 0 ? new ModelIdEntry(pair.Trim(), string.Empty) : new ModelIdEntry(pair.Substring(0, equals).Trim(), pair.Substring(equals + 1).Trim());
        }
    }

    /// <summary>
    /// MSBuild values that <see cref="Read"/> had to replace (a visibility other than internal/public, a size that is
    /// not a positive number, a namespace that is not a valid C# namespace): the analyzer reports them (AGEN023).
    /// </summary>
    public static IEnumerable<(string Setting, string Value, string Problem)> InvalidSettings(AnalyzerConfigOptions global)
    {
        if (Get(global, MSBuildNames.Visibility) is { } visibility
            && !string.Equals(visibility, "public", StringComparison.OrdinalIgnoreCase) && !string.Equals(visibility, "internal", StringComparison.OrdinalIgnoreCase))
        {
            yield return ("AgentGenVisibility", visibility, "use internal or public; internal is used");
        }

        if (Get(global, MSBuildNames.MaxFileSize) is { } size
            && !(long.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes > 0))
        {
            yield return ("AgentGenMaxFileSize", size, $"it must be a positive number of bytes, such as 262144; {DefaultMaxFileSize} is used");
        }

        foreach (var entry in ModelIdEntries(Get(global, MSBuildNames.ModelIds)).Where(e => e.Alias.Length == 0 || e.Id.Length == 0))
        {
            yield return ("AgentGenModelIds", entry.Id.Length == 0 ? entry.Alias : "=" + entry.Id, "each entry is alias=model-id, separated by ';' (sonnet=claude-sonnet-4-5;opus=claude-opus-4-1); this entry is ignored");
        }

        if (Get(global, MSBuildNames.Namespace) is { } ns && Identifiers.Namespace(ns) != ns)
        {
            yield return ("AgentGenNamespace", ns, $"not a valid C# namespace; '{Identifiers.Namespace(ns)}' is used");
        }
    }

    /// <summary>The per-file Namespace metadata when it is not a valid C# namespace (null when valid or absent).</summary>
    public static string? InvalidFileNamespace(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(MSBuildNames.MetadataPrefix + MSBuildNames.FileNamespace, out var value) && !string.IsNullOrWhiteSpace(value)
            && Identifiers.Namespace(value) != value.Trim()
            ? value
            : null;

    /// <summary>True when the file is an AdditionalFiles item AgentGen's targets marked as an agent file.</summary>
    public static bool IsAgentFile(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(MSBuildNames.MetadataPrefix + MSBuildNames.IsAgentFile, out var value)
        && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The namespace of one file's agent: its own <c>Namespace</c> metadata; else, for a file in a subfolder of the agents
    /// directory, a sub-namespace per folder (<c>studio/</c> gives <c>{Namespace}.Studio</c>, the C# convention, so groups
    /// of agents with the same names coexist); else the project's agent namespace.
    /// </summary>
    public string NamespaceFor(AnalyzerConfigOptions fileOptions)
    {
        if (fileOptions.TryGetValue(MSBuildNames.MetadataPrefix + MSBuildNames.FileNamespace, out var value) && !string.IsNullOrWhiteSpace(value))
        {
            return Identifiers.Namespace(value);
        }

        if (FolderNamespaces && fileOptions.TryGetValue(MSBuildNames.MetadataPrefix + MSBuildNames.FileFolder, out var folder) && !string.IsNullOrWhiteSpace(folder))
        {
            var parts = folder.Split(new[] { '/', '\\' }, StringSplitOptions.RemoveEmptyEntries).Select(part => Identifiers.Pascal(part, "Folder"));
            return Identifiers.Namespace(Namespace + "." + string.Join(".", parts));
        }

        return Namespace;
    }

    /// <summary>The file's folder under its items' directory (the <c>**</c> of the item), with '/' separators, or null at the top.</summary>
    public static string? FolderOf(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(MSBuildNames.MetadataPrefix + MSBuildNames.FileFolder, out var folder)
        && string.Join("/", folder.Split(new[] { '/', '\\' }, StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length > 0)) is { Length: > 0 } normalized
            ? normalized
            : null;

    private static string? Get(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue(MSBuildNames.PropertyPrefix + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>Built-in tools plus the project's extra tools.</summary>
    public HashSet<string> KnownTools()
    {
        var known = new HashSet<string>(Schema.ToolNames.BuiltIn, StringComparer.Ordinal);
        known.UnionWith(ExtraTools);
        return known;
    }
}
