namespace AgentGen.Runtime
{
    /// <summary>
    /// Whether an agent's run ended on its turn limit (<c>maxTurns</c>) rather than with the model's answer: such a run is
    /// logged as a warning, and its response's <c>FinishReason</c> is <see cref="FinishReason"/>.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    public static class AgentTurnLimit
    {
        /// <summary>The finish reason of a run the turn limit ended.</summary>
        public const string FinishReason = "max_turns";

        /// <summary>True when the turn limit ended the run: its last tool calls were not run, and its text may be partial.</summary>
        /// <param name="response">The run's response.</param>
        /// <returns>True when the limit ended the run.</returns>
        public static bool Reached(global::Microsoft.Agents.AI.AgentResponse response)
        {
            if (response == null) throw new global::System.ArgumentNullException("response");
            return response.FinishReason.HasValue && response.FinishReason.Value.Value == FinishReason;
        }
    }
}
