using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AgentGen.Parsing;

/// <summary>What went wrong while building the tree: YamlDotNet's error, an unknown alias, or a limit.</summary>
internal sealed class YamlError
{
    public YamlError(int start, int end, string message, bool isLimit)
    {
        Start = start;
        End = end;
        Message = message;
        IsLimit = isLimit;
    }

    public int Start { get; }

    public int End { get; }

    public string Message { get; }

    /// <summary>True when a structural limit (<see cref="YamlLimits"/>) stopped the parse, not invalid YAML.</summary>
    public bool IsLimit { get; }
}

/// <summary>
/// Drives YamlDotNet's event parser (no reflection, no representation model) and builds a
/// <see cref="YamlNode"/> tree iteratively, so that deep nesting cannot overflow the stack.
/// </summary>
internal static class YamlTreeBuilder
{
    private static readonly Regex MarkPrefix = new(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant);

    /// <summary>Parses the first YAML document of <paramref name="yaml"/>; positions are mapped through <paramref name="lines"/>.</summary>
    public static YamlNode? Build(string yaml, TextLines lines, out YamlError? error)
    {
        error = null;
        var anchors = new Dictionary<string, YamlNode>();
        var stack = new Stack<Frame>();
        YamlNode? root = null;
        var nodes = 0;
        var parser = new Parser(new Scanner(new StringReader(yaml), skipComments: true));
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current;
                YamlNode? completed = null;
                switch (current)
                {
                    case Scalar scalar:
                        completed = new YamlScalar(scalar.Value, KindOf(scalar.Style), Offset(lines, scalar.Start), Offset(lines, scalar.End), IsLocalTag(scalar.Tag));
                        Remember(anchors, scalar, completed);
                        break;
                    case SequenceStart or MappingStart:
                        if (stack.Count >= YamlLimits.MaxDepth)
                        {
                            error = new YamlError(Offset(lines, current.Start), Offset(lines, current.End), $"nesting deeper than {YamlLimits.MaxDepth} levels", isLimit: true);
                            return null;
                        }

                        stack.Push(new Frame((NodeEvent)current, Offset(lines, current.Start)));
                        break;
                    case SequenceEnd:
                    {
                        var frame = stack.Pop();
                        completed = new YamlSequence(frame.Items, frame.Start, Offset(lines, current.End));
                        Remember(anchors, frame.Event, completed);
                        break;
                    }

                    case MappingEnd:
                    {
                        var frame = stack.Pop();
                        var entries = new List<KeyValuePair<YamlNode, YamlNode>>(frame.Items.Count / 2);
                        for (var i = 0; i + 1 < frame.Items.Count; i += 2)
                        {
                            entries.Add(new KeyValuePair<YamlNode, YamlNode>(frame.Items[i], frame.Items[i + 1]));
                        }

                        completed = new YamlMapping(entries, frame.Start, Offset(lines, current.End));
                        Remember(anchors, frame.Event, completed);
                        break;
                    }

                    case AnchorAlias alias:
                        if (!anchors.TryGetValue(alias.Value.Value, out completed))
                        {
                            error = new YamlError(Offset(lines, alias.Start), Offset(lines, alias.End), $"the alias *{alias.Value.Value} refers to no anchor (&{alias.Value.Value}) defined before it", isLimit: false);
                            return null;
                        }

                        break;
                    case DocumentEnd when stack.Count == 0 && root is not null:
                        return root;
                }

                if (completed is null)
                {
                    continue;
                }

                if (++nodes > YamlLimits.MaxNodes)
                {
                    error = new YamlError(completed.Start, completed.End, $"more than {YamlLimits.MaxNodes} YAML nodes", isLimit: true);
                    return null;
                }

                if (stack.Count == 0)
                {
                    root = completed;
                }
                else
                {
                    stack.Peek().Items.Add(completed);
                }
            }
        }
        catch (YamlException exception)
        {
            // Invalid YAML is an expected input, never a crash: it becomes AGEN003 (or AGEN019 after recovery).
            var start = Offset(lines, exception.Start);
            error = new YamlError(start, Offset(lines, exception.End), MarkPrefix.Replace(exception.Message, string.Empty), isLimit: false);
            return null;
        }
        catch (Exception exception) when (IsParserFailure(exception))
        {
            // YamlDotNet throws other types than YamlException on some malformed input: an InvalidOperationException on
            // unbalanced flow collections (found by the fuzzer: Fuzzing/Regressions/found-c85693ff.md), and other types in
            // older and newer versions, one of which the SDK may load instead of 16.3 (see the README). Bad input is never a
            // crash: it is invalid YAML at the parser's position.
            var position = Offset(lines, parser.Current?.Start ?? Mark.Empty);
            error = new YamlError(position, position, $"the YAML parser failed ({exception.GetType().Name}: {exception.Message.TrimEnd('.')}); check that every '[', '{{' and quote is closed", isLimit: false);
            return null;
        }

        return root;
    }

    /// <summary>
    /// Exceptions that mean the input could not be parsed. Not these: a broken environment (YamlDotNet missing, or a
    /// version without a member AgentGen calls) and cancellation must surface with their real cause, not as AGEN003 on
    /// every file.
    /// </summary>
    private static bool IsParserFailure(Exception exception) => exception is not (
        OperationCanceledException or OutOfMemoryException or InsufficientExecutionStackException
        or TypeLoadException or MissingMemberException or System.IO.FileNotFoundException or System.IO.FileLoadException
        or BadImageFormatException or TypeInitializationException);

    /// <summary>An application tag (<c>!x</c>); YAML's own (<c>!!str</c>) resolve to <c>tag:yaml.org,2002:</c> names.</summary>
    private static bool IsLocalTag(TagName tag) => !tag.IsEmpty && tag.Value.Length > 1 && tag.Value[0] == '!';

    private static void Remember(Dictionary<string, YamlNode> anchors, NodeEvent nodeEvent, YamlNode node)
    {
        if (!nodeEvent.Anchor.IsEmpty)
        {
            anchors[nodeEvent.Anchor.Value] = node;
        }
    }

    private static int Offset(TextLines lines, Mark mark) => lines.Offset(mark.Line, mark.Column);

    private static YamlScalarKind KindOf(ScalarStyle style) => style switch
    {
        ScalarStyle.SingleQuoted => YamlScalarKind.SingleQuoted,
        ScalarStyle.DoubleQuoted => YamlScalarKind.DoubleQuoted,
        ScalarStyle.Literal => YamlScalarKind.Literal,
        ScalarStyle.Folded => YamlScalarKind.Folded,
        _ => YamlScalarKind.Plain,
    };

    private sealed class Frame
    {
        public Frame(NodeEvent nodeEvent, int start)
        {
            Event = nodeEvent;
            Start = start;
        }

        public NodeEvent Event { get; }

        public int Start { get; }

        public List<YamlNode> Items { get; } = new();
    }
}
