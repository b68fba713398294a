using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AgentGen.Testing;

/// <summary>
/// Realistic agent files made deterministically from the seeds' shapes (no ../shared needed): names, descriptions,
/// comma or list tools (built-in, MCP, Agent(...)), models, colors, a few optional keys, and prompts of 2-25 KB,
/// like the seeds and the corpus. Shared by the benchmarks and the large caching tests.
/// </summary>
public static class SyntheticAgents
{
    private static readonly string[] Roles = { "backend-developer", "frontend-developer", "code-reviewer", "security-auditor", "data-engineer", "devops-engineer", "test-writer", "tech-lead", "api-designer", "docs-writer" };
    private static readonly string[] Tools = { "Read", "Write", "Edit", "Bash", "Glob", "Grep", "WebFetch", "WebSearch", "TodoWrite", "MultiEdit", "LS", "Task", "mcp__context7__resolve-library-id", "mcp__context7__get-library-docs", "mcp__github__*" };
    private static readonly string[] Models = { "sonnet", "opus", "haiku", "inherit", "claude-sonnet-4-5" };
    private static readonly string[] Colors = { "red", "blue", "green", "yellow", "purple", "orange", "pink", "cyan" };
    private static readonly string[] Paragraphs =
    {
        "You are a senior engineer with deep expertise in server-side development, API design, database architecture and performance optimization. You write clean, tested, maintainable code.",
        "## Core Responsibilities\n\n1. **API Development**: RESTful APIs, GraphQL endpoints and service interfaces\n2. **Database Integration**: schema design, queries, migrations and ORM integration\n3. **Testing**: unit tests, integration tests and API testing",
        "## How to Start Every Task\n\nUse the **TodoWrite** tool to create a detailed task breakdown:\n- Break complex tasks into 5-10 steps\n- Include discovery, planning, implementation, testing and verification",
        "```yaml\nbackend_structure:\n  api_routes: \"./src/routes/\"\n  models: \"./src/models/\"\n  tests: \"./tests/\"\n```",
        "---\n\n**IMPORTANT**: When this agent is activated, ALWAYS start with a summary of {{task}} and the files you will touch. Quote \"exact\" error messages.",
        "### Security & Performance\n- **Authentication**: JWT, OAuth, session management\n- **Authorization**: role-based access control\n- **Performance**: query optimization, caching strategies 🚀",
    };

    /// <summary>Agent files <c>(path, text)</c>; the same <paramref name="count"/> always gives the same files.</summary>
    public static IReadOnlyList<(string Path, string Text)> Create(int count)
    {
        var random = new Random(count);
        var files = new List<(string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var name = $"{Roles[i % Roles.Length]}-{i:D4}";
            var text = new StringBuilder();
            text.Append("---\n");
            text.Append("name: ").Append(name).Append('\n');
            if (i % 3 == 0)
            {
                text.Append("description: \"Use this agent when you need ").Append(Roles[i % Roles.Length].Replace('-', ' ')).Append(" work.\\n\\nExamples:\\n<example>\\nContext: a task.\\nuser: \\\"Help me\\\"\\n</example>\"\n");
            }
            else
            {
                text.Append("description: Expert ").Append(Roles[i % Roles.Length].Replace('-', ' ')).Append(" for task ").Append(i).Append(". Use PROACTIVELY when the code changes.\n");
            }

            var tools = Tools.OrderBy(_ => random.Next()).Take(random.Next(3, 9)).ToList();
            if (i % 7 == 0)
            {
                tools.Add($"Agent({Roles[(i + 1) % Roles.Length]}-{(i + 1) % count:D4})");
            }

            if (i % 5 != 4)
            {
                text.Append(i % 4 == 0 ? "tools:\n" + string.Concat(tools.Select(t => "  - " + t + "\n")) : "tools: " + string.Join(", ", tools) + "\n");
            }

            text.Append("model: ").Append(Models[i % Models.Length]).Append('\n');
            if (i % 2 == 0)
            {
                text.Append("color: ").Append(Colors[i % Colors.Length]).Append('\n');
            }

            if (i % 6 == 0)
            {
                text.Append("maxTurns: ").Append(10 + (i % 20)).Append("\npermissionMode: acceptEdits\n");
            }

            text.Append("---\n\n");
            var paragraphs = 4 + random.Next(40);
            for (var p = 0; p < paragraphs; p++)
            {
                text.Append(Paragraphs[random.Next(Paragraphs.Length)]).Append("\n\n");
            }

            files.Add(($"/project/.claude/agents/{name}.md", text.ToString()));
        }

        return files;
    }
}
