namespace AgentGen.Schema;

/// <summary>What a frontmatter key's value must look like in YAML, and so how it is read, checked and emitted.</summary>
internal enum ValueShape
{
    /// <summary>A string.</summary>
    Text,

    /// <summary>A string from a fixed set (<see cref="KeySpec.Values"/>), with a generated enum.</summary>
    Choice,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A positive integer.</summary>
    PositiveInteger,

    /// <summary>A comma-separated string or a list of tool entries (<c>Read</c>, <c>mcp__x__*</c>, <c>Agent(a, b)</c>).</summary>
    ToolList,

    /// <summary>A list of strings.</summary>
    TextList,

    /// <summary>A list of server names or <c>{name: config}</c> mappings.</summary>
    McpServers,

    /// <summary>A mapping keyed by hook event (<see cref="HookSchema"/>).</summary>
    Hooks,

    /// <summary>A mapping whose own keys are described by <see cref="KeySpec.SubKeys"/>.</summary>
    Mapping,
}
