using System;
using System.Collections.Generic;
using System.Linq;
using AgentGen.Diagnostics;
using AgentGen.Schema;

namespace AgentGen.Parsing;

/// <summary>The <c>tools</c> and <c>disallowedTools</c> values: comma strings or lists, each entry located in the file.</summary>
internal sealed partial class FrontmatterReader
{
    private FrontmatterValue? ReadTools(KeySpec spec, YamlNode value)
    {
        var tools = ReadToolList(spec.Key, value);
        if (tools is null)
        {
            return null;
        }

        if (spec == AgentSchema.Tools && tools.Entries.Count == 0)
        {
            _problems.Add(new Problem(DiagnosticDescriptors.EmptyCollection, tools.Start, tools.Length,
                "'tools' is empty: the agent gets no tools at all and Claude Code refuses to spawn it; remove the key to inherit every tool, or list the tools"));
        }

        return FrontmatterValue.OfTools(spec, tools);
    }

    private ToolList? ReadToolList(string key, YamlNode value)
    {
        var entries = new List<ToolEntry>();
        switch (value)
        {
            case YamlScalar { IsNull: true }:
                return null;
            case YamlScalar scalar:
                var cursor = scalar.Start;
                // The Agent Skills standard separates allowed-tools with spaces (Read Grep Bash(git log:*)); Claude Code
                // with commas. A skill's or command's string without a top-level comma is read the standard's way.
                var bySpaces = _kind != DocumentKinds.Agent && !HasTopLevelComma(scalar.Value);
                foreach (var part in SplitTopLevel(scalar.Value, bySpaces))
                {
                    // Find the entry in the source to point at it exactly; escapes or folding fall back to the whole value.
                    var found = cursor <= scalar.End ? _text.IndexOf(part, cursor, scalar.End - cursor, StringComparison.Ordinal) : -1;
                    entries.Add(found >= 0 ? ToolEntry.Create(part, found, part.Length) : ToolEntry.Create(part, scalar.Start, scalar.Length));
                    cursor = found >= 0 ? found + part.Length : cursor;
                }

                return new ToolList(entries, scalar.Start, scalar.Length);
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } itemScalar && itemScalar.Value.Trim().Length > 0)
                    {
                        entries.Add(ToolEntry.Create(itemScalar.Value.Trim(), itemScalar.Start, itemScalar.Length));
                    }
                    else if (item is not YamlScalar)
                    {
                        Report(DiagnosticDescriptors.WrongValueType, item, key + " item", "a tool name", Describe(item), string.Empty);
                    }
                }

                return new ToolList(entries, sequence.Start, sequence.Length);
            default:
                Report(DiagnosticDescriptors.WrongValueType, value, key, "a comma-separated string or a list of tool names", Describe(value), string.Empty);
                return null;
        }
    }

    private static bool HasTopLevelComma(string value) => SplitTopLevel(value).Skip(1).Any();

    /// <summary>Splits a comma list at top level only: <c>Read, Agent(a, b)</c> is two entries; with
    /// <paramref name="bySpaces"/>, white space separates instead (<c>Read Bash(git log:*)</c> is two).</summary>
    internal static IEnumerable<string> SplitTopLevel(string value, bool bySpaces = false)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ',';
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if ((c == ',' || (bySpaces && char.IsWhiteSpace(c))) && (depth == 0 || i == value.Length))
            {
                var part = value.Substring(start, i - start).Trim();
                if (part.Length > 0)
                {
                    yield return part;
                }

                start = i + 1;
            }
        }
    }
}
