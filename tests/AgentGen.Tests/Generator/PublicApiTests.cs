using System.Collections.Generic;
using System.Linq;
using AgentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AgentGen.Tests.Generator;

/// <summary>
/// The public surface of the generated code in public mode (AgentGenVisibility=public), with every layer on: a baseline
/// checked in beside the snapshots, so that every change to what a library built with AgentGen exposes is deliberate
/// (accept one with AGENTGEN_ACCEPT_SNAPSHOTS=1 and review the diff). Helpers stay out of it in every mode.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string[] Helpers =
    {
        "AgentJsonReader", "AgentCatalogTable", "AgentToolEntries", "AgentPromptTemplate", "AgentExamples", "SubAgentFunction",
        "AgentToolFunction", "AgentToolJson", "AgentToolCalls", "AgentRunContext", "AgentRunScope", "AgentToolGuard",
        "AgentTurnCounter", "AgentLog", "AgentRegistration", "AgentToolClasses", "AgentToolClass", "AgentValidationHostedService",
    };

    // Public tool classes, so that their Add overloads are public too.
    private const string Tools = """
        namespace Consumer
        {
            /// <summary>Static tools.</summary>
            public static class Tools
            {
                /// <summary>Reads a file.</summary>
                [AgentGen.AgentToolImplementation("read_file")]
                public static string ReadFile(string path) => path;
            }

            /// <summary>Instance tools.</summary>
            public sealed class Files
            {
                /// <summary>Writes a file.</summary>
                [AgentGen.AgentToolImplementation("write_file")]
                public string WriteFile(string path, string content) => path + content;
            }
        }
        """;

    private static readonly SymbolDisplayFormat Format = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters | SymbolDisplayGenericsOptions.IncludeTypeConstraints,
        memberOptions: SymbolDisplayMemberOptions.IncludeAccessibility | SymbolDisplayMemberOptions.IncludeModifiers | SymbolDisplayMemberOptions.IncludeType
            | SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeRef,
        kindOptions: SymbolDisplayKindOptions.IncludeTypeKeyword,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeDefaultValue
            | SymbolDisplayParameterOptions.IncludeParamsRefOut | SymbolDisplayParameterOptions.IncludeExtensionThis,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static GeneratorRun Run(string visibility) => GeneratorHarness.RunOnce(
        new[] { Seeds.AgentFile("004") with { Namespace = null } }.Concat(Fixtures.Runtime()),
        new HarnessOptions { ExtraReferences = AiReferences.Hosting, Source = Tools, Properties = new Dictionary<string, string> { ["AgentGenVisibility"] = visibility } }).AssertCompilesCleanly();

    [Fact]
    public void ThePublicSurfaceMatchesItsBaseline() => Snapshot.Verify(string.Join("\n", Surface(Run("public").Output)) + "\n", "PublicApi.txt");

    [Theory]
    [InlineData("public")]
    [InlineData("internal")]
    public void HelpersAreInternalInEveryMode(string visibility)
    {
        var output = Run(visibility).Output;
        var types = Generated(output.Assembly.GlobalNamespace).ToList();
        Assert.All(Helpers, helper => Assert.Contains(types, t => t.Name == helper));
        Assert.DoesNotContain(types, t => Helpers.Contains(t.Name) && t.DeclaredAccessibility == Accessibility.Public);
        if (visibility == "internal")
        {
            Assert.Empty(Surface(output));
        }
    }

    /// <summary>Each public type the generated code declares, sorted, with its public members below it, sorted.</summary>
    private static IEnumerable<string> Surface(Compilation compilation) =>
        Generated(compilation.Assembly.GlobalNamespace)
            .Where(IsVisible)
            .OrderBy(type => type.ToDisplayString(Format), System.StringComparer.Ordinal)
            .SelectMany(type => new[] { type.ToDisplayString(Format) + Bases(type) }.Concat(
                type.GetMembers().Where(m => IsVisible(m) && !m.IsImplicitlyDeclared && m is not INamedTypeSymbol && !(m is IMethodSymbol { AssociatedSymbol: not null }))
                    .Select(m => "  " + m.ToDisplayString(Format))
                    .OrderBy(line => line, System.StringComparer.Ordinal)));

    private static IEnumerable<INamedTypeSymbol> Generated(INamespaceSymbol ns) =>
        ns.GetNamespaceMembers().SelectMany(Generated)
            .Concat(ns.GetTypeMembers().SelectMany(Nested))
            .Where(t => t.Locations.All(l => l.SourceTree?.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal) == true));

    private static IEnumerable<INamedTypeSymbol> Nested(INamedTypeSymbol type) => new[] { type }.Concat(type.GetTypeMembers().SelectMany(Nested));

    private static bool IsVisible(ISymbol symbol)
    {
        for (var s = symbol; s is not null and not INamespaceSymbol; s = s.ContainingSymbol)
        {
            if (s.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private static string Bases(INamedTypeSymbol type)
    {
        var bases = (type.BaseType is { SpecialType: not (SpecialType.System_Object or SpecialType.System_ValueType or SpecialType.System_Enum) } b ? new[] { b } : System.Array.Empty<INamedTypeSymbol>())
            .Concat(type.Interfaces).Select(t => t.ToDisplayString(Format)).ToList();
        return bases.Count == 0 ? string.Empty : " : " + string.Join(", ", bases);
    }
}
