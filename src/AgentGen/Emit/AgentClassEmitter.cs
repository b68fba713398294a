using AgentGen.Model;

namespace AgentGen.Emit;

/// <summary>
/// Emits one agent's static class, kept small because every agent's code is compiled in every build: the name,
/// description and prompt as constants, the other keys as one JSON constant, and the definition (created on first use
/// by the namespace's catalog, which owns every agent's instance). Depends only on that agent and its assigned names.
/// </summary>
internal static class AgentClassEmitter
{
    /// <summary>The class summary shows the description's first line, up to this length; the constant holds all of it.</summary>
    private const int SummaryLength = 200;

    public static string Emit(AgentEmitModel model)
    {
        var a = model.Agent;
        var s = model.Settings;
        var definition = s.Shared("AgentDefinition");
        var w = GeneratedFile.Start(s, a.Namespace);
        w.DocXml("summary", $"The agent <c>{CSharpText.XmlDoc(a.Name)}</c>: {CSharpText.XmlDoc(Shorten(a.Description))}");
        w.Line(GeneratedFile.Attribute);
        w.Open($"{s.Visibility} static partial class {model.Identity.ClassName}");
        w.Line("/// <summary>The agent's name (frontmatter key <c>name</c>).</summary>");
        w.Line($"public const string Name = {CSharpText.Literal(a.Name)};");
        w.Line("/// <summary>When to use the agent (frontmatter key <c>description</c>).</summary>");
        w.Line($"public const string Description = {CSharpText.Literal(a.Description)};");
        w.Line("/// <summary>The system prompt: the file's body after the closing <c>---</c> line (CRLF normalised to LF).</summary>");
        w.Line($"public const string Prompt = {CSharpText.Literal(a.Prompt)};");
        w.Line("/// <summary>The agent's other frontmatter keys as JSON, read once by <see cref=\"Definition\"/>.</summary>");
        w.Line($"internal const string SettingsJson = {CSharpText.Literal(a.SettingsJson)};");
        w.Line("/// <summary>The agent as a definition, created on first use: its tools, model and every other key.</summary>");
        w.Line($"public static {definition} Definition {{ get {{ return global::{a.Namespace}.AgentCatalog.{model.Identity.CatalogProperty}; }} }}");
        w.Line("/// <summary>Whether the agent may use a tool (see AgentDefinition.CanUse).</summary>");
        w.Line("/// <param name=\"tool\">The tool.</param>");
        w.Line("/// <returns>True when the agent may use the tool.</returns>");
        w.Line($"public static bool CanUse({s.Shared("AgentTool")} tool) {{ return Definition.CanUse(tool); }}");
        if (a.HasExamples)
        {
            w.Line();
            w.Summary("The description's example blocks, one by one (see AgentDefinition.Examples).");
            w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{s.Shared("AgentExample")}> Examples {{ get {{ return Definition.Examples; }} }}");
            w.Line();
            w.Summary("The description without its examples: when to use the agent.");
            w.Line("public static string DescriptionWithoutExamples { get { return Definition.DescriptionWithoutExamples; } }");
        }

        WriteAiMembers(w, model);
        if (a.PromptPlaceholders.Count > 0)
        {
            PromptArgumentsEmitter.Write(w, model);
        }

        w.Close();
        return GeneratedFile.End(w);
    }

    /// <summary>Two one-line members per agent, only when the project references the packages they use.</summary>
    private static void WriteAiMembers(SourceWriter w, AgentEmitModel model)
    {
        var s = model.Settings;
        var options = s.Nullable(s.Shared("AgentRunSettings"));
        if (s.Ai >= AiLayers.ChatOptions)
        {
            w.Line("/// <summary>Chat options that run this agent (see AgentDefinition.CreateChatOptions).</summary>");
            w.Line("/// <param name=\"tools\">The app's tools.</param>");
            w.Line("/// <param name=\"options\">Model ids and the missing-tool policy; the defaults when null.</param>");
            w.Line("/// <returns>New chat options.</returns>");
            w.Line($"public static global::Microsoft.Extensions.AI.ChatOptions CreateChatOptions({s.Shared("AgentToolbox")} tools, {options} options = null) {{ return Definition.CreateChatOptions(tools, options); }}");
        }

        if (s.Ai >= AiLayers.Agents)
        {
            AgentFactoryText.Document(w, "This agent as an Agent Framework agent, its sub-agents from this namespace's catalog (see AgentDefinition.CreateAIAgent).", byName: false);
            w.Line($"public static global::Microsoft.Agents.AI.AIAgent CreateAIAgent({AgentFactoryText.Parameters(s)}) {{ return Definition.CreateAIAgent(chatClient, tools, global::{model.Agent.Namespace}.AgentCatalog.All, {AgentFactoryText.Arguments}); }}");
        }
    }

    private static string Shorten(string description)
    {
        var line = description.Trim();
        var end = line.IndexOfAny(new[] { '\n', '\r' });
        line = end >= 0 ? line.Substring(0, end).TrimEnd() : line;
        return line.Length <= SummaryLength ? line : line.Substring(0, SummaryLength - 3).TrimEnd() + "...";
    }
}
