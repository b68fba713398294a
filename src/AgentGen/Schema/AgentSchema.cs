using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace AgentGen.Schema;

/// <summary>
/// The agent file format (Claude Code subagents), as one table: every key with its YAML shape, allowed values and their
/// aliases, the Claude Code release that added it and its documentation line. The parser's checks, did-you-mean, the
/// generated enums and <c>AgentDefinition</c> properties, the run-time value mapping and the docs' key table are all
/// derived from it: adding a key or a model alias is one edit here (plus the snapshots it changes).
/// </summary>
/// <remarks>
/// <see cref="KeySpec.Since"/>: exact releases where Claude Code's changelog names them; "≤x" where only a release whose
/// documentation already lists the key was found.
/// </remarks>
internal static class AgentSchema
{
    public static readonly ValueSet Models = new("AgentModel", "The model an agent runs on: an alias, or <see cref=\"Custom\"/> for a full model id.", "model", new[]
    {
        new AllowedValue("inherit", "Inherit", "Uses the model of the conversation that spawns the agent (the default)."),
        new AllowedValue("sonnet", "Sonnet", "The Sonnet model alias."),
        new AllowedValue("opus", "Opus", "The Opus model alias."),
        new AllowedValue("haiku", "Haiku", "The Haiku model alias."),
        new AllowedValue("fable", "Fable", "The Fable model alias."),
    }, otherMember: "Custom", otherDoc: "A full model id, such as claude-opus-4-6; see AgentDefinition.Model.", absentMember: "Inherit");

    public static readonly ValueSet PermissionModes = new("AgentPermissionMode", "How the agent asks for permission (the frontmatter key permissionMode).", "permission mode", new[]
    {
        new AllowedValue("default", "Default", "Asks as configured (also written 'manual').", "manual"),
        new AllowedValue("acceptEdits", "AcceptEdits", "Accepts file edits without asking."),
        new AllowedValue("auto", "Auto", "Decides automatically."),
        new AllowedValue("dontAsk", "DontAsk", "Never asks; denies what is not allowed."),
        new AllowedValue("bypassPermissions", "BypassPermissions", "Skips permission checks: every tool runs without approval."),
        new AllowedValue("plan", "Plan", "Plans without making changes."),
    });

    public static readonly ValueSet MemoryScopes = new("AgentMemory", "Where the agent keeps its memory (the frontmatter key memory).", "memory scope", new[]
    {
        new AllowedValue("user", "User", "Memory of the user, across projects."),
        new AllowedValue("project", "Project", "Memory shared by the project."),
        new AllowedValue("local", "Local", "Memory local to this checkout."),
    });

    public static readonly ValueSet EffortLevels = new("AgentEffort", "How much reasoning effort the agent spends (the frontmatter key effort).", "effort level", new[]
    {
        new AllowedValue("low", "Low", "Low effort."),
        new AllowedValue("medium", "Medium", "Medium effort."),
        new AllowedValue("high", "High", "High effort."),
        new AllowedValue("xhigh", "XHigh", "Extra high effort."),
        new AllowedValue("max", "Max", "Maximum effort."),
    });

    public static readonly ValueSet IsolationModes = new("AgentIsolation", "Where the agent works (the frontmatter key isolation).", "isolation mode", new[]
    {
        new AllowedValue("worktree", "Worktree", "In a git worktree of its own."),
    });

    public static readonly ValueSet Colors = new("AgentColor", "The color an agent is shown in (the frontmatter key color).", "color", new[]
    {
        new AllowedValue("red", "Red", "Red."),
        new AllowedValue("blue", "Blue", "Blue."),
        new AllowedValue("green", "Green", "Green."),
        new AllowedValue("yellow", "Yellow", "Yellow."),
        new AllowedValue("purple", "Purple", "Purple."),
        new AllowedValue("orange", "Orange", "Orange."),
        new AllowedValue("pink", "Pink", "Pink."),
        new AllowedValue("cyan", "Cyan", "Cyan."),
    });

    public static readonly ValueSet CacheTtls = new("AgentCacheTtl", "How long the agent's prompt cache lives (the frontmatter key experimental.cacheTtl).", "cache lifetime", new[]
    {
        new AllowedValue("5m", "FiveMinutes", "Five minutes."),
        new AllowedValue("1h", "OneHour", "One hour."),
    });

    public static readonly ValueSet SkillContexts = new("SkillContext", "Where a skill runs (the frontmatter key context).", "context", new[]
    {
        new AllowedValue("fork", "Fork", "In a forked sub-agent context of its own."),
    });

