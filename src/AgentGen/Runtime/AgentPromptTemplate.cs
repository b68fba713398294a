namespace AgentGen.Runtime
{
    /// <summary>
    /// A prompt with <c>{{path}}</c> placeholders (names joined by dots, such as <c>{{techStack.backend.framework}}</c>),
    /// read once into text and holes and then rendered in one pass. Code is left alone: fenced code blocks, GitHub
    /// Actions' <c>${{ }}</c>, and anything between braces that is not made of names and dots. The same reader runs in the
    /// build (for the generated argument types and the diagnostics) and at run time (for rendering).
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    internal sealed class AgentPromptTemplate
    {
        private readonly string _prompt;
        private readonly global::System.Collections.Generic.List<Hole> _holes;
        private readonly global::System.Collections.Generic.List<string> _placeholders;

        private AgentPromptTemplate(string prompt, global::System.Collections.Generic.List<Hole> holes, global::System.Collections.Generic.List<string> placeholders, global::System.Collections.Generic.List<Finding> findings)
        {
            _prompt = prompt;
            _holes = holes;
            _placeholders = placeholders;
            Placeholders = new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(placeholders);
            Findings = new global::System.Collections.ObjectModel.ReadOnlyCollection<Finding>(findings);
        }

        /// <summary>What a piece of the prompt between braces is, when it is not a placeholder.</summary>
        public enum FindingKind
        {
            /// <summary>Names and dots that do not make a path (<c>{{ }}</c>, <c>{{a..b}}</c>).</summary>
            InvalidPath,

            /// <summary>A Mustache form AgentGen does not render (<c>{{#x}}</c>, <c>{{/x}}</c>, <c>{{^x}}</c>, <c>{{&gt;x}}</c>, <c>{{{x}}}</c>, <c>{{!x}}</c>).</summary>
            MustacheForm,

            /// <summary>A value with a Jinja or Liquid filter (<c>{{ user.name | upper }}</c>).</summary>
            Filter,

            /// <summary>A Jinja or Liquid tag (<c>{% if x %}</c>).</summary>
            Tag,

            /// <summary>Jinja's whitespace control around a value (<c>{{- name -}}</c>).</summary>
            WhitespaceControl,
        }

        /// <summary>The distinct placeholder paths, in order of first use.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> Placeholders { get; }

        /// <summary>Braces that look like a placeholder but are not one (reported by the build only when the prompt has
        /// placeholders), and Jinja or Liquid syntax (reported always: it is never rendered).</summary>
        public global::System.Collections.Generic.IReadOnlyList<Finding> Findings { get; }

        /// <summary>Reads a prompt.</summary>
        /// <param name="prompt">The prompt.</param>
        /// <returns>Its template.</returns>
        public static AgentPromptTemplate Parse(string prompt)
        {
            if (prompt == null) throw new global::System.ArgumentNullException("prompt");
            var holes = new global::System.Collections.Generic.List<Hole>();
            var placeholders = new global::System.Collections.Generic.List<string>();
            var indexes = new global::System.Collections.Generic.Dictionary<string, int>(global::System.StringComparer.Ordinal);
            var findings = new global::System.Collections.Generic.List<Finding>();
            var inFence = false;
            for (var lineStart = 0; lineStart < prompt.Length;)
            {
                var lineEnd = prompt.IndexOf('\n', lineStart);
                lineEnd = lineEnd < 0 ? prompt.Length : lineEnd;
                if (IsFence(prompt, lineStart, lineEnd))
                {
                    inFence = !inFence;
                }
                else if (!inFence)
                {
                    ReadLine(prompt, lineStart, lineEnd, holes, placeholders, indexes, findings);
                }

                lineStart = lineEnd + 1;
            }

            return new AgentPromptTemplate(prompt, holes, placeholders, findings);
        }

        /// <summary>The prompt with every placeholder replaced by its value, in one pass.</summary>
        /// <param name="value">The value of a placeholder (by path), or null when it has none.</param>
        /// <param name="agentName">The agent, for the error message.</param>
        /// <param name="keepMissing">True to leave a placeholder without value as written instead of throwing.</param>
        /// <returns>The rendered prompt.</returns>
        /// <exception cref="AgentPromptValuesMissingException">Placeholders have no value and <paramref name="keepMissing"/> is false.</exception>
        public string Render(global::System.Func<string, string?> value, string agentName, bool keepMissing)
        {
            if (value == null) throw new global::System.ArgumentNullException("value");
            var values = new string?[_placeholders.Count];
            var missing = new global::System.Collections.Generic.List<string>();
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = value(_placeholders[i]);
                if (values[i] == null)
                {
                    missing.Add(_placeholders[i]);
                }
            }

            if (missing.Count > 0 && !keepMissing)
            {
                throw new AgentPromptValuesMissingException(agentName, missing);
            }

            var rendered = new global::System.Text.StringBuilder(_prompt.Length + 64);
            var at = 0;
            foreach (var hole in _holes)
            {
                rendered.Append(_prompt, at, hole.Start - at);
                rendered.Append(values[hole.Placeholder] ?? _prompt.Substring(hole.Start, hole.Length));
                at = hole.Start + hole.Length;
            }

            return rendered.Append(_prompt, at, _prompt.Length - at).ToString();
        }

        private static void ReadLine(string prompt, int start, int end, global::System.Collections.Generic.List<Hole> holes, global::System.Collections.Generic.List<string> placeholders, global::System.Collections.Generic.Dictionary<string, int> indexes, global::System.Collections.Generic.List<Finding> findings)
        {
            for (var open = prompt.IndexOf("{{", start, end - start, global::System.StringComparison.Ordinal); open >= 0 && open < end;
                 open = open + 2 < end ? prompt.IndexOf("{{", open + 2, end - open - 2, global::System.StringComparison.Ordinal) : -1)
            {
                if (open > 0 && prompt[open - 1] == '$')
                {
                    continue; // ${{ expression }}: GitHub Actions and other engines
                }

                var triple = open + 2 < end && prompt[open + 2] == '{';
                var close = prompt.IndexOf(triple ? "}}}" : "}}", open + 2, end - open - 2, global::System.StringComparison.Ordinal);
                if (close < 0)
                {
                    return;
                }

                // "{{unclosed and {{name}}": the braces that close belong to the nearest opening ones.
                var nearest = triple ? -1 : prompt.LastIndexOf("{{", close - 1, close - 1 - open, global::System.StringComparison.Ordinal);
                if (nearest > open)
                {
                    open = nearest;
                    if (prompt[open - 1] == '$')
                    {
                        open = close;
                        continue;
                    }
                }

                var length = close + (triple ? 3 : 2) - open;
                var inner = prompt.Substring(open + (triple ? 3 : 2), close - open - (triple ? 3 : 2)).Trim();
                if (triple || (inner.Length > 0 && "#/^>!&".IndexOf(inner[0]) >= 0))
                {
                    findings.Add(new Finding(FindingKind.MustacheForm, open, length));
                }
                else if (inner.Length > 1 && (inner[0] == '-' || inner[inner.Length - 1] == '-') && IsPathLike(inner.Trim('-').Trim()))
                {
                    findings.Add(new Finding(FindingKind.WhitespaceControl, open, length));
                }
                else if (IsFiltered(inner))
                {
                    findings.Add(new Finding(FindingKind.Filter, open, length));
                }
                else if (IsPath(inner))
                {
                    int index;
                    if (!indexes.TryGetValue(inner, out index))
                    {
                        index = placeholders.Count;
                        indexes.Add(inner, index);
                        placeholders.Add(inner);
                    }

                    holes.Add(new Hole(open, length, index));
                }
                else if (IsPathLike(inner))
                {
                    findings.Add(new Finding(FindingKind.InvalidPath, open, length));
                }

                open = close + (triple ? 1 : 0); // continue after this one
            }

            ReadTags(prompt, start, end, findings);
        }

        /// <summary>Jinja and Liquid tags on a line: <c>{%</c>, an optional '-', a keyword, then <c>%}</c> on the same line.</summary>
        private static void ReadTags(string prompt, int start, int end, global::System.Collections.Generic.List<Finding> findings)
        {
            for (var open = prompt.IndexOf("{%", start, end - start, global::System.StringComparison.Ordinal); open >= 0;
                 open = open + 2 < end ? prompt.IndexOf("{%", open + 2, end - open - 2, global::System.StringComparison.Ordinal) : -1)
            {
                var close = prompt.IndexOf("%}", open + 2, end - open - 2, global::System.StringComparison.Ordinal);
                if (close < 0)
                {
                    return;
                }

                var keyword = open + 2;
                while (keyword < close && (prompt[keyword] == ' ' || prompt[keyword] == '-'))
                {
                    keyword++;
                }

                if (keyword < close && char.IsLetter(prompt[keyword]))
                {
                    findings.Add(new Finding(FindingKind.Tag, open, close + 2 - open));
                    open = close;
                }
            }
        }

        /// <summary>A path, then '|' and a filter's name: <c>user.name | upper</c>, <c>items|join(", ")</c>.</summary>
        private static bool IsFiltered(string inner)
        {
            var bar = inner.IndexOf('|');
            if (bar <= 0 || bar + 1 >= inner.Length || inner[bar + 1] == '|')
            {
                return false; // "a || b" is an expression of some language, not a filter
            }

            var filter = inner.Substring(bar + 1).TrimStart();
            return IsPath(inner.Substring(0, bar).Trim()) && filter.Length > 0 && char.IsLetter(filter[0]);
        }

        /// <summary>A path: names (a letter of any script or '_', then letters, digits, combining marks, '_' or '-') joined
        /// by single dots: {{techStack.backend.framework}}, {{größe}}, {{नाम}}.</summary>
        private static bool IsPath(string text)
        {
            if (text.Length == 0)
            {
                return false;
            }

            var segmentStart = true;
            foreach (var c in text)
            {
                if (c == '.')
                {
                    if (segmentStart)
                    {
                        return false;
                    }

                    segmentStart = true;
                }
                else if (segmentStart ? char.IsLetter(c) || c == '_' : IsNamePart(c))
                {
                    segmentStart = false;
                }
                else
                {
                    return false;
                }
            }

            return !segmentStart;
        }

        /// <summary>Only what names are made of, dots and spaces (or nothing): meant as a placeholder, but not a path
        /// ({{a..b}}, {{1st}}, {{ }}, {{two words}}). Anything else is code.</summary>
        private static bool IsPathLike(string text)
        {
            foreach (var c in text)
            {
                if (!(IsNamePart(c) || c == '.' || c == ' ' || c == '\t'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsNamePart(char c)
        {
            if (char.IsLetterOrDigit(c) || c == '_' || c == '-')
            {
                return true;
            }

            var category = char.GetUnicodeCategory(c);
            return category == global::System.Globalization.UnicodeCategory.NonSpacingMark || category == global::System.Globalization.UnicodeCategory.SpacingCombiningMark;
        }

        /// <summary>A line that opens or closes a fenced code block (``` or ~~~, up to three spaces in).</summary>
        private static bool IsFence(string prompt, int start, int end)
        {
            var i = start;
            while (i < end && i - start < 3 && prompt[i] == ' ')
            {
                i++;
            }

            return end - i >= 3 && ((prompt[i] == '`' && prompt[i + 1] == '`' && prompt[i + 2] == '`') || (prompt[i] == '~' && prompt[i + 1] == '~' && prompt[i + 2] == '~'));
        }

        /// <summary>Braces in the prompt that are not a placeholder: what they are, and where (offset and length in the prompt).</summary>
        public struct Finding
        {
            /// <summary>Creates a finding.</summary>
            /// <param name="kind">What it is.</param>
            /// <param name="start">Its offset.</param>
            /// <param name="length">Its length.</param>
            public Finding(FindingKind kind, int start, int length)
            {
                Kind = kind;
                Start = start;
                Length = length;
            }

            /// <summary>What it is.</summary>
            public FindingKind Kind { get; }

            /// <summary>Its offset in the prompt.</summary>
            public int Start { get; }

            /// <summary>Its length, braces included.</summary>
            public int Length { get; }
        }

        private struct Hole
        {
            public Hole(int start, int length, int placeholder)
            {
                Start = start;
                Length = length;
                Placeholder = placeholder;
            }

            public int Start { get; }

            public int Length { get; }

            public int Placeholder { get; }
        }
    }

    /// <summary>Placeholders of an agent's prompt have no value.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    public sealed class AgentPromptValuesMissingException : global::System.ArgumentException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="agentName">The agent.</param>
        /// <param name="missing">Every placeholder without a value.</param>
        public AgentPromptValuesMissingException(string agentName, global::System.Collections.Generic.IReadOnlyList<string> missing)
            : base("The prompt of agent '" + agentName + "' has placeholders with no value: " + string.Join(", ", missing) + ". Give each a value, or leave them as written with keepMissing (AgentRunSettings.KeepMissingPlaceholders when the agent runs).")
        {
            AgentName = agentName;
            MissingPlaceholders = missing;
        }

        /// <summary>The agent.</summary>
        public string AgentName { get; }

        /// <summary>Every placeholder without a value.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> MissingPlaceholders { get; }
    }
}
