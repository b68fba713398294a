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
        var tree = new Tree(lines);
        var parser = new Parser(new Scanner(new StringReader(yaml), skipComments: true));
        try
        {
            while (parser.MoveNext() && tree.Add(parser.Current!))
            {
            }
        }
        catch (YamlException exception)
        {
            // Invalid YAML is an expected input, never a crash: it becomes AGEN003 (or AGEN019 after recovery).
            tree.Error = new YamlError(Offset(lines, exception.Start), Offset(lines, exception.End), MarkPrefix.Replace(exception.Message, string.Empty), isLimit: false);
        }
        catch (Exception exception) when (IsParserFailure(exception))
        {
            // YamlDotNet throws other types than YamlException on some malformed input: an InvalidOperationException on
            // unbalanced flow collections (found by the fuzzer: Fuzzing/Regressions/found-c85693ff.md), and other types in
            // older and newer versions, one of which the SDK may load instead of 16.3 (see the README). Bad input is never a
            // crash: it is invalid YAML at the parser's position.
            var position = Offset(lines, parser.Current?.Start ?? Mark.Empty);
            tree.Error = new YamlError(position, position, $"the YAML parser failed ({exception.GetType().Name}: {exception.Message.TrimEnd('.')}); check that every '[', '{{' and quote is closed", isLimit: false);
        }

        error = tree.Error;
        return error is null ? tree.Root : null;
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

    private static int Offset(TextLines lines, Mark mark) => lines.Offset(mark.Line, mark.Column);

    private static YamlScalarKind KindOf(ScalarStyle style) => style switch
    {
        ScalarStyle.SingleQuoted => YamlScalarKind.SingleQuoted,
        ScalarStyle.DoubleQuoted => YamlScalarKind.DoubleQuoted,
        ScalarStyle.Literal => YamlScalarKind.Literal,
        ScalarStyle.Folded => YamlScalarKind.Folded,
        _ => YamlScalarKind.Plain,
    };

    /// <summary>The tree being built, one parser event at a time: open collections on a stack, anchors by name, a node count.</summary>
    private sealed class Tree
    {
        private readonly TextLines _lines;
        private readonly Dictionary<string, YamlNode> _anchors = new();
        private readonly Stack<Frame> _stack = new();
        private int _nodes;

        public Tree(TextLines lines) => _lines = lines;

        public YamlNode? Root { get; private set; }

        public YamlError? Error { get; set; }

        /// <summary>Takes one event; false when the tree is complete (the first document ended) or an error stopped it.</summary>
        public bool Add(ParsingEvent current)
        {
            if (current is DocumentEnd && _stack.Count == 0 && Root is not null)
            {
                return false;
            }

            var completed = Complete(current);
            if (Error is not null)
            {
                return false;
            }

            return completed is null || Attach(completed);
        }

        /// <summary>The node an event completes (a scalar, a closed collection, an alias's anchor), or null.</summary>
        private YamlNode? Complete(ParsingEvent current)
        {
            switch (current)
            {
                case Scalar scalar:
                    return Remember(scalar, new YamlScalar(scalar.Value, KindOf(scalar.Style), Offset(_lines, scalar.Start), Offset(_lines, scalar.End), IsLocalTag(scalar.Tag)));
                case SequenceStart or MappingStart:
                    if (_stack.Count >= YamlLimits.MaxDepth)
                    {
                        Error = new YamlError(Offset(_lines, current.Start), Offset(_lines, current.End), $"nesting deeper than {YamlLimits.MaxDepth} levels", isLimit: true);
                    }
                    else
                    {
                        _stack.Push(new Frame((NodeEvent)current, Offset(_lines, current.Start)));
                    }

                    return null;
                case SequenceEnd:
                {
                    var frame = _stack.Pop();
                    return Remember(frame.Event, new YamlSequence(frame.Items, frame.Start, Offset(_lines, current.End)));
                }

                case MappingEnd:
                {
                    var frame = _stack.Pop();
                    var entries = new List<KeyValuePair<YamlNode, YamlNode>>(frame.Items.Count / 2);
                    for (var i = 0; i + 1 < frame.Items.Count; i += 2)
                    {
                        entries.Add(new KeyValuePair<YamlNode, YamlNode>(frame.Items[i], frame.Items[i + 1]));
                    }

                    return Remember(frame.Event, new YamlMapping(entries, frame.Start, Offset(_lines, current.End)));
                }

                case AnchorAlias alias:
                    if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
                    {
                        Error = new YamlError(Offset(_lines, alias.Start), Offset(_lines, alias.End), $"the alias *{alias.Value.Value} refers to no anchor (&{alias.Value.Value}) defined before it", isLimit: false);
                    }

                    return anchored;
                default:
                    return null;
            }
        }

        /// <summary>Puts a completed node in its collection (or makes it the root); false when the node limit stops the parse.</summary>
        private bool Attach(YamlNode completed)
        {
            if (++_nodes > YamlLimits.MaxNodes)
            {
                Error = new YamlError(completed.Start, completed.End, $"more than {YamlLimits.MaxNodes} YAML nodes", isLimit: true);
                return false;
            }

            if (_stack.Count == 0)
            {
                Root = completed;
            }
            else
            {
                _stack.Peek().Items.Add(completed);
            }

            return true;
        }

        private YamlNode Remember(NodeEvent nodeEvent, YamlNode node)
        {
            if (!nodeEvent.Anchor.IsEmpty)
            {
                _anchors[nodeEvent.Anchor.Value] = node;
            }

            return node;
        }
    }

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