    public static readonly ValueSet SkillShells = new("SkillShell", "The shell of a skill's commands (the frontmatter key shell).", "shell", new[]
    {
        new AllowedValue("bash", "Bash", "bash."),
        new AllowedValue("powershell", "PowerShell", "PowerShell."),
    });

    public static readonly KeySpec Name = new("name", ValueShape.Text, "1.0.60", "Name",
        "The agent's name: how it is referred to and spawned (lowercase letters, digits and hyphens).")
    {
        Kinds = DocumentKinds.Agent | DocumentKinds.Skill | DocumentKinds.Command, // a command is named by its file; its name key is kept
        RequiredIn = DocumentKinds.Agent,
    };

    public static readonly KeySpec Description = new("description", ValueShape.Text, "1.0.60", "Description",
        "When to use the agent; the orchestrator delegates on it.")
    {
        Kinds = DocumentKinds.Agent | DocumentKinds.Skill | DocumentKinds.Command,
        RequiredIn = DocumentKinds.Agent, // a skill without one is described by its first paragraph (AGEN054)
    };

    public static readonly KeySpec Tools = new("tools", ValueShape.ToolList, "1.0.60", "Tools",
        "The allowlist as written, or null when the agent inherits every tool; entries may be MCP wildcards or Agent(a, b).")
    {
        AbsentMeansAll = true,
        Misspellings = ImmutableArray.Create("allowed-tools", "allowedTools", "allowed_tools", "tool"),
    };

    public static readonly KeySpec DisallowedTools = new("disallowedTools", ValueShape.ToolList, "2.0.30", "DisallowedTools",
        "Tools removed from the allowed set; empty when none.")
    {
        Misspellings = ImmutableArray.Create("disallowed-tools", "deniedTools", "denied-tools"),
    };

    public static readonly KeySpec Model = new("model", ValueShape.Choice, "1.0.64", "Model",
        "The model alias or full model id as written, or null when the agent inherits the model.")
    {
        Kinds = DocumentKinds.Agent | DocumentKinds.Skill | DocumentKinds.Command,
        SkillDoc = "The model alias or full model id it runs on, as written, or null for the conversation's model.",
        Values = Models,
        Misspellings = ImmutableArray.Create("models"),
    };

    public static readonly KeySpec PermissionMode = new("permissionMode", ValueShape.Choice, "≤2.1.81", "PermissionMode",
        "How the agent asks for permission, or null when not set or not recognised.")
    {
        Values = PermissionModes,
        Misspellings = ImmutableArray.Create("permission-mode", "permission_mode"),
    };

    public static readonly KeySpec MaxTurns = new("maxTurns", ValueShape.PositiveInteger, "≤2.1.81", "MaxTurns",
        "The most agentic turns the agent may take, or null.")
    {
        Misspellings = ImmutableArray.Create("max-turns", "max_turns"),
    };

    public static readonly KeySpec Skills = new("skills", ValueShape.TextList, "≤2.1.81", "Skills",
        "Skills preloaded into the agent; empty when none.");

    public static readonly KeySpec McpServers = new("mcpServers", ValueShape.McpServers, "≤2.1.81", "McpServers",
        "MCP servers the agent uses: names of servers configured elsewhere, or inline configurations; empty when none.")
    {
        Misspellings = ImmutableArray.Create("mcp-servers", "mcp_servers", "mcp"),
    };

    public static readonly KeySpec Hooks = new("hooks", ValueShape.Hooks, "2.1.0", "HooksJson",
        "Hooks scoped to the agent (a mapping keyed by hook event) as JSON text, or null.")
    {
        Kinds = DocumentKinds.Agent | DocumentKinds.Skill | DocumentKinds.Command,
        SkillDoc = "Hooks scoped to the skill while it runs (a mapping keyed by hook event) as JSON text, or null.",
    };

    public static readonly KeySpec Memory = new("memory", ValueShape.Choice, "2.1.32", "Memory",
        "Where the agent keeps persistent memory, or null.") { Values = MemoryScopes };

    public static readonly KeySpec Background = new("background", ValueShape.Boolean, "2.1.49", "Background",
        "Whether the agent always runs as a background task.");

    public static readonly KeySpec Effort = new("effort", ValueShape.Choice, "≤2.1.96", "Effort",
        "The reasoning effort, or null.") { Values = EffortLevels, Kinds = DocumentKinds.Agent | DocumentKinds.Skill | DocumentKinds.Command, SkillDoc = "The reasoning effort while it runs, or null for the conversation's." };

