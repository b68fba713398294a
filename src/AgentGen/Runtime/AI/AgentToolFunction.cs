namespace AgentGen.Runtime
{
    /// <summary>
    /// A tool method as a function a model calls, bound at compile time: its JSON schema was written by the generator, and
    /// its arguments are read and its result written by generated code, so no reflection runs (NativeAOT and trimming need
    /// none) and nothing is inferred at start-up. The schema is parsed when first asked for.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    internal sealed class AgentToolFunction : global::Microsoft.Extensions.AI.AIFunction
    {
        private readonly string _name;
        private readonly string _description;
        private readonly string _schema;
        private readonly global::System.Func<global::Microsoft.Extensions.AI.AIFunctionArguments, global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<object?>> _invoke;
        // A reference, so that a thread reading it while another sets it sees either nothing or the whole element.
        private global::System.Runtime.CompilerServices.StrongBox<global::System.Text.Json.JsonElement>? _parsedSchema;

        /// <summary>Creates the function.</summary>
        /// <param name="name">The tool's name, as agent files write it.</param>
        /// <param name="description">What it does (the method's [Description] or XML summary).</param>
        /// <param name="schema">The JSON schema of its arguments.</param>
        /// <param name="invoke">Reads the arguments, calls the method and returns its result.</param>
        public AgentToolFunction(string name, string description, string schema, global::System.Func<global::Microsoft.Extensions.AI.AIFunctionArguments, global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<object?>> invoke)
        {
            _name = name;
            _description = description;
            _schema = schema;
            _invoke = invoke;
        }

        /// <inheritdoc/>
        public override string Name
        {
            get { return _name; }
        }

        /// <inheritdoc/>
        public override string Description
        {
            get { return _description; }
        }

        /// <inheritdoc/>
        public override global::System.Text.Json.JsonElement JsonSchema
        {
            get
            {
                var parsed = global::System.Threading.Volatile.Read(ref _parsedSchema);
                if (parsed == null)
                {
                    using (var document = global::System.Text.Json.JsonDocument.Parse(_schema))
                    {
                        parsed = new global::System.Runtime.CompilerServices.StrongBox<global::System.Text.Json.JsonElement>(document.RootElement.Clone());
                    }

                    global::System.Threading.Volatile.Write(ref _parsedSchema, parsed);
                }

                return parsed.Value;
            }
        }

        /// <inheritdoc/>
        protected override global::System.Threading.Tasks.ValueTask<object?> InvokeCoreAsync(global::Microsoft.Extensions.AI.AIFunctionArguments arguments, global::System.Threading.CancellationToken cancellationToken)
        {
            return _invoke(arguments, cancellationToken);
        }
    }
}
