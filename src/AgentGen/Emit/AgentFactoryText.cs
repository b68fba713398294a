using AgentGen.Model;

namespace AgentGen.Emit;

/// <summary>
/// The <c>CreateAIAgent</c> overloads the agent classes and the catalogs add: one parameter list and one set of doc lines
/// for both, matching AgentDefinition.CreateAIAgent (and the Agent Framework's <c>AsAIAgent</c>: logger factory, services).
/// </summary>
internal static class AgentFactoryText
{
    /// <summary>The parameters after the agent: the client, the toolbox, then the optional ones.</summary>
    public static string Parameters(EmitSettings s) =>
        $"global::Microsoft.Extensions.AI.IChatClient chatClient, {s.Shared("AgentToolbox")} tools, {s.Nullable(s.Shared("AgentRunSettings"))} options = null, "
        + $"{s.Nullable("global::Microsoft.Extensions.Logging.ILoggerFactory")} loggerFactory = null, {s.Nullable("global::System.IServiceProvider")} services = null";

    /// <summary>The arguments passing them on, after the catalog.</summary>
    public const string Arguments = "options, loggerFactory, services";

    public static void Document(SourceWriter w, string summary, bool byName)
    {
        w.Line($"/// <summary>{summary}</summary>");
        if (byName)
        {
            w.Line("/// <param name=\"name\">The agent's name.</param>");
        }

        w.Line("/// <param name=\"chatClient\">The model's client.</param>");
        w.Line("/// <param name=\"tools\">The app's tools.</param>");
        w.Line("/// <param name=\"options\">Model ids, missing-tool policy, errors, middleware and sub-agent depth; the defaults when null.</param>");
        w.Line("/// <param name=\"loggerFactory\">Where the agent logs; null for nowhere.</param>");
        w.Line("/// <param name=\"services\">The services its tools receive; null for none.</param>");
        w.Line("/// <returns>The agent.</returns>");
    }
}
