namespace AgentGen.Runtime
{
    /// <summary>
    /// The innermost layer of every agent: it marks one run so that the functions the run calls can report that the turn
    /// limit ended it, and then says so on the response (<see cref="AgentTurnLimit"/>). A sub-agent's run is a scope of
    /// its own, inside its caller's.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    internal sealed class AgentRunScope : global::Microsoft.Agents.AI.DelegatingAIAgent
    {
        private static readonly global::System.Threading.AsyncLocal<State?> CurrentRun = new global::System.Threading.AsyncLocal<State?>();

        public AgentRunScope(global::Microsoft.Agents.AI.AIAgent inner)
            : base(inner)
        {
        }

        /// <summary>The run the calling code belongs to, or null outside any agent's run.</summary>
        public static State? Current
        {
            get { return CurrentRun.Value; }
        }

        protected override async global::System.Threading.Tasks.Task<global::Microsoft.Agents.AI.AgentResponse> RunCoreAsync(global::System.Collections.Generic.IEnumerable<global::Microsoft.Extensions.AI.ChatMessage> messages, global::Microsoft.Agents.AI.AgentSession? session, global::Microsoft.Agents.AI.AgentRunOptions? options, global::System.Threading.CancellationToken cancellationToken)
        {
            // Set inside this async method, the value flows into the run below and is gone when the method returns.
            var run = new State();
            CurrentRun.Value = run;
            var response = await base.RunCoreAsync(messages, session, options, cancellationToken).ConfigureAwait(false);
            if (run.TurnLimitReached)
            {
                response.FinishReason = new global::Microsoft.Extensions.AI.ChatFinishReason(AgentTurnLimit.FinishReason);
            }

            return response;
        }

        protected override global::System.Collections.Generic.IAsyncEnumerable<global::Microsoft.Agents.AI.AgentResponseUpdate> RunCoreStreamingAsync(global::System.Collections.Generic.IEnumerable<global::Microsoft.Extensions.AI.ChatMessage> messages, global::Microsoft.Agents.AI.AgentSession? session, global::Microsoft.Agents.AI.AgentRunOptions? options, global::System.Threading.CancellationToken cancellationToken)
        {
            return new Updates(base.RunCoreStreamingAsync(messages, session, options, cancellationToken), cancellationToken);
        }

        /// <summary>One run: whether its turn limit ended it.</summary>
        internal sealed class State
        {
            private int _limitReached;
            private int _requests;

            /// <summary>Counts one request to the model; the count so far.</summary>
            public int CountRequest()
            {
                return global::System.Threading.Interlocked.Increment(ref _requests);
            }

            public bool TurnLimitReached
            {
                get { return global::System.Threading.Volatile.Read(ref _limitReached) != 0; }
            }

            /// <summary>Records that the limit ended the run; true the first time (functions of one round may run at once).</summary>
            public bool ReachTurnLimit()
            {
                return global::System.Threading.Interlocked.Exchange(ref _limitReached, 1) == 0;
            }
        }

        /// <summary>A streamed run (written out by hand: the run-time code stays C# 7.3): each step runs inside the run's
        /// scope, and a last update carries the turn-limit finish reason when the limit ended it.</summary>
        private sealed class Updates : global::System.Collections.Generic.IAsyncEnumerable<global::Microsoft.Agents.AI.AgentResponseUpdate>, global::System.Collections.Generic.IAsyncEnumerator<global::Microsoft.Agents.AI.AgentResponseUpdate>
        {
            private readonly global::System.Collections.Generic.IAsyncEnumerable<global::Microsoft.Agents.AI.AgentResponseUpdate> _inner;
            private readonly global::System.Threading.CancellationToken _cancellationToken;
            private readonly State _run = new State();
            private global::System.Collections.Generic.IAsyncEnumerator<global::Microsoft.Agents.AI.AgentResponseUpdate>? _enumerator;
            private bool _finished;

            public Updates(global::System.Collections.Generic.IAsyncEnumerable<global::Microsoft.Agents.AI.AgentResponseUpdate> inner, global::System.Threading.CancellationToken cancellationToken)
            {
                _inner = inner;
                _cancellationToken = cancellationToken;
                Current = new global::Microsoft.Agents.AI.AgentResponseUpdate();
            }

            public global::Microsoft.Agents.AI.AgentResponseUpdate Current { get; private set; }

            public global::System.Collections.Generic.IAsyncEnumerator<global::Microsoft.Agents.AI.AgentResponseUpdate> GetAsyncEnumerator(global::System.Threading.CancellationToken cancellationToken)
            {
                return this;
            }

            public async global::System.Threading.Tasks.ValueTask<bool> MoveNextAsync()
            {
                if (_finished)
                {
                    return false;
                }

                CurrentRun.Value = _run;
                var enumerator = _enumerator ?? (_enumerator = _inner.GetAsyncEnumerator(_cancellationToken));
                if (await enumerator.MoveNextAsync().ConfigureAwait(false))
                {
                    Current = enumerator.Current;
                    return true;
                }

                _finished = true;
                if (!_run.TurnLimitReached)
                {
                    return false;
                }

                Current = new global::Microsoft.Agents.AI.AgentResponseUpdate { FinishReason = new global::Microsoft.Extensions.AI.ChatFinishReason(AgentTurnLimit.FinishReason) };
                return true;
            }

            public global::System.Threading.Tasks.ValueTask DisposeAsync()
            {
                return _enumerator == null ? default(global::System.Threading.Tasks.ValueTask) : _enumerator.DisposeAsync();
            }
        }
    }
}
