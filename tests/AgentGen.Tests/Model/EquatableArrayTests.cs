using System;
using System.Linq;
using AgentGen.Model;
using Xunit;

namespace AgentGen.Tests.Model;

/// <summary>
/// Pipeline values compare by value, but a cached value meeting itself costs nothing: the project-wide identity map is
/// combined with every agent, and walking it per agent made each .md edit quadratic (21.8% of a cold run at 1,000 agents).
/// </summary>
public sealed class EquatableArrayTests
{
    [Fact]
    public void TheSameArrayIsEqualWithoutComparingItsElements()
    {
        var array = Enumerable.Range(0, 1000).Select(i => new Counted(i)).ToEquatableArray();
        Counted.Comparisons = 0;
        Assert.True(array.Equals(array));
        Assert.True(new IdentityMapLike(array).Equals(new IdentityMapLike(array)));
        Assert.Equal(0, Counted.Comparisons);
    }

    [Fact]
    public void EqualArraysOfOtherInstancesCompareByValue()
    {
        var left = Enumerable.Range(0, 3).Select(i => new Counted(i)).ToEquatableArray();
        var right = Enumerable.Range(0, 3).Select(i => new Counted(i)).ToEquatableArray();
        Counted.Comparisons = 0;
        Assert.True(left.Equals(right));
        Assert.Equal(3, Counted.Comparisons);
        Assert.False(left.Equals(Enumerable.Range(1, 3).Select(i => new Counted(i)).ToEquatableArray()));
    }

    private sealed class Counted : IEquatable<Counted>
    {
        public static int Comparisons;

        public Counted(int value) => Value = value;

        public int Value { get; }

        public bool Equals(Counted? other)
        {
            Comparisons++;
            return other is not null && other.Value == Value;
        }

        public override bool Equals(object? obj) => Equals(obj as Counted);

        public override int GetHashCode() => Value;
    }

    /// <summary>Holds an array as IdentityMap and ToolSet do.</summary>
    private sealed record IdentityMapLike(EquatableArray<Counted> Items);
}
