namespace AgentGen.Model;

/// <summary>
/// One <c>[AgentToolImplementation]</c> method, as the toolbox emitter needs it: plain strings, so the discovery step stays
/// cached while the method's signature and docs are unchanged.
/// </summary>
/// <param name="ToolName">The tool's name as agent files write it.</param>
/// <param name="ContainingType">The method's type, fully qualified (<c>global::App.FileTools</c>).</param>
/// <param name="MethodName">The method's name.</param>
/// <param name="IsStatic">True for a static method; instance methods are bound through <c>AgentToolbox.Add(instance)</c>.</param>
/// <param name="DelegateType">The Func or Action type the method converts to.</param>
/// <param name="Description">The method's XML summary, when it has no [Description] (which AIFunctionFactory reads itself).</param>
/// <param name="IsPublicType">True when the containing type is public (with its containers): an <c>Add</c> overload for it may be public.</param>
internal sealed record ToolImplementation(string ToolName, string ContainingType, string MethodName, bool IsStatic, string DelegateType, string? Description, bool IsPublicType);
