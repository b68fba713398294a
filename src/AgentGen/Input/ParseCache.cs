using System.Runtime.CompilerServices;
using AgentGen.Parsing;
using AgentGen.Schema;
using Microsoft.CodeAnalysis.Text;

namespace AgentGen.Input;

/// <summary>
/// One parse per file text. The compiler hands the generator and the analyzer the same AdditionalText (whose SourceText
/// it keeps), so the second one finds the first one's document here instead of parsing the file again. Weak keys: a text
/// that is no longer used frees its document.
/// </summary>
internal static class ParseCache
{
    private static readonly ConditionalWeakTable<SourceText, AgentDocument> Agents = new();
    private static readonly ConditionalWeakTable<SourceText, AgentDocument> Skills = new();
    private static readonly ConditionalWeakTable<SourceText, AgentDocument> Commands = new();

    public static AgentDocument Get(SourceText text, DocumentKinds kind = DocumentKinds.Agent) => kind switch
    {
        DocumentKinds.Skill => Skills.GetValue(text, static t => AgentFileParser.Parse(t.ToString(), DecoderFoundBom(t), DocumentKinds.Skill)),
        DocumentKinds.Command => Commands.GetValue(text, static t => AgentFileParser.Parse(t.ToString(), DecoderFoundBom(t), DocumentKinds.Command)),
        _ => Agents.GetValue(text, static t => AgentFileParser.Parse(t.ToString(), DecoderFoundBom(t))),
    };

    /// <summary>The compiler's decoder strips a UTF-8 byte order mark from the text but keeps an encoding that writes one.</summary>
    private static bool DecoderFoundBom(SourceText text) => text.Encoding?.GetPreamble().Length > 0;
}
