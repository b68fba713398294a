namespace AgentGen.Runtime
{
    /// <summary>
    /// A skill (<c>.claude/skills/&lt;name&gt;/SKILL.md</c>) or a slash command (<c>.claude/commands/**/&lt;name&gt;.md</c>):
    /// its name, description, instructions and every frontmatter key, as its file defines them. Immutable; the generated
    /// <c>SkillCatalog</c> holds one per skill and command. <see cref="Render(string)"/> fills the arguments as Claude Code does.
    /// </summary>
    public sealed partial class SkillDefinition
    {
        private static readonly global::System.Collections.Generic.IReadOnlyList<string> NoStrings = new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(new string[0]);

        private global::System.Collections.Generic.IReadOnlyDictionary<string, string>? _metadata;

        /// <summary>Creates the definition of a generated skill or command.</summary>
        /// <param name="name">How it is invoked.</param>
        /// <param name="description">What it does and when to use it.</param>
        /// <param name="instructions">The body.</param>
        /// <param name="isCommand">True for a command file.</param>
        /// <param name="settingsJson">The other frontmatter keys, as AgentGen writes them (the class's SettingsJson).</param>
        /// <param name="resources">The embedded files of its folder, or null.</param>
        internal SkillDefinition(string name, string description, string instructions, bool isCommand, string settingsJson, SkillResource[]? resources)
        {
            Name = name;
            Description = description;
            Instructions = instructions;
            IsCommand = isCommand;
            Resources = new global::System.Collections.ObjectModel.ReadOnlyCollection<SkillResource>(resources ?? new SkillResource[0]);
            AgentJsonReader.ReadProperties(settingsJson, ReadProperty);
        }

        /// <summary>One key of the settings JSON: the source path, a command's group, the custom keys, or a key of the format (ReadSetting, generated).</summary>
        private bool ReadProperty(string key, AgentJsonReader reader)
        {
            switch (key)
            {
                case "$source":
                    SourcePath = reader.ReadString();
                    return true;
                case "$group":
                    Group = reader.ReadString();
                    return true;
                case "$custom":
                    CustomKeys = reader.ReadStringMap();
                    return true;
                default:
                    return ReadSetting(key, reader);
            }
        }

        /// <summary>The name it is invoked by (<c>/name</c>): a skill's declared name or folder, a command's file name.</summary>
        public string Name { get; }

        /// <summary>What it does and when to use it: what a model routes on.</summary>
        public string Description { get; }

        /// <summary>The body below the frontmatter (CRLF normalised to LF), with its <c>$ARGUMENTS</c> as written.</summary>
        public string Instructions { get; }

        /// <summary>True for a slash command (a file of <c>.claude/commands</c>), false for a skill folder.</summary>
        public bool IsCommand { get; }

        /// <summary>The file, relative to the project.</summary>
        public string SourcePath { get; private set; } = string.Empty;

        /// <summary>A command's subfolder of <c>.claude/commands</c> (<c>frontend</c> for <c>frontend/component.md</c>, which
        /// Claude Code lists as <c>(project:frontend)</c>), or null for a command at the top and for a skill.</summary>
        public string? Group { get; private set; }

        /// <summary>Frontmatter keys outside the format of skills and commands (Claude Code ignores them): scalar values as
        /// text, lists and mappings as JSON; empty when none.</summary>
        public global::System.Collections.Generic.IReadOnlyDictionary<string, string> CustomKeys { get; private set; } = new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new global::System.Collections.Generic.Dictionary<string, string>());

        /// <summary>The text files of the skill's folder (references, scripts), embedded at build time; empty for a command.</summary>
        public global::System.Collections.Generic.IReadOnlyList<SkillResource> Resources { get; }

        /// <summary>True with <c>context: fork</c>: the skill runs in a sub-agent context of its own, by <see cref="Agent"/>.</summary>
        public bool ForksContext
        {
            get { return Context == SkillContext.Fork; }
        }

        /// <summary>The frontmatter key <c>metadata</c> (the Agent Skills standard's map of strings): values as text,
        /// nested lists and mappings as JSON; empty when absent.</summary>
        public global::System.Collections.Generic.IReadOnlyDictionary<string, string> Metadata
        {
            get
            {
                if (_metadata == null)
                {
                    _metadata = MetadataJson == null
                        ? new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new global::System.Collections.Generic.Dictionary<string, string>())
                        : new AgentJsonReader(MetadataJson).ReadStringMap();
                }

                return _metadata;
            }
        }

        /// <summary>The concrete tools of <see cref="AllowedTools"/> as <see cref="AgentTool"/> members, in order (scoped
        /// entries such as <c>Bash(git log:*)</c> by their tool); empty when it names none.</summary>
        public global::System.Collections.Generic.IReadOnlyList<AgentTool> TypedAllowedTools
        {
            get
            {
                var typed = new global::System.Collections.Generic.List<AgentTool>();
                foreach (var entry in AllowedTools)
                {
                    AgentTool tool;
                    if (AgentToolEntries.IsConcrete(entry) && AgentTools.TryParse(AgentToolEntries.BaseName(entry), out tool) && !typed.Contains(tool))
                    {
                        typed.Add(tool);
                    }
                }

                return typed;
            }
        }

        /// <summary>
        /// The instructions with the arguments filled, as Claude Code fills them: <c>$ARGUMENTS</c> is all of
        /// <paramref name="arguments"/>, as written; <c>$ARGUMENTS[N]</c> and its shorthand <c>$N</c> are its N-th word,
        /// counted from 0 (Claude Code's current numbering: <c>$0</c> is the first); <c>$name</c> is the word at the
        /// position of <c>name</c> in <see cref="Arguments"/>. Words are split on white space, and single or double quotes
        /// keep spaces in one word. A word that is not there is empty. When the instructions use none of these, non-empty
        /// arguments are appended as <c>ARGUMENTS: ...</c>. <c>$N</c> is one digit on its own: <c>$500</c> and <c>x$3y</c>
        /// stay as written. <c>${CLAUDE_SKILL_DIR}</c>, <c>!`command`</c> and <c>@file</c> are left as written: they need
        /// Claude Code's session.
        /// </summary>
        /// <param name="arguments">What follows <c>/name</c>, such as <c>1234 high</c>.</param>
        /// <returns>The user message of a run.</returns>
        public string Render(string arguments)
        {
            if (arguments == null) throw new global::System.ArgumentNullException("arguments");
            return Render(arguments, Split(arguments));
        }

        /// <summary>The instructions with these positional arguments filled, each one word whatever it holds; <c>$ARGUMENTS</c>
        /// is them joined by spaces (one that holds white space, or is empty, in double quotes).</summary>
        /// <param name="arguments">The arguments, in order.</param>
        /// <returns>The user message of a run.</returns>
        public string Render(global::System.Collections.Generic.IReadOnlyList<string> arguments)
        {
            if (arguments == null) throw new global::System.ArgumentNullException("arguments");
            var words = new global::System.Collections.Generic.List<string>();
            var joined = new global::System.Text.StringBuilder();
            foreach (var argument in arguments)
            {
                var value = argument ?? string.Empty;
                words.Add(value);
                joined.Append(joined.Length > 0 ? " " : string.Empty);
                var spaced = value.Length == 0;
                foreach (var c in value)
                {
                    spaced |= char.IsWhiteSpace(c);
                }

                joined.Append(spaced ? "\"" + value + "\"" : value);
            }

            return Render(joined.ToString(), words);
        }

        private string Render(string arguments, global::System.Collections.Generic.List<string> words)
        {
            var text = Instructions;
            var rendered = new global::System.Text.StringBuilder(text.Length + arguments.Length);
            var used = false;
            for (var i = 0; i < text.Length; i++)
            {
                int index;
                int length;
                if (text[i] == '$' && (TryReadPlaceholder(text, i, out index, out length) || TryReadName(text, i, out index, out length)))
                {
                    used = true;
                    rendered.Append(index < 0 ? arguments : index < words.Count ? words[index] : string.Empty);
                    i += length - 1;
                }
                else
                {
                    rendered.Append(text[i]);
                }
            }

            if (!used && arguments.Trim().Length > 0)
            {
                rendered.Append(text.EndsWith("\n", global::System.StringComparison.Ordinal) ? "\n" : "\n\n").Append("ARGUMENTS: ").Append(arguments);
            }

            return rendered.ToString();
        }

        /// <summary>The name.</summary>
        /// <returns>The name.</returns>
        public override string ToString()
        {
            return Name;
        }

        /// <summary>$ARGUMENTS (index -1), $ARGUMENTS[N] or $N at <paramref name="at"/>.</summary>
        private static bool TryReadPlaceholder(string text, int at, out int index, out int length)
        {
            index = -1;
            length = 0;
            const string Arguments = "$ARGUMENTS";
            if (string.CompareOrdinal(text, at, Arguments, 0, Arguments.Length) == 0)
            {
                var end = at + Arguments.Length;
                int n;
                int digits;
                if (end < text.Length && text[end] == '[' && ReadNumber(text, end + 1, out n, out digits) && end + 1 + digits < text.Length && text[end + 1 + digits] == ']')
                {
                    index = n;
                    length = Arguments.Length + digits + 2;
                    return true;
                }

                length = Arguments.Length;
                return true;
            }

            // $N: one digit on its own, as the build reads it (not a price such as $500, not x$3y).
            var next = at + 1;
            if (next < text.Length && text[next] >= '0' && text[next] <= '9'
                && (at == 0 || !(char.IsLetterOrDigit(text[at - 1]) || text[at - 1] == '_' || text[at - 1] == '$'))
                && (next + 1 >= text.Length || !(char.IsLetterOrDigit(text[next + 1]) || text[next + 1] == '_')))
            {
                index = text[next] - '0';
                length = 2;
                return true;
            }

            return false;
        }

        /// <summary>$name of a name declared in <see cref="Arguments"/> (the longest that fits), followed by no letter, digit or '_'.</summary>
        private bool TryReadName(string text, int at, out int index, out int length)
        {
            index = -1;
            length = 0;
            for (var n = 0; n < Arguments.Count; n++)
            {
                var name = Arguments[n];
                var end = at + 1 + name.Length;
                if (name.Length > length - 1 && end <= text.Length && string.CompareOrdinal(text, at + 1, name, 0, name.Length) == 0
                    && (end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] == '_')))
                {
                    index = n;
                    length = name.Length + 1;
                }
            }

            return length > 0;
        }

        private static bool ReadNumber(string text, int at, out int number, out int digits)
        {
            number = 0;
            digits = 0;
            while (at + digits < text.Length && text[at + digits] >= '0' && text[at + digits] <= '9' && digits < 9)
            {
                number = (number * 10) + (text[at + digits] - '0');
                digits++;
            }

            return digits > 0;
        }

        /// <summary>Words split on white space; single or double quotes keep spaces in one word and are dropped.</summary>
        private static global::System.Collections.Generic.List<string> Split(string arguments)
        {
            var words = new global::System.Collections.Generic.List<string>();
            var word = new global::System.Text.StringBuilder();
            var quote = '\0';
            var any = false;
            foreach (var c in arguments)
            {
                if (quote == '\0' && (c == '"' || c == '\''))
                {
                    quote = c;
                    any = true;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
                else if (quote == '\0' && char.IsWhiteSpace(c))
                {
                    if (any)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                        any = false;
                    }
                }
                else
                {
                    word.Append(c);
                    any = true;
                }
            }

            if (any)
            {
                words.Add(word.ToString());
            }

            return words;
        }
    }

    /// <summary>A text file of a skill's folder, embedded: its path relative to the folder and its text.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    public sealed class SkillResource
    {
        /// <summary>Creates the resource.</summary>
        /// <param name="path">Its path relative to the skill's folder, such as references/api.md.</param>
        /// <param name="content">Its text.</param>
        public SkillResource(string path, string content)
        {
            Path = path;
            Content = content;
        }

        /// <summary>Its path relative to the skill's folder, with '/' separators.</summary>
        public string Path { get; }

        /// <summary>Its text (CRLF normalised to LF).</summary>
        public string Content { get; }

        /// <summary>The path.</summary>
        /// <returns>The path.</returns>
        public override string ToString()
        {
            return Path;
        }
    }
}
