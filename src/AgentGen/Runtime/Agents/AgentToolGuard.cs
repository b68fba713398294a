namespace AgentGen.Runtime
{
    /// <summary>
    /// Every function an agent may call, wrapped: the agent's <c>maxTurns</c> is enforced here, where any
    /// function-invocation layer (the agent's own, or one inside the app's client) must pass, and failures are logged with
    /// the agent's name before the model hears of them.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    internal sealed class AgentToolGuard : global::Microsoft.Extensions.AI.DelegatingAIFunction
    {
        private readonly string _agentName;
        private readonly int? _maxTurns;
        private readonly bool _detailedErrors;
        private readonly global::Microsoft.Extensions.Logging.ILogger _logger;

        public AgentToolGuard(global::Microsoft.Extensions.AI.AIFunction function, string agentName, int? maxTurns, bool detailedErrors, global::Microsoft.Extensions.Logging.ILogger logger)
            : base(function)
        {
            _agentName = agentName;
            _maxTurns = maxTurns;
            _detailedErrors = detailedErrors;
            _logger = logger;
        }

        protected override async global::System.Threading.Tasks.ValueTask<object?> InvokeCoreAsync(global::Microsoft.Extensions.AI.AIFunctionArguments arguments, global::System.Threading.CancellationToken cancellationToken)
        {
            var invocation = global::Microsoft.Extensions.AI.FunctionInvokingChatClient.CurrentContext;
            if (_maxTurns.HasValue && invocation != null && invocation.Iteration >= _maxTurns.Value)
            {
                // A function-invocation layer inside the app's client runs the loop, and it does not know maxTurns: the
                // model asked for more rounds of tools than maxTurns allows, so none of these runs and the loop ends here.
                invocation.Terminate = true;
                var run = AgentRunScope.Current;
                if (run == null || run.ReachTurnLimit())
                {
                    AgentLog.TurnLimitReached(_logger, _agentName, _maxTurns.Value);
                }

                return "Not run: the agent reached its turn limit (maxTurns: " + _maxTurns.Value + ").";
            }

            try
            {
                return await base.InvokeCoreAsync(arguments, cancellationToken).ConfigureAwait(false);
            }
            catch (global::System.OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (AgentToolArgumentException exception)
            {
                // The model's own mistake, described in its terms: it can correct the call, and nothing of the app leaks.
                AgentLog.ArgumentRejected(_logger, _agentName, Name, exception);
                return "Error: " + exception.Message;
            }
            catch (global::System.Exception exception)
            {
                AgentLog.ToolFailed(_logger, _agentName, Name, exception);
                if (_detailedErrors)
                {
                    return "Error: the tool failed: " + exception.Message;
                }

                throw;
            }
        }
    }
}
