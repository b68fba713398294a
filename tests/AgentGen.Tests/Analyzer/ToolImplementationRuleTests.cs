using System.Linq;
using AgentGen.Tests.Infrastructure;
using Xunit;

namespace AgentGen.Tests.Analyzer;

/// <summary>
/// The rules of [AgentToolImplementation]: a listed tool no method implements is reported at the tool inside the .md
/// file (with did-you-mean), two methods for one tool at both attributes, an unused implementation, and methods or
/// parameters the toolbox cannot bind at the method or parameter.
/// </summary>
public sealed class ToolImplementationRuleTests
{
    private static readonly AgentFile Seed004 = Seeds.AgentFile("004");

    private static string Tools(string body) => "namespace App { using AgentGen; public static class FileTools {\n" + body + "\n} }";

    private const string ThreeOfFour = """
        [AgentToolImplementation("read_file")] public static string ReadFile(string path) => path;
        [AgentToolImplementation("write_file")] public static string WriteFile(string path, string content) => path;
        [AgentToolImplementation("search_files")] public static string SearchFiles(string pattern) => pattern;
        """;

    [Fact]
    public void ToolNoMethodImplementsIsReportedAtTheToolInTheAgentFile()
    {
        var found = AnalyzerHarness.Run(new[] { Seed004 }, source: Tools(ThreeOfFour)).Select(AnalyzerHarness.Format).ToList();
        Assert.Equal(new[] { "AGEN027 Warning (4,42): Agent 'backend-developer' lists tool 'edit_block', but no method implements it: add [AgentToolImplementation(\"edit_block\")] to the method that does it" }, found);
    }

    [Fact]
    public void ImplementedToolsAreKnownTools()
    {
        // Without implementations, seed 004's app tools are unknown (AGEN009, AGEN020); implemented, they are known.
        Assert.Contains(AnalyzerHarness.Run(new[] { Seed004 }), d => d.Id == "AGEN009");
        var all = ThreeOfFour + "\n[AgentToolImplementation(\"edit_block\")] public static string EditBlock(string path) => path;";
        Assert.Empty(AnalyzerHarness.Run(new[] { Seed004 }, source: Tools(all)));
    }

    [Fact]
    public void ANameGivenByAConstantSilencesOnlyTheUnknownToolRules()
    {
        // The constant's value cannot be read, so no tool may be called unknown; a tool listed twice is still AGEN013.
        var file = AgentFile.Named("a.md", "---\nname: a\ndescription: b\ntools: my_tool, my_tool\n---\nbody");
        var source = Tools("public const string MyTool = \"my_tool\";\n[AgentToolImplementation(MyTool)] public static string Run(string path) => path;");
        var found = AnalyzerHarness.Run(new[] { file }, source: source).Select(d => d.Id).ToList();
        Assert.Equal(new[] { "AGEN013" }, found);
        Assert.Contains(AnalyzerHarness.Run(new[] { file }), d => d.Id == "AGEN009"); // without the constant, my_tool is unknown
    }

    [Fact]
    public void NearMissOfAnImplementedToolIsSuggested()
    {
        var file = AgentFile.Named("a.md", "---\nname: a\ndescription: b\ntools: readFile, Reed\n---\nbody");
        var found = AnalyzerHarness.Run(new[] { file }, source: Tools("[AgentToolImplementation(\"read_file\")] public static string ReadFile(string path) => path;")).Select(AnalyzerHarness.Format).ToList();
        Assert.Contains("AGEN027 Warning (4,8): Agent 'a' lists tool 'readFile', but no method implements it: add [AgentToolImplementation(\"readFile\")] to the method that does it, or did you mean 'read_file', which a method implements?", found);
        Assert.Contains("AGEN027 Warning (4,18): Agent 'a' lists tool 'Reed', but no method implements it: add [AgentToolImplementation(\"Reed\")] to the method that does it, or did you mean 'Read'?", found);
        Assert.DoesNotContain(found, d => d.StartsWith("AGEN009", System.StringComparison.Ordinal)); // AGEN027 says it, with what to add
    }

