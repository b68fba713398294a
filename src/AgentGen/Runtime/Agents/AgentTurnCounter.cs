namespace AgentGen.Runtime
{
    /// <summary>
    /// Counts the requests one run makes to the model, inside the agent's function-invocation layer. That layer allows
    /// <c>maxTurns</c> rounds of tools and then asks the model once more, without tools, for its answer: a request beyond
    /// <c>maxTurns</c> is that forced last one, so the limit ended the run, and it is logged and marked.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    internal sealed class AgentTurnCounter : global::Microsoft.Extensions.AI.DelegatingChatClient
    {
        private readonly string _agentName;
        private readonly int _maxTurns;
        private readonly global::Microsoft.Extensions.Logging.ILogger _logger;

        public AgentTurnCounter(global::Microsoft.Extensions.AI.IChatClient inner, string agentName, int maxTurns, global::Microsoft.Extensions.Logging.ILogger logger)
            : base(inner)
        {
            _agentName = agentName;
            _maxTurns = maxTurns;
            _logger = logger;
        }

        public override global::System.Threading.Tasks.Task<global::Microsoft.Extensions.AI.ChatResponse> GetResponseAsync(global::System.Collections.Generic.IEnumerable<global::Microsoft.Extensions.AI.ChatMessage> messages, global::Microsoft.Extensions.AI.ChatOptions? options = null, global::System.Threading.CancellationToken cancellationToken = default(global::System.Threading.CancellationToken))
        {
            Count();
            return base.GetResponseAsync(messages, options, cancellationToken);
        }

        public override global::System.Collections.Generic.IAsyncEnumerable<global::Microsoft.Extensions.AI.ChatResponseUpdate> GetStreamingResponseAsync(global::System.Collections.Generic.IEnumerable<global::Microsoft.Extensions.AI.ChatMessage> messages, global::Microsoft.Extensions.AI.ChatOptions? options = null, global::System.Threading.CancellationToken cancellationToken = default(global::System.Threading.CancellationToken))
        {
            Count();
            return base.GetStreamingResponseAsync(messages, options, cancellationToken);
        }

        private void Count()
        {
            var run = AgentRunScope.Current;
            if (run != null && run.CountRequest() > _maxTurns && run.ReachTurnLimit())
            {
                AgentLog.TurnLimitReached(_logger, _agentName, _maxTurns);
            }
        }
    }
}
