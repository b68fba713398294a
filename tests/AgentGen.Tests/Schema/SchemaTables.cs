using System.Linq;
using System.Text;
using AgentGen.Emit;
using AgentGen.Schema;

namespace AgentGen.Tests.Schema;

/// <summary>The docs' tables, rendered from <see cref="AgentSchema"/> and <see cref="HookSchema"/> (docs/agent-format.md holds them).</summary>
public static class SchemaTables
{
    public static string Keys()
    {
        var table = new StringBuilder();
        table.Append("| key | YAML type | allowed values | since Claude Code | `AgentDefinition` property | meaning |\n");
        table.Append("| --- | --- | --- | --- | --- | --- |\n");
        foreach (var (key, dataKey, _) in SettingKeys.All.Prepend(new SettingKey(AgentSchema.Description, "description", null)).Prepend(new SettingKey(AgentSchema.Name, "name", null)))
        {
            var type = key.YamlType + (key.Required ? " (required)" : string.Empty);
            table.Append($"| `{dataKey}` | {type} | {Allowed(key)} | {key.Since} | {Property(key)} | {key.Doc} |\n");
        }

        return table.ToString();
    }

    public static string HookEvents()
    {
        var events = string.Join(", ", HookSchema.AgentEvents.Select(e => $"`{e}`"));
        var others = string.Join(", ", HookSchema.OtherEvents.Select(e => $"`{e}`"));
        var handlers = string.Join(", ", HookSchema.HandlerTypes.Select(h => $"`{h.Type}` (with `{h.RequiredKey}`)"));
        return $"- events of an agent's hooks: {events}; also accepted (Claude Code runs them in newer releases): {others}\n" +
               $"- each event: a list of entries with `{HookSchema.Matcher}` (a tool name or pattern) and `{HookSchema.Handlers}` (a list of handlers)\n" +
               $"- each handler: `{HookSchema.Type}` one of {handlers}; optional: {string.Join(", ", HookSchema.OptionalHandlerKeys.Select(k => $"`{k}`"))}\n";
    }

    private static string Allowed(KeySpec key)
    {
        if (key.Values is not { } set)
        {
            return key.Shape == ValueShape.ToolList ? "tool names, `mcp__server`, `mcp__server__*`, `Agent(a, b)`" : string.Empty;
        }

        var values = string.Join(", ", set.Values.Select(v => $"`{v.Value}`" + (v.Aliases.Length > 0 ? " (also " + string.Join(", ", v.Aliases.Select(a => $"`{a}`")) + ")" : string.Empty)));
        return set.OtherMember is null ? values : values + ", or any full model id";
    }

    private static string Property(KeySpec key)
    {
        var property = $"`{key.Property}`";
        return key.Values switch
        {
            { OtherMember: not null } set => $"{property}, `{key.Property}Kind` (`{set.EnumName}`)",
            { } set => $"{property} (`{set.EnumName}?`)",
            _ => property,
        };
    }
}