    [Fact]
    public void BuiltInToolsAreRequiredOnlyWhenTheProjectImplementsOne()
    {
        var file = AgentFile.Named("a.md", "---\nname: a\ndescription: b\ntools: read_file, Read, Grep\n---\nbody");
        var appTools = Tools("[AgentToolImplementation(\"read_file\")] public static string ReadFile(string path) => path;");
        Assert.Empty(AnalyzerHarness.Run(new[] { file }, source: appTools)); // Read and Grep may be for Claude Code
        var withRead = Tools("[AgentToolImplementation(\"read_file\")] public static string ReadFile(string path) => path;\n[AgentToolImplementation(\"Read\")] public static string Read(string path) => path;");
        Assert.Equal(string.Join("\n", new[] { "AGEN027 Warning (4,25): Agent 'a' lists tool 'Grep', but no method implements it: add [AgentToolImplementation(\"Grep\")] to the method that does it" }), string.Join("\n", 
            AnalyzerHarness.Run(new[] { file }, source: withRead).Select(AnalyzerHarness.Format)));
    }

    [Fact]
    public void McpToolsSubAgentsDeniedAndExtraToolsAreNotRequired()
    {
        var file = AgentFile.Named("a.md", "---\nname: a\ndescription: b\ntools: read_file, mcp__github__get_issue, mcp__docs, Agent(b), Bash, lookup\ndisallowedTools: Bash\n---\nbody");
        var properties = new System.Collections.Generic.Dictionary<string, string> { ["AgentGenExtraToolList"] = "lookup" };
        Assert.Empty(AnalyzerHarness.Run(new[] { file, AgentFile.Named("b.md", "---\nname: b\ndescription: b\ntools: read_file\n---\nbody") }, properties,
            Tools("[AgentToolImplementation(\"read_file\")] public static string ReadFile(string path) => path;")).Where(d => d.Id != "AGEN013"));
    }

    [Fact]
    public void TwoMethodsForOneToolAreAnErrorAtBothAttributes()
    {
        var source = Tools("[AgentToolImplementation(\"read_file\")] public static string ReadFile(string path) => path;\n[AgentToolImplementation(\"read_file\")] public static string Open(string path) => path;");
        var found = AnalyzerHarness.Run(new[] { AgentFile.Named("a.md", "---\nname: a\ndescription: b\ntools: read_file\n---\nbody") }, source: source).Select(AnalyzerHarness.Format).ToList();
        Assert.Equal(new[]
        {
            "AGEN028 Error (2,2): Tool 'read_file' is implemented by both 'FileTools.ReadFile' and 'FileTools.Open': the toolbox binds one method to a name; remove one of the attributes",
            "AGEN028 Error (3,2): Tool 'read_file' is implemented by both 'FileTools.Open' and 'FileTools.ReadFile': the toolbox binds one method to a name; remove one of the attributes",
        }, found);
    }

    [Fact]
    public void ImplementationNoAgentListsIsInfo()
    {
        var found = AnalyzerHarness.Run(new[] { AgentFile.Named("a.md", "---\nname: a\ndescription: b\n---\nbody") }, source: Tools("[AgentToolImplementation(\"read_file\")] public static string ReadFile(string path) => path;")).Select(AnalyzerHarness.Format).ToList();
        Assert.Equal(new[] { "AGEN029 Info (2,2): No agent lists tool 'read_file' that 'FileTools.ReadFile' implements: add it to an agent's 'tools', declare it in the MSBuild property AgentGenExtraTools if agents are given it another way, or remove the attribute" }, found);
    }

