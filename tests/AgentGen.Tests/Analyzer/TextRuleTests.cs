using System.Linq;
using AgentGen.Tests.Infrastructure;
using Xunit;

namespace AgentGen.Tests.Analyzer;

/// <summary>
/// The rules of the text itself: braces in a templated prompt that are not placeholders (AGEN032), Mustache forms left
/// as text (AGEN033), Jinja or Liquid syntax (AGEN038), example tags (AGEN034) and text saved with the wrong encoding (AGEN035), each at its token.
/// </summary>
public sealed class TextRuleTests
{
    private static string[] Run(string text) => AnalyzerHarness.Run(new[] { AgentFile.Named("a.md", text) }).Select(AnalyzerHarness.Format).ToArray();

    [Theory]
    [InlineData("Use {{stack.name}} and {{ }}.", "AGEN032 Warning (5,24): '{{ }}' is not a placeholder AgentGen can fill: a placeholder is names joined by dots (such as techStack.backend.framework) between double braces; fix the name, or remove the braces if it is not meant to be filled")]
    [InlineData("Use {{stack.name}} and {{stack..name}}.", "AGEN032 Warning (5,24): '{{stack..name}}' is not a placeholder AgentGen can fill: a placeholder is names joined by dots (such as techStack.backend.framework) between double braces; fix the name, or remove the braces if it is not meant to be filled")]
    [InlineData("Use {{stack.name}}.\n{{#items}}x{{/items}}", "AGEN033 Info (6,1): '{{#items}}' is a Mustache section, which AgentGen does not render: it stays in the prompt as written; only placeholders (names joined by dots) are filled")]
    [InlineData("Use {{stack.name}} {{{raw}}}", "AGEN033 Info (5,20): '{{{raw}}}' is a Mustache unescaped value (triple braces), which AgentGen does not render: it stays in the prompt as written; only placeholders (names joined by dots) are filled")]
    [InlineData("Use {{stack.name}} {{! note }}", "AGEN033 Info (5,20): '{{! note }}' is a Mustache comment, which AgentGen does not render: it stays in the prompt as written; only placeholders (names joined by dots) are filled")]
    public void BracesThatAreNotPlaceholdersAreReportedInATemplatedPrompt(string body, string expected) =>
        Assert.Contains(expected, Run($"---\nname: a\ndescription: b\n---\n{body}\n"));

    [Theory]
    [InlineData("No placeholder here, but {{ }} and {{a..b}} and {{#x}} in prose.")]
    [InlineData("Use {{stack.name}}.\n```yaml\nrun: echo ${{ secrets.TOKEN }} {{ matrix.os }} {{ }}\n```\n<div style={{ color: 'red' }}>{{ loading ? 'a' : 'b' }}</div>")]
    public void BracesInPromptsWithoutPlaceholdersOrInCodeAreLeftAlone(string body) =>
        Assert.DoesNotContain(Run($"---\nname: a\ndescription: b\n---\n{body}\n"), d => d.StartsWith("AGEN032", System.StringComparison.Ordinal) || d.StartsWith("AGEN033", System.StringComparison.Ordinal));

    [Theory]
    [InlineData("Greet {{ user.name | upper }}.", "AGEN038 Warning (5,7): '{{ user.name | upper }}' is a filter of Jinja or Liquid, %M")]
    [InlineData("List {{items|join(\", \")}} now.", "AGEN038 Warning (5,6): '{{items|join(\", \")}}' is a filter of Jinja or Liquid, %M")]
    [InlineData("Intro.\n  {% if user.admin %}Admins only.{% endif %}", "AGEN038 Warning (6,3): '{% if user.admin %}' is a tag of Jinja or Liquid, %M")]
    [InlineData("Intro.\n  {% if user.admin %}Admins only.{% endif %}", "AGEN038 Warning (6,34): '{% endif %}' is a tag of Jinja or Liquid, %M")]
    [InlineData("Use {{stack.name}} and {%- for x in xs -%}.", "AGEN038 Warning (5,24): '{%- for x in xs -%}' is a tag of Jinja or Liquid, %M")]
    [InlineData("Hello {{- name -}}!", "AGEN038 Warning (5,7): '{{- name -}}' is whitespace control of Jinja or Liquid, %M")]
    public void JinjaOrLiquidSyntaxIsReportedAtItsBracesInAnyPrompt(string body, string expected) =>
        Assert.Contains(expected.Replace("%M", Message), Run($"---\nname: a\ndescription: b\n---\n{body}\n"));

    [Theory]
    [InlineData("```jinja\n{{ name | upper }} {% if x %}\n```")]
    [InlineData("Keep ${{ github.ref | lower }} and {{ a || b }} and 100{%} and {% %}.")]
    [InlineData("Use {{stack.name}} or {{ stack.name }}.")]
    public void TemplateLikeTextThatIsNotJinjaIsLeftAlone(string body) =>
        Assert.DoesNotContain(Run($"---\nname: a\ndescription: b\n---\n{body}\n"), d => d.StartsWith("AGEN038", System.StringComparison.Ordinal));