    public static readonly KeySpec Isolation = new("isolation", ValueShape.Choice, "2.1.50", "Isolation",
        "Where the agent works (worktree: a git worktree of its own), or null.") { Values = IsolationModes };

    public static readonly KeySpec Color = new("color", ValueShape.Choice, "1.0.60", "Color",
        "The color the agent is shown in, or null.")
    {
        Values = Colors,
        Misspellings = ImmutableArray.Create("colour"),
    };

    public static readonly KeySpec InitialPrompt = new("initialPrompt", ValueShape.Text, "≤2.1.96", "InitialPrompt",
        "A first user turn submitted when the agent starts, or null.")
    {
        Misspellings = ImmutableArray.Create("initial-prompt", "initial_prompt"),
    };

    public static readonly KeySpec OmitClaudeMd = new("omitClaudeMd", ValueShape.Boolean, "2.1.271", "OmitClaudeMd",
        "Whether the project's CLAUDE.md is left out of the agent's context.")
    {
        Misspellings = ImmutableArray.Create("omit-claude-md", "omit_claude_md"),
    };

    public static readonly KeySpec CacheTtl = new("cacheTtl", ValueShape.Choice, "2.1.248", "CacheTtl",
        "How long the agent's prompt cache lives (experimental.cacheTtl), or null.") { Values = CacheTtls };

    public static readonly KeySpec Experimental = new("experimental", ValueShape.Mapping, "2.1.248", "ExperimentalJson",
        "Experimental settings as JSON text, or null; the known ones are also typed (CacheTtl).")
    {
        SubKeys = ImmutableArray.Create(CacheTtl),
    };

    private const DocumentKinds SkillsAndCommands = DocumentKinds.Skill | DocumentKinds.Command;

    public static readonly KeySpec AllowedTools = new("allowed-tools", ValueShape.ToolList, "≤2.1.81", "AllowedTools",
        "The tools the skill may use without asking, as written (Bash(git:*) scopes a tool), or null when it names none.")
    {
        Kinds = SkillsAndCommands,
        Misspellings = ImmutableArray.Create("tools", "allowedTools", "allowed_tools"),
    };

    public static readonly KeySpec ArgumentHint = new("argument-hint", ValueShape.Text, "≤2.1.81", "ArgumentHint",
        "The arguments the skill expects, as the / menu shows them ([issue-number] [priority]), or null.")
    {
        Kinds = SkillsAndCommands,
        Misspellings = ImmutableArray.Create("argumentHint", "argument_hint", "args"),
    };

    public static readonly KeySpec Arguments = new("arguments", ValueShape.TextList, "≤2.1.96", "Arguments",
        "The names of the skill's arguments, in order; empty when none.") { Kinds = SkillsAndCommands };

    public static readonly KeySpec DisableModelInvocation = new("disable-model-invocation", ValueShape.Boolean, "≤2.1.81", "DisableModelInvocation",
        "Whether only the user may invoke the skill (for side effects such as a deploy), never the model.")
    {
        Kinds = SkillsAndCommands,
        Misspellings = ImmutableArray.Create("disableModelInvocation", "disable_model_invocation"),
    };

    public static readonly KeySpec UserInvocable = new("user-invocable", ValueShape.Boolean, "≤2.1.96", "UserInvocable",
        "Whether the skill is in the / menu (false hides it from users; the model may still use it).")
    {
        Kinds = SkillsAndCommands,
        AbsentMeansTrue = true,
        Misspellings = ImmutableArray.Create("userInvocable", "user_invocable", "user-invokable"),
    };

    public static readonly KeySpec WhenToUse = new("when_to_use", ValueShape.Text, "≤2.1.96", "WhenToUse",
        "More on when to use the skill, added to its description for routing, or null.")
    {
        Kinds = SkillsAndCommands,
        Misspellings = ImmutableArray.Create("when-to-use", "whenToUse"),
    };

    public static readonly KeySpec License = new("license", ValueShape.Text, "standard", "License",
        "The skill's license: free text or the name of a file beside it, or null.") { Kinds = SkillsAndCommands, StandardOnly = true, Misspellings = ImmutableArray.Create("licence") };

    public static readonly KeySpec Compatibility = new("compatibility", ValueShape.Text, "standard", "Compatibility",
        "What the skill needs of its environment (at most 500 characters), or null.") { Kinds = SkillsAndCommands, StandardOnly = true };