    [Theory]
    [InlineData("[AgentToolImplementation(\"t\")] public static void M(ref int count) { }", "AGEN030 Error (2,61): Parameter 'count' of tool implementation 'FileTools.M' cannot be described to a model: a model gives values, it cannot pass a variable by 'ref'; take the value and return what the method produces")]
    [InlineData("[AgentToolImplementation(\"t\")] public static void M(out int count) { count = 0; }", "AGEN030 Error (2,61): Parameter 'count' of tool implementation 'FileTools.M' cannot be described to a model: a model gives values, it cannot pass a variable by 'out'; take the value and return what the method produces")]
    [InlineData("[AgentToolImplementation(\"t\")] public static unsafe void M(int* count) { }", "AGEN030 Error (2,65): Parameter 'count' of tool implementation 'FileTools.M' cannot be described to a model: a pointer cannot be described to a model; take the value itself")]
    [InlineData("[AgentToolImplementation(\"t\")] public static void M(System.Span<byte> data) { }", "AGEN030 Error (2,71): Parameter 'data' of tool implementation 'FileTools.M' cannot be described to a model: 'Span' is a ref struct, which cannot be boxed into the model's arguments; take an array or a string")]
    [InlineData("[AgentToolImplementation(\"t\")] private static void M(string text) { }", "AGEN031 Error (2,52): Method 'FileTools.M' cannot implement tool 't': the generated toolbox cannot call it: make the method and its containing types internal or public")]
    [InlineData("[AgentToolImplementation(\"t\")] public static void M<T>(T value) { }", "AGEN031 Error (2,51): Method 'FileTools.M' cannot implement tool 't': a generic method, or a method of a generic type, has no single signature to describe")]
    [InlineData("[AgentToolImplementation(\"read file\")] public static void M(string text) { }", "AGEN031 Error (2,59): Method 'FileTools.M' cannot implement tool 'read file': the tool name 'read file' is not one a model API accepts (letters, digits, '_' and '-', at most 64)")]
    [InlineData("[AgentToolImplementation(\"t\")] public static void M(System.Uri address) { }", "AGEN030 Error (2,64): Parameter 'address' of tool implementation 'FileTools.M' cannot be described to a model: 'address' is 'System.Uri', a framework type AgentGen does not read; use strings, numbers, bools, enums, DateTime, Guid, arrays or lists, records of these, or a JsonElement")]
    [InlineData("[AgentToolImplementation(\"t\")] public static void M(Order[] orders) { } public sealed class Order { public System.Collections.Generic.IComparer<int> Rank { get; set; } }", "AGEN030 Error (2,61): Parameter 'orders' of tool implementation 'FileTools.M' cannot be described to a model: 'orders[].rank' is 'System.Collections.Generic.IComparer<int>', an interface, abstract class or delegate, which has no shape to construct; use strings, numbers, bools, enums, DateTime, Guid, arrays or lists, records of these, or a JsonElement")]
    [InlineData("[AgentToolImplementation(\"t\")] public static void M(Dup value) { } public sealed class Dup { public int Id { get; set; } public int ID { get; set; } }", "AGEN030 Error (2,57): Parameter 'value' of tool implementation 'FileTools.M' cannot be described to a model: 'value' (App.FileTools.Dup) has members Id and ID with one JSON name (names are matched ignoring case); give one another with [JsonPropertyName], or [JsonIgnore] it")]
    [InlineData("[AgentToolImplementation(\"t\")] public static System.IO.Stream M() => null;", "AGEN031 Error (2,63): Method 'FileTools.M' cannot implement tool 't': its result cannot be written without reflection: 'result' is 'System.IO.Stream', an interface, abstract class or delegate, which has no shape to construct; use strings, numbers, bools, enums, DateTime, Guid, arrays or lists, records of these, or a JsonElement")]
    [InlineData("[AgentToolImplementation(\"t\")] public static void M(Req value) { } public sealed class Req { public required string Id; }", "AGEN030 Error (2,57): Parameter 'value' of tool implementation 'FileTools.M' cannot be described to a model: 'value' (App.FileTools.Req) has the required member Id, which JSON cannot set in its initializer (a field, a property its constructor sets, or one without a public setter); add [SetsRequiredMembers] to the constructor, or make it a public init or set property")]
    [InlineData("[AgentToolImplementation(\"t\")] public static void M(Bad value) { } public sealed class Bad { [System.ComponentModel.Description(new[] { \"a\" })] public string Name { get; set; } }", null)] // the attribute does not bind: CS1503, no crash
    [InlineData("[AgentToolImplementation(\"t\")] public static void M(Wrap value) { } public sealed class Wrap { public Custmer Customer { get; set; } }", null)] // CS0246 inside a member: the compiler's only
    [InlineData("[AgentToolImplementation(\"t\")] public static void M(string path) { }", null)]
    [InlineData("[AgentToolImplementation(\"t\")] public static void M(NotWrittenYet value, System.Collections.Generic.List<AlsoMissing> more) { }", null)] // the compiler's CS0246, not ours
    public void MethodsTheToolboxCannotBindAreErrors(string method, string? expected)
    {
        var found = AnalyzerHarness.Run(System.Array.Empty<AgentFile>(), source: Tools(method)).Select(AnalyzerHarness.Format).Where(d => !d.StartsWith("AGEN029", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(expected is null ? System.Array.Empty<string>() : new[] { expected }, found);
    }
}
