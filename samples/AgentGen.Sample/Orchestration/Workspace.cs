using System.IO;

namespace AgentGen.Sample.Orchestration;

/// <summary>A small project in a temporary folder, for the developer agent to work on: a service of the app.</summary>
internal sealed record Workspace(string Root)
{
    public static Workspace Create()
    {
        var root = Path.Combine(Path.GetTempPath(), "agentgen-sample-" + Path.GetRandomFileName());
        Directory.CreateDirectory(Path.Combine(root, "src"));
        File.WriteAllText(Path.Combine(root, "src", "Program.cs"), """
            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.MapGet("/orders/{id}", (int id) => Results.Ok(new { id }));
            app.Run();
            """);
        File.WriteAllText(Path.Combine(root, "README.md"), "# Orders service\n");
        return new Workspace(root);
    }
}