    private const string Message = "which AgentGen does not render: the model reads it as written. AgentGen fills only {{path}} placeholders: compute the value in C# and pass it as a placeholder, or put the text in a code block if the model should see it";

    [Theory]
    [InlineData("description: \"Use it.\\n\\n<example>\\nuser: hi\\n\"", "AGEN034 Warning (3,26): '<example>' is never closed: add '</example>' where the example ends; until then it is not one of the agent's examples")]
    [InlineData("description: \"Use it. <example>a <example>b</example></example>\"", "AGEN034 Warning (3,34): '<example>' opens an example inside another one, and examples do not nest: end the first with '</example>' before this tag, or remove this tag")]
    [InlineData("description: \"Use it. <example>a</example> b</example>\"", "AGEN034 Warning (3,45): '</example>' closes an example that was not opened: add '<example>' where it starts, or remove it")]
    public void ExampleTagsThatAreNotClosedNestedOrOpenedAreReportedAtTheTag(string description, string expected) =>
        Assert.Contains(expected, Run($"---\nname: a\n{description}\n---\nbody\n"));

    [Theory]
    [InlineData("description: \"Use it. <example>a <example>b</example></example>\"", 34)]
    [InlineData("description: \"Use it. <example>a <example>b</example> <example>c</example>\"", 34)]
    public void ANestedExampleIsOneMistakeReportedOnce(string description, int column) =>
        Assert.Equal(new[] { $"AGEN034 Warning (3,{column})" }, Run($"---\nname: a\n{description}\n---\nbody\n").Select(d => d.Substring(0, d.IndexOf(':'))));

    [Theory]
    [InlineData("Caf\u00c3\u00a9 au lait", "AGEN035 Warning (5,4): 'Ã©' is 'é' saved with the wrong encoding (UTF-8 read as Windows-1252): replace it with 'é'")]
    [InlineData("It\u00e2\u20ac\u2122s done", "AGEN035 Warning (5,3): 'â€™' is '’' saved with the wrong encoding (UTF-8 read as Windows-1252): replace it with '’'")]
    [InlineData("Tools \u00f0\u0178\u201d\u00a7 ready", "AGEN035 Warning (5,7): 'ðŸ”§' is '🔧' saved with the wrong encoding (UTF-8 read as Windows-1252): replace it with '🔧'")]
    [InlineData("\u201a\u00ee\u00fa\u201a\u00ee\u00c4\u201a\u00ee\u00c4 src", "AGEN035 Warning (5,1): '‚îú‚îÄ‚îÄ' is '├──' saved with the wrong encoding (UTF-8 read as Mac Roman): replace it with '├──'")]
    public void MisDecodedTextIsReportedWithItsRepair(string body, string expected) =>
        Assert.Contains(expected, Run($"---\nname: a\ndescription: b\n---\n{body}\n"));

    [Fact]
    public void MisDecodedTextInAValueIsReportedToo() =>
        Assert.Contains("AGEN035 Warning (3,24): 'Ã©' is 'é' saved with the wrong encoding (UTF-8 read as Windows-1252): replace it with 'é'",
            Run("---\nname: a\ndescription: Writes caf\u00c3\u00a9 menus.\n---\nbody\n"));

    [Fact]
    public void AFileThatIsNotAnAgentIsNotCheckedForEncoding() =>
        Assert.Equal(new[] { "AGEN001" }, Run("# Notes\nCaf\u00c3\u00a9 au lait\n").Select(d => d.Substring(0, 7)));

    [Fact]
    public void CorrectTextInManyLanguagesRaisesNothing()
    {
        const string Prose = """
            Vous êtes un réviseur de code: vérifiez la sécurité, puis la lisibilité — « à la française ».
            Prüfen Sie die Größe der Änderung und die Übersetzung; Straße, Maß, Fußnote.
            Revise el código con cuidado: año, niño, corazón, ¿por qué? ¡Sí!
            Você é um revisor: ação, coração, São Paulo, não.
            Jesteś recenzentem: zażółć gęślą jaźń. Jsi recenzent: příliš žluťoučký kůň. Gözden geçir: ğüşıöç İstanbul.
            Bạn là người xem xét mã: tiếng Việt có dấu.
            あなたはコードレビュアーです。セキュリティを確認してください。 你是代码审查员，请检查安全性。 당신은 코드 리뷰어입니다.
            Вы — рецензент кода. Είστε αναθεωρητής κώδικα. أنت مراجع الشيفرة. אתה בודק קוד. आप कोड समीक्षक हैं।
            🔧 🎯 👩‍💻 👍🏽 ⚠️ ├── └── │ ≤ ≥ ∑ √ ∞ × ÷ ± → ← € £ ¥ © ® ™ ° µ § ¶ · “quotes” ‘single’ – — …
            """;
        Assert.Empty(Run($"---\nname: a\ndescription: Reviews code in many languages — « réviseur », Größe, 日本語.\n---\n{Prose}\n"));
    }
}
