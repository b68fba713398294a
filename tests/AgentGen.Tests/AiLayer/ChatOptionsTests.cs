using System.Linq;
using AgentGen.Tests.Agents;
using Microsoft.Extensions.AI;
using Xunit;
using Seeds = AgentGen.Tests.SeedAgents;

namespace AgentGen.Tests.AiLayer;

/// <summary>
/// The chat layer AgentGen emits into this test assembly (it references Microsoft.Extensions.AI): chat options from each
/// agent, and the toolbox answering exactly the tools an agent may use.
/// </summary>
public sealed class ChatOptionsTests
{
    private static AIFunction Function(string name) => AIFunctionFactory.Create(() => name, name);

    /// <summary>The static implementation (lookup_order), an instance's (Read, Edit, Bash), and MCP tools registered at run time.</summary>
    private static AgentToolbox Toolbox() => new AgentToolbox()
        .Add(new MemoryFiles())
        .AddMcpServer("github", new[] { Function("get_issue"), Function("delete_repo") })
        .Add("mcp__docs__search", Function("search"));

    [Fact]
    public void PromptModelToolsAndEffortBecomeChatOptions()
    {
        var options = LeadAgent.CreateChatOptions(Toolbox());

        Assert.Equal(LeadAgent.Prompt, options.Instructions);
        Assert.Equal("claude-opus-4-1", options.ModelId); // opus, through AgentGenModelIds in the test project
        Assert.Equal(ReasoningEffort.High, options.Reasoning!.Effort);
        // The allowlist (Read, mcp__github, mcp__docs__*) less disallowedTools (mcp__github__delete_repo); Agent(...) entries are sub-agents.
        Assert.Equal(new[] { "Read", "mcp__github__get_issue", "mcp__docs__search" }, options.Tools!.Select(t => t.Name));
        Assert.Null(options.ToolMode);
    }

    [Fact]
    public void InheritAllOffersEveryRegisteredTool()
    {
        var options = ReviewerAgent.CreateChatOptions(Toolbox());
        // Registration order: the static implementations first (sorted), then as added.
        Assert.Equal(new[] { "lookup_order", "Bash", "Edit", "Read", "mcp__github__get_issue", "mcp__github__delete_repo", "mcp__docs__search" }, options.Tools!.Select(t => t.Name));
        Assert.Null(options.ModelId); // no model key: the client's model
    }

    [Fact]
    public void DisallowedToolsAreNeverOffered()
    {
        var options = WorkerAgent.CreateChatOptions(Toolbox());
        Assert.Equal(new[] { "Read", "Edit", "lookup_order" }, options.Tools!.Select(t => t.Name)); // the allowlist's order; Bash is disallowed
        Assert.Equal("claude-opus-4-6", options.ModelId); // a full model id, as written
        Assert.Null(options.Reasoning);
    }

    [Fact]
    public void ImplementationsKeepTheirNamesDescriptionsAndParameters()
    {
        var tools = Toolbox();
        Assert.True(tools.TryGet("lookup_order", out var lookup));
        Assert.Equal("Looks up an order by its id and returns its status.", lookup.Description); // the XML summary, tags reduced to words
        Assert.True(tools.TryGet("Read", out var read));
        Assert.Equal("Reads a file and returns its text.", read.Description); // [Description]
        Assert.Contains("\"path\"", ((AIFunction)read).JsonSchema.ToString(), System.StringComparison.Ordinal);
        Assert.True(tools.TryGet("mcp__github__get_issue", out var issue));
        Assert.Equal("mcp__github__get_issue", issue.Name); // an MCP client's get_issue, offered under the name agent files use
        Assert.Equal(new[] { "Bash", "Edit", "Grep", "Read", "count_lines", "lookup_order", "plan_release" }, AgentToolbox.ImplementedTools);
    }

    [Fact]
    public void MissingToolsThrowNamingTheAgentAndTheTools()
    {
        var error = Assert.Throws<AgentToolsMissingException>(() => CacheAwareAgent.CreateChatOptions(new AgentToolbox()));
        Assert.Equal("Agent 'cache-aware' lists tools the toolbox does not have: Read, Grep. Mark a method [AgentToolImplementation(\"Read\")], register a tool with AgentToolbox.Add, or set AgentRunSettings.MissingTools to Skip.", error.Message);
        Assert.Equal(new[] { "Read", "Grep" }, error.MissingTools);

        var lead = Assert.Throws<AgentToolsMissingException>(() => LeadAgent.CreateChatOptions(new AgentToolbox().Add(new MemoryFiles())));
        Assert.Equal(new[] { "mcp__github", "mcp__docs__*" }, lead.MissingTools); // no tool of either server registered
    }

    [Fact]
    public void SkippingMissingToolsOffersTheRestOrNone()
    {
        var skip = new AgentRunSettings { MissingTools = AgentMissingTools.Skip };
        Assert.Equal(new[] { "Read" }, CacheAwareAgent.CreateChatOptions(Toolbox(), skip).Tools!.Select(t => t.Name));
        var none = CacheAwareAgent.CreateChatOptions(new AgentToolbox(), skip);
        Assert.Null(none.Tools);
        Assert.Same(ChatToolMode.None, none.ToolMode);
    }