    public static readonly KeySpec Metadata = new("metadata", ValueShape.Mapping, "standard", "MetadataJson",
        "The skill's metadata (a mapping of strings) as JSON text, or null.") { Kinds = SkillsAndCommands, StandardOnly = true };

    public static readonly KeySpec Context = new("context", ValueShape.Choice, "≤2.1.96", "Context",
        "Where the skill runs (fork: a sub-agent context of its own), or null for the conversation's.") { Kinds = SkillsAndCommands, Values = SkillContexts };

    public static readonly KeySpec Agent = new("agent", ValueShape.Text, "≤2.1.96", "Agent",
        "The agent that runs a forked skill (context: fork), or null.") { Kinds = SkillsAndCommands };

    public static readonly KeySpec Paths = new("paths", ValueShape.TextList, "≤2.1.96", "Paths",
        "Globs of the files the skill applies to; empty when it applies everywhere.") { Kinds = SkillsAndCommands };

    public static readonly KeySpec Shell = new("shell", ValueShape.Choice, "≤2.1.96", "Shell",
        "The shell of the skill's !`command` lines, or null for the default.") { Kinds = SkillsAndCommands, Values = SkillShells };

    /// <summary>Every top-level key of agent files, in the order of the docs and of the generated properties.</summary>
    public static readonly ImmutableArray<KeySpec> Keys = ImmutableArray.Create(
        Name, Description, Tools, DisallowedTools, Model, PermissionMode, MaxTurns, Skills, McpServers, Hooks,
        Memory, Background, Effort, Isolation, Color, InitialPrompt, OmitClaudeMd, Experimental);

    /// <summary>The whole table: every key of every kind, each once, its column (<see cref="KeySpec.Kinds"/>) saying where it applies.</summary>
    public static readonly ImmutableArray<KeySpec> All = Keys.AddRange(ImmutableArray.Create(
        AllowedTools, ArgumentHint, Arguments, DisableModelInvocation, UserInvocable, WhenToUse, License, Compatibility,
        Metadata, Context, Agent, Paths, Shell));

    private static readonly ImmutableArray<KeySpec> SkillKeys = All.Where(k => (k.Kinds & DocumentKinds.Skill) != 0).ToImmutableArray();

    private static readonly ImmutableArray<KeySpec> CommandKeys = All.Where(k => (k.Kinds & DocumentKinds.Command) != 0).ToImmutableArray();

    /// <summary>The keys of one kind of document, in table order (computed once per kind: every file asks).</summary>
    public static ImmutableArray<KeySpec> KeysOf(DocumentKinds kind) =>
        kind == DocumentKinds.Agent ? Keys : kind == DocumentKinds.Skill ? SkillKeys : kind == DocumentKinds.Command ? CommandKeys : All.Where(k => (k.Kinds & kind) != 0).ToImmutableArray();

    /// <summary>Keys people write for the prompt, which is the body below the frontmatter, never a key.</summary>
    public static readonly ImmutableArray<string> PromptMisspellings = ImmutableArray.Create("system-prompt", "system_prompt", "systemPrompt", "prompt");

    public const string PromptIsTheBody = "the body below the closing '---' (the prompt is not a key)";

    private static readonly Dictionary<string, KeySpec> ByKey = All.ToDictionary(k => k.Key, System.StringComparer.Ordinal);

    /// <summary>A key of that kind of document, or null (a key of another kind is not one of this kind's).</summary>
    public static KeySpec? Find(string key, DocumentKinds kind = DocumentKinds.Agent) =>
        ByKey.TryGetValue(key, out var spec) && (spec.Kinds & kind) != 0 ? spec : null;

    /// <summary>What a known misspelling means in that kind of document (a key of it, or where an agent's prompt goes), or null.</summary>
    public static string? MisspellingOf(string key, DocumentKinds kind = DocumentKinds.Agent)
    {
        foreach (var spec in All)
        {
            if ((spec.Kinds & kind) != 0 && spec.Misspellings.Contains(key))
            {
                return spec.Key;
            }
        }

        return kind == DocumentKinds.Agent && PromptMisspellings.Contains(key) ? PromptIsTheBody : null;
    }

    /// <summary>Every value set with a generated enum, in emission order (agents' first), each once.</summary>
    public static IEnumerable<ValueSet> ValueSets => All.SelectMany(k => k.SubKeys.Add(k)).Where(k => k.Values is not null).Select(k => k.Values!).Distinct();
}
