using System.Collections.Generic;
using System.Collections.Immutable;
using AgentGen.Diagnostics;
using AgentGen.Schema;

namespace AgentGen.Parsing;

/// <summary>A frontmatter key outside the format: its name and value (scalars as text, lists and mappings as JSON).</summary>
internal readonly record struct CustomKey(string Key, string Value);

/// <summary>
/// Everything the parser read from one agent file, immutable: the known keys' values with their spans, the custom keys,
/// the prompt, and the problems found on the way. Produced by <see cref="AgentFileParser"/>, consumed by the generator
/// (which maps it to an equatable model and drops the spans) and by the analyzer (which reports the problems).
/// </summary>
internal sealed class AgentDocument
{
    private readonly Dictionary<KeySpec, FrontmatterValue> _values;

    public AgentDocument(bool isUsable, IEnumerable<FrontmatterValue> values, ImmutableArray<CustomKey> customKeys, string prompt, int promptStart, ImmutableArray<Problem> problems)
    {
        IsUsable = isUsable;
        _values = new Dictionary<KeySpec, FrontmatterValue>();
        foreach (var value in values)
        {
            _values[value.Key] = value;
        }

        CustomKeys = customKeys;
        Prompt = prompt;
        PromptStart = promptStart;
        Problems = problems;
    }

    /// <summary>False when a problem stops generation: no or unclosed frontmatter, invalid YAML, a limit, a missing name or description.</summary>
    public bool IsUsable { get; }

    /// <summary>Keys outside the format, in file order.</summary>
    public ImmutableArray<CustomKey> CustomKeys { get; }

    /// <summary>The body after the closing '---' line, CRLF normalised to LF.</summary>
    public string Prompt { get; }

    /// <summary>The offset of the body in the file (the file's length when there is none).</summary>
    public int PromptStart { get; }

    public ImmutableArray<Problem> Problems { get; }

    /// <summary>The prompt's <c>{{path}}</c> placeholders in order of first use, as the build's template check read them.</summary>
    public ImmutableArray<string> PromptPlaceholders { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Whether the description has <c>&lt;example&gt;</c> blocks, as the build's example check read them.</summary>
    public bool HasExamples { get; init; }

    /// <summary>What the file was read as: an agent, a skill or a command.</summary>
    public DocumentKinds Kind { get; init; } = DocumentKinds.Agent;

    /// <summary>The value of a known key, or null when the key is absent, empty or of the wrong type.</summary>
    public FrontmatterValue? this[KeySpec key] => _values.TryGetValue(key, out var value) ? value : null;

    public Located<string>? Name => this[AgentSchema.Name]?.AsLocatedText;

    public Located<string>? Description => this[AgentSchema.Description]?.AsLocatedText;

    public ToolList? Tools => this[AgentSchema.Tools]?.Tools;

    public ToolList? DisallowedTools => this[AgentSchema.DisallowedTools]?.Tools;

    /// <summary>A document for a file the parser could not read as an agent.</summary>
    public static AgentDocument Unusable(ImmutableArray<Problem> problems, DocumentKinds kind = DocumentKinds.Agent) =>
        new(false, System.Array.Empty<FrontmatterValue>(), ImmutableArray<CustomKey>.Empty, string.Empty, 0, problems) { Kind = kind };
}