    [Fact]
    public void ModelIdsCanBeChangedAtRunTime()
    {
        Assert.Equal(new[] { "sonnet", "opus" }, AgentRunSettings.ConfiguredModelIds.Select(p => p.Key));
        var options = new AgentRunSettings { MissingTools = AgentMissingTools.Skip };
        options.ModelIds["opus"] = "claude-opus-4-6";
        options.ModelIds["claude-opus-4-6"] = "my-deployment"; // any model value can be mapped, for deployments with names of their own
        Assert.Equal("claude-opus-4-6", LeadAgent.CreateChatOptions(Toolbox(), options).ModelId);
        Assert.Equal("my-deployment", WorkerAgent.CreateChatOptions(Toolbox(), options).ModelId);
        Assert.Null(TaskRunnerAgent.CreateChatOptions(Toolbox(), options).ModelId); // haiku: an alias with no id configured
    }

    [Fact]
    public void EverySeedBecomesChatOptions()
    {
        var skip = new AgentRunSettings { MissingTools = AgentMissingTools.Skip };
        var seedTools = new AgentToolbox().Add(new MemoryFiles())
            .Add("read_file", Function("read_file")).Add("write_file", Function("write_file"))
            .Add("search_files", Function("search_files")).Add("edit_block", Function("edit_block"));

        var fullstack = Seeds.Fullstack.BackendDeveloperAgent.CreateChatOptions(seedTools, skip); // no tools key: every tool
        Assert.Equal(Seeds.Fullstack.BackendDeveloperAgent.Prompt, fullstack.Instructions);
        Assert.Equal("claude-sonnet-4-5", fullstack.ModelId);
        Assert.Equal(seedTools.Names, fullstack.Tools!.Select(t => t.Name));

        var dev = Seeds.Fullstack.BackendDevAgent.CreateChatOptions(seedTools, skip); // Read, Write, Edit, Bash, ...: those registered
        Assert.Equal(new[] { "Read", "Edit", "Bash" }, dev.Tools!.Select(t => t.Name));

        Assert.Null(Seeds.Enterprise.BackendDeveloperAgent.CreateChatOptions(seedTools, skip).ModelId); // inherits the model
        Assert.Equal("claude-sonnet-4-5", Seeds.Studio.BackendDeveloperAgent.CreateChatOptions(seedTools, skip).ModelId);

        var tooling = Seeds.Tooling.BackendDeveloperAgent.CreateChatOptions(seedTools); // all four app tools registered: nothing missing
        Assert.Equal("claude-sonnet-4-latest", tooling.ModelId);
        Assert.Equal(new[] { "read_file", "write_file", "search_files", "edit_block" }, tooling.Tools!.Select(t => t.Name));
        Assert.Equal(Seeds.Tooling.BackendDeveloperAgent.Prompt, tooling.Instructions);
    }

    [Fact]
    public void PromptValuesRenderTheInstructionsOfATemplatedAgent()
    {
        var tools = new AgentToolbox().Add(new MemoryFiles());
        var values = new AgentRunSettings { MissingTools = AgentMissingTools.Skip, PromptValues = path => path.EndsWith(".language", System.StringComparison.Ordinal) ? "C#" : "x" };

        var rendered = Seeds.Fullstack.BackendDevAgent.CreateChatOptions(tools, values).Instructions;
        var raw = Seeds.Fullstack.BackendDevAgent.CreateChatOptions(tools, new AgentRunSettings { MissingTools = AgentMissingTools.Skip }).Instructions;

        Assert.Equal(Seeds.Fullstack.BackendDevAgent.RenderPrompt(values.PromptValues), rendered);
        Assert.Contains("- `C#` - Programming language", rendered, System.StringComparison.Ordinal);
        Assert.Equal(Seeds.Fullstack.BackendDevAgent.Prompt, raw); // no values given: the prompt as written
        Assert.Equal(LeadAgent.Prompt, LeadAgent.CreateChatOptions(Toolbox(), values).Instructions); // no placeholders: values unused
    }

    [Fact]
    public void MissingPromptValuesThrowUnlessKeptAsWritten()
    {
        var tools = new AgentToolbox().Add(new MemoryFiles());
        var onlyLanguage = new AgentRunSettings { MissingTools = AgentMissingTools.Skip, PromptValues = path => path == "techStack.backend.language" ? "C#" : null };

        var error = Assert.Throws<AgentPromptValuesMissingException>(() => Seeds.Fullstack.BackendDevAgent.CreateChatOptions(tools, onlyLanguage));
        Assert.Equal(7, error.MissingPlaceholders.Count);

        onlyLanguage.KeepMissingPlaceholders = true;
        var kept = Seeds.Fullstack.BackendDevAgent.CreateChatOptions(tools, onlyLanguage).Instructions;
        Assert.Equal(Seeds.Fullstack.BackendDevAgent.Prompt.Replace("{{techStack.backend.language}}", "C#", System.StringComparison.Ordinal), kept);
    }
}
