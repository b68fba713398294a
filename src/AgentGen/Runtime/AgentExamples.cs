namespace AgentGen.Runtime
{
    /// <summary>
    /// One <c>&lt;example&gt;</c> block of an agent's description: when to delegate to the agent, as a router or a few-shot
    /// prompt needs it. Literal <c>\n</c> escapes (common in descriptions written on one quoted line) are line breaks here.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    public sealed class AgentExample
    {
        /// <summary>Creates an example.</summary>
        /// <param name="text">The block's text, escapes read.</param>
        /// <param name="context">The <c>Context:</c> line, or null.</param>
        /// <param name="user">What the user says, or null.</param>
        /// <param name="assistant">What the assistant answers, or null.</param>
        /// <param name="commentary">The <c>&lt;commentary&gt;</c>, or null.</param>
        public AgentExample(string text, string? context, string? user, string? assistant, string? commentary)
        {
            Text = text;
            Context = context;
            User = user;
            Assistant = assistant;
            Commentary = commentary;
        }

        /// <summary>The block's text between the tags, escapes read as line breaks.</summary>
        public string Text { get; }

        /// <summary>The situation (<c>Context:</c>), or null when absent.</summary>
        public string? Context { get; }

        /// <summary>What the user says (<c>user:</c>), without its quotes, or null when absent.</summary>
        public string? User { get; }

        /// <summary>What the assistant answers (<c>assistant:</c>), without its quotes, or null when absent.</summary>
        public string? Assistant { get; }

        /// <summary>Why the agent fits (<c>&lt;commentary&gt;</c>), or null when absent.</summary>
        public string? Commentary { get; }

        /// <summary>The example's text.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            return Text;
        }
    }

    /// <summary>
    /// Reads the <c>&lt;example&gt;</c> blocks of a description. The same reader runs in the build (which reports an
    /// unclosed or nested tag, with the offset <see cref="Problems"/> gives) and at run time.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    internal sealed class AgentExamples
    {
        private const string Open = "<example>";
        private const string Close = "</example>";

        private AgentExamples(global::System.Collections.Generic.List<AgentExample> examples, string withoutExamples, global::System.Collections.Generic.List<Problem> problems)
        {
            All = new global::System.Collections.ObjectModel.ReadOnlyCollection<AgentExample>(examples);
            DescriptionWithoutExamples = withoutExamples;
            Problems = new global::System.Collections.ObjectModel.ReadOnlyCollection<Problem>(problems);
        }

        /// <summary>What is wrong with a tag.</summary>
        public enum ProblemKind
        {
            /// <summary>An <c>&lt;example&gt;</c> with no <c>&lt;/example&gt;</c> after it.</summary>
            Unclosed,

            /// <summary>An <c>&lt;example&gt;</c> inside another.</summary>
            Nested,

            /// <summary>A <c>&lt;/example&gt;</c> with no <c>&lt;example&gt;</c> before it.</summary>
            Unopened,
        }

        /// <summary>The examples, in order.</summary>
        public global::System.Collections.Generic.IReadOnlyList<AgentExample> All { get; }

        /// <summary>The description without its examples: the text that says when to use the agent, escapes read.</summary>
        public string DescriptionWithoutExamples { get; }

        /// <summary>Tags that are not closed, nested, or closed without being opened (the offset of the tag in the description).</summary>
        public global::System.Collections.Generic.IReadOnlyList<Problem> Problems { get; }

        /// <summary>Reads a description.</summary>
        /// <param name="description">The description.</param>
        /// <returns>Its examples.</returns>
        public static AgentExamples Parse(string description)
        {
            if (description == null) throw new global::System.ArgumentNullException("description");
            var examples = new global::System.Collections.Generic.List<AgentExample>();
            var problems = new global::System.Collections.Generic.List<Problem>();
            var rest = new global::System.Text.StringBuilder(description.Length);
            var at = 0;
            var open = -2;
            var stray = -2;
            while (at < description.Length)
            {
                // The next tags after 'at', each searched for again only once passed: linear however many tags there are.
                if (open != -1 && open < at)
                {
                    open = description.IndexOf(Open, at, global::System.StringComparison.OrdinalIgnoreCase);
                }

                if (stray != -1 && stray < at)
                {
                    stray = description.IndexOf(Close, at, global::System.StringComparison.OrdinalIgnoreCase);
                }

                if (stray >= 0 && (open < 0 || stray < open))
                {
                    problems.Add(new Problem(ProblemKind.Unopened, stray, Close.Length));
                    rest.Append(description, at, stray + Close.Length - at);
                    at = stray + Close.Length;
                    continue;
                }

                if (open < 0)
                {
                    break;
                }

                var close = stray; // the first closing tag after this opening one
                if (close < 0)
                {
                    problems.Add(new Problem(ProblemKind.Unclosed, open, Open.Length));
                    break;
                }

                // An inner tag is the mistake, reported once: the block runs to the tag that closes the outer one when
                // the tags balance (so its closing tag is not reported again as unopened), else to the first closing tag.
                var balanced = MatchingClose(description, open, problems);
                if (balanced >= 0)
                {
                    close = balanced;
                }

                rest.Append(description, at, open - at);
                examples.Add(Read(Unescape(description.Substring(open + Open.Length, close - open - Open.Length))));
                at = close + Close.Length;
                if (rest.Length > 0 && rest[rest.Length - 1] == ' ')
                {
                    // "before <example>...</example> after": one space between the words that are left.
                    while (at < description.Length && description[at] == ' ')
                    {
                        at++;
                    }
                }
            }

            if (at < description.Length)
            {
                rest.Append(description, at, description.Length - at);
            }

            return new AgentExamples(examples, Tidy(Unescape(rest.ToString())), problems);
        }

        private static int MatchingClose(string description, int open, global::System.Collections.Generic.List<Problem> problems)
        {
            // When the tags do not balance, only the inner tag before the first closing tag is the mistake: the block
            // ends there, and a later opening tag starts the next example.
            var nested = new global::System.Collections.Generic.List<Problem>();
            var depth = 1;
            var at = open + Open.Length;
            var nextOpen = -2;
            var nextClose = -2;
            while (true)
            {
                // Each tag is searched for again only once passed: linear in the description, however many tags it has.
                if (nextOpen != -1 && nextOpen < at)
                {
                    nextOpen = description.IndexOf(Open, at, global::System.StringComparison.OrdinalIgnoreCase);
                }

                if (nextClose < at)
                {
                    nextClose = description.IndexOf(Close, at, global::System.StringComparison.OrdinalIgnoreCase);
                }

                if (nextClose < 0)
                {
                    if (nested.Count > 0)
                    {
                        problems.Add(nested[0]);
                    }

                    return -1;
                }

                if (nextOpen >= 0 && nextOpen < nextClose)
                {
                    nested.Add(new Problem(ProblemKind.Nested, nextOpen, Open.Length));
                    depth++;
                    at = nextOpen + Open.Length;
                    continue;
                }

                depth--;
                if (depth == 0)
                {
                    problems.AddRange(nested);
                    return nextClose;
                }

                at = nextClose + Close.Length;
            }
        }

        private static AgentExample Read(string text)
        {
            string? context = null, user = null, assistant = null, commentary = null;
            var commentaryStart = text.IndexOf("<commentary>", global::System.StringComparison.OrdinalIgnoreCase);
            var commentaryEnd = commentaryStart < 0 ? -1 : text.IndexOf("</commentary>", commentaryStart, global::System.StringComparison.OrdinalIgnoreCase);
            var body = text;
            if (commentaryEnd > commentaryStart)
            {
                commentary = text.Substring(commentaryStart + 12, commentaryEnd - commentaryStart - 12).Trim();
                body = text.Substring(0, commentaryStart) + text.Substring(commentaryEnd + 13);
            }

            string? label = null;
            var value = new global::System.Text.StringBuilder();
            foreach (var line in body.Split('\n'))
            {
                var next = LabelOf(line);
                if (next != null)
                {
                    Assign(label, value.ToString(), ref context, ref user, ref assistant);
                    label = next;
                    value.Clear().Append(line.Substring(line.IndexOf(':') + 1));
                }
                else if (label != null)
                {
                    value.Append('\n').Append(line);
                }
            }

            Assign(label, value.ToString(), ref context, ref user, ref assistant);
            return new AgentExample(text.Trim(), context, user, assistant, commentary);
        }

        private static string? LabelOf(string line)
        {
            var trimmed = line.TrimStart();
            foreach (var label in new[] { "context", "user", "assistant" })
            {
                if (trimmed.Length > label.Length && trimmed[label.Length] == ':' && string.Compare(trimmed, 0, label, 0, label.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return label;
                }
            }

            return null;
        }

        private static void Assign(string? label, string value, ref string? context, ref string? user, ref string? assistant)
        {
            var text = value.Trim();
            if (text.Length >= 2 && text[0] == '"' && text[text.Length - 1] == '"')
            {
                text = text.Substring(1, text.Length - 2);
            }

            switch (label)
            {
                case "context":
                    context = text;
                    break;
                case "user":
                    user = text;
                    break;
                case "assistant":
                    assistant = text;
                    break;
            }
        }

        /// <summary>Literal <c>\n</c> and <c>\t</c> escapes, left by a description written on one quoted line, as what they mean.</summary>
        private static string Unescape(string text)
        {
            return text.IndexOf('\\') < 0 ? text : text.Replace("\\r\\n", "\n").Replace("\\n", "\n").Replace("\\t", "\t");
        }

        /// <summary>The routing text: blank lines collapsed, and an "Examples:" heading left without examples dropped.</summary>
        private static string Tidy(string text)
        {
            var lines = new global::System.Collections.Generic.List<string>(text.Replace("\r\n", "\n").Split('\n'));
            while (lines.Count > 0 && (lines[lines.Count - 1].Trim().Length == 0 || lines[lines.Count - 1].Trim().TrimEnd(':').Equals("Examples", global::System.StringComparison.OrdinalIgnoreCase)))
            {
                lines.RemoveAt(lines.Count - 1);
            }

            var tidy = new global::System.Text.StringBuilder();
            var blank = false;
            foreach (var line in lines)
            {
                if (line.Trim().Length == 0)
                {
                    blank = tidy.Length > 0;
                    continue;
                }

                tidy.Append(blank ? "\n\n" : tidy.Length > 0 ? "\n" : string.Empty).Append(tidy.Length > 0 ? line.TrimEnd() : line.Trim());
                blank = false;
            }

            return tidy.ToString();
        }

        /// <summary>A tag that is not closed, nested, or closed without being opened.</summary>
        public struct Problem
        {
            /// <summary>Creates a problem.</summary>
            /// <param name="kind">What is wrong.</param>
            /// <param name="start">The tag's offset in the description.</param>
            /// <param name="length">The tag's length.</param>
            public Problem(ProblemKind kind, int start, int length)
            {
                Kind = kind;
                Start = start;
                Length = length;
            }

            /// <summary>What is wrong.</summary>
            public ProblemKind Kind { get; }

            /// <summary>The tag's offset in the description.</summary>
            public int Start { get; }

            /// <summary>The tag's length.</summary>
            public int Length { get; }
        }
    }
}
