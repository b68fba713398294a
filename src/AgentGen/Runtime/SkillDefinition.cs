namespace AgentGen.Runtime
{
    /// <summary>
    /// A skill (<c>.claude/skills/&lt;name&gt;/SKILL.md</c>) or a slash command (<c>.claude/commands/**/&lt;name&gt;.md</c>):
    /// its name, description, instructions and settings, as its file defines them. Immutable; the generated
    /// <c>SkillCatalog</c> holds one per skill and command. <see cref="Render(string)"/> fills the arguments as Claude Code does.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    public sealed class SkillDefinition
    {
        private static readonly string[] NoStrings = new string[0];

        /// <summary>Creates the definition of a generated skill or command.</summary>
        internal SkillDefinition(string name, string description, string instructions, bool isCommand, string? argumentHint, string[]? allowedTools, string? model, string? effort, bool forksContext, string? agent, bool disableModelInvocation, bool userInvocable, string[] paths, string sourcePath, SkillResource[]? resources)
        {
            Name = name;
            Description = description;
            Instructions = instructions;
            IsCommand = isCommand;
            ArgumentHint = argumentHint;
            AllowedTools = allowedTools == null ? null : new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(allowedTools);
            Model = model;
            Effort = effort;
            ForksContext = forksContext;
            Agent = agent;
            DisableModelInvocation = disableModelInvocation;
            UserInvocable = userInvocable;
            Paths = new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(paths ?? NoStrings);
            SourcePath = sourcePath;
            Resources = new global::System.Collections.ObjectModel.ReadOnlyCollection<SkillResource>(resources ?? new SkillResource[0]);
        }

        /// <summary>The name it is invoked by (<c>/name</c>): a skill's declared name or folder, a command's file name.</summary>
        public string Name { get; }

        /// <summary>What it does and when to use it: what a model routes on.</summary>
        public string Description { get; }

        /// <summary>The body below the frontmatter (CRLF normalised to LF), with its <c>$ARGUMENTS</c> as written.</summary>
        public string Instructions { get; }

        /// <summary>True for a slash command (a file of <c>.claude/commands</c>), false for a skill folder.</summary>
        public bool IsCommand { get; }

        /// <summary>The frontmatter key <c>argument-hint</c>, or null.</summary>
        public string? ArgumentHint { get; }

        /// <summary>The frontmatter key <c>allowed-tools</c>, entries as written (<c>Bash(git log:*)</c>), or null when absent.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string>? AllowedTools { get; }

        /// <summary>The frontmatter key <c>model</c> as written, or null.</summary>
        public string? Model { get; }

        /// <summary>The model as an <see cref="AgentModel"/>: an alias, <c>Custom</c> for a full id, <c>Inherit</c> when absent.</summary>
        public AgentModel ModelKind
        {
            get { return AgentDefinition.ToAgentModel(Model); }
        }

        /// <summary>The effort as an <see cref="AgentEffort"/>, or null when absent or not a known level.</summary>
        public AgentEffort? EffortLevel
        {
            get { return AgentDefinition.ToAgentEffort(Effort); }
        }

        /// <summary>The concrete tools of <see cref="AllowedTools"/> as <see cref="AgentTool"/> members, in order (scoped
        /// entries such as <c>Bash(git log:*)</c> by their tool), or null when the key is absent.</summary>
        public global::System.Collections.Generic.IReadOnlyList<AgentTool>? TypedAllowedTools
        {
            get
            {
                if (AllowedTools == null)
                {
                    return null;
                }

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

        /// <summary>The frontmatter key <c>effort</c> as written, or null.</summary>
        public string? Effort { get; }

        /// <summary>True with <c>context: fork</c>: the skill runs in a sub-agent context of its own.</summary>
        public bool ForksContext { get; }

        /// <summary>The frontmatter key <c>agent</c>: the agent that runs it in a forked context, or null.</summary>
        public string? Agent { get; }

        /// <summary>The frontmatter key <c>disable-model-invocation</c>: only users invoke it.</summary>
        public bool DisableModelInvocation { get; }

        /// <summary>The frontmatter key <c>user-invocable</c> (true when absent): whether it is in the / menu.</summary>
        public bool UserInvocable { get; }

        /// <summary>The frontmatter key <c>paths</c>: globs of the files it applies to; empty when it applies everywhere.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> Paths { get; }

        /// <summary>The file, relative to the project.</summary>
        public string SourcePath { get; }

        /// <summary>The text files of the skill's folder (references, scripts), embedded at build time; empty for a command.</summary>
        public global::System.Collections.Generic.IReadOnlyList<SkillResource> Resources { get; }

        /// <summary>
        /// The instructions with the arguments filled, as Claude Code fills them: <c>$ARGUMENTS</c> is all of
        /// <paramref name="arguments"/>; <c>$ARGUMENTS[N]</c> and its shorthand <c>$N</c> are its N-th word, counted from 0
        /// (Claude Code's current numbering: <c>$0</c> is the first; words are split on spaces, and double quotes keep
        /// spaces in one); a word that is not there is empty. When the instructions use none of these, non-empty
        /// arguments are appended as <c>ARGUMENTS: ...</c>. <c>$N</c> is one digit on its own: <c>$500</c> and <c>x$3y</c>
        /// stay as written. <c>${CLAUDE_SKILL_DIR}</c>, <c>!`command`</c> and
        /// <c>@file</c> are left as written: they need Claude Code's session.
        /// </summary>
        /// <param name="arguments">What follows <c>/name</c>, such as <c>1234 high</c>.</param>
        /// <returns>The user message of a run.</returns>
        public string Render(string arguments)
        {
            if (arguments == null) throw new global::System.ArgumentNullException("arguments");
            var words = Split(arguments);
            var text = Instructions;
            var rendered = new global::System.Text.StringBuilder(text.Length + arguments.Length);
            var used = false;
            for (var i = 0; i < text.Length; i++)
            {
                int index;
                int length;
                if (text[i] == '$' && TryReadPlaceholder(text, i, out index, out length))
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

        /// <summary>The instructions with positional arguments filled (quoted when they hold spaces, so each stays one word).</summary>
        /// <param name="arguments">The arguments, in order.</param>
        /// <returns>The user message of a run.</returns>
        public string Render(global::System.Collections.Generic.IReadOnlyList<string> arguments)
        {
            if (arguments == null) throw new global::System.ArgumentNullException("arguments");
            var joined = new global::System.Text.StringBuilder();
            foreach (var argument in arguments)
            {
                if (joined.Length > 0)
                {
                    joined.Append(' ');
                }

                var value = argument ?? string.Empty;
                joined.Append(value.Length == 0 || value.IndexOf(' ') >= 0 ? "\"" + value.Replace("\"", string.Empty) + "\"" : value);
            }

            return Render(joined.ToString());
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

        /// <summary>Words split on white space; double quotes keep spaces in one word and are dropped.</summary>
        private static global::System.Collections.Generic.List<string> Split(string arguments)
        {
            var words = new global::System.Collections.Generic.List<string>();
            var word = new global::System.Text.StringBuilder();
            var quoted = false;
            var any = false;
            foreach (var c in arguments)
            {
                if (c == '"')
                {
                    quoted = !quoted;
                    any = true;
                }
                else if (!quoted && char.IsWhiteSpace(c))
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
