using System.Globalization;
using AgentGen.Emit;
using Microsoft.CodeAnalysis;

namespace AgentGen.Implementations;

/// <summary>A parameter's default value as a C# expression of its type, for the generated call when the model leaves it out.</summary>
internal static class DefaultValues
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat;

    public static string Literal(ITypeSymbol type, object? value)
    {
        var typeName = type.WithNullableAnnotation(NullableAnnotation.None).ToDisplayString(TypeFormat);
        var constant = value switch
        {
            null => null,
            string text => CSharpText.Literal(text),
            bool flag => flag ? "true" : "false",
            char c => "(char)" + ((int)c).ToString(CultureInfo.InvariantCulture),
            float f => float.IsNaN(f) ? "float.NaN" : float.IsPositiveInfinity(f) ? "float.PositiveInfinity" : float.IsNegativeInfinity(f) ? "float.NegativeInfinity" : f.ToString("R", CultureInfo.InvariantCulture) + "F",
            double d => double.IsNaN(d) ? "double.NaN" : double.IsPositiveInfinity(d) ? "double.PositiveInfinity" : double.IsNegativeInfinity(d) ? "double.NegativeInfinity" : d.ToString("R", CultureInfo.InvariantCulture) + "D",
            decimal m => m.ToString(CultureInfo.InvariantCulture) + "M",
            ulong u => u.ToString(CultureInfo.InvariantCulture) + "UL",
            long l => l.ToString(CultureInfo.InvariantCulture) + "L",
            uint u => u.ToString(CultureInfo.InvariantCulture) + "U",
            int or short or ushort or byte or sbyte => ((System.IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
            System.DateTime => null, // [DateTimeConstant]: written below from its ticks
            _ => null,
        };

        if (value is System.DateTime when)
        {
            return $"new global::System.DateTime({when.Ticks.ToString(CultureInfo.InvariantCulture)}L, global::System.DateTimeKind.{when.Kind})";
        }

        // Casts keep enums (whose default is their underlying number), small integers and nullable values exact.
        return constant is null ? $"default({typeName})" : $"({typeName})({constant})";
    }
}
