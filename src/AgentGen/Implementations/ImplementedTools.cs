using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AgentGen.Implementations;

/// <summary>
/// The tool names a project implements, read from the syntax of its <c>[AgentToolImplementation("...")]</c> attributes
/// once per compilation, so that the per-file rules can treat them as known tools (AGEN009) and check that every listed
/// tool is implemented (AGEN027) while the file is open, without waiting for the end of the compilation. Only trees whose
/// text mentions the attribute are walked. A name given by a constant rather than a literal makes the set incomplete,
/// and then the per-file rules do not guess.
/// </summary>
internal sealed class ImplementedTools
{
    private const string AttributeName = "AgentToolImplementation";

    private ImplementedTools(HashSet<string> names, bool isComplete)
    {
        Names = names;
        IsComplete = isComplete;
    }

    public HashSet<string> Names { get; }

    /// <summary>False when an attribute's name is not a string literal: the set may lack it.</summary>
    public bool IsComplete { get; }

    public static ImplementedTools Scan(Compilation compilation, System.Threading.CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        var complete = true;
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (!Mentions(tree.GetText(cancellationToken), AttributeName))
            {
                continue;
            }

            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is AttributeSyntax attribute && IsToolAttribute(attribute.Name))
                {
                    if (attribute.ArgumentList?.Arguments.Count == 1 && attribute.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
                    {
                        names.Add(literal.Token.ValueText);
                    }
                    else
                    {
                        complete = false;
                    }
                }
            }
        }

        return new ImplementedTools(names, complete);
    }

    /// <summary>Whether the text contains <paramref name="word"/>, read in chunks rather than copied whole.</summary>
    private static bool Mentions(Microsoft.CodeAnalysis.Text.SourceText text, string word)
    {
        const int Chunk = 16 * 1024;
        var buffer = new char[Chunk + word.Length];
        for (var start = 0; start < text.Length; start += Chunk)
        {
            var count = System.Math.Min(buffer.Length, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            if (new string(buffer, 0, count).IndexOf(word, System.StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsToolAttribute(NameSyntax name)
    {
        var simple = name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax plain => plain.Identifier.ValueText,
            _ => string.Empty,
        };
        return simple is AttributeName or AttributeName + "Attribute";
    }
}
