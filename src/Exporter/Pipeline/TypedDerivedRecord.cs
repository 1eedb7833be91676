namespace Exporter.Pipeline;

/// <summary>A <see cref="DerivedRecord"/> of type <typeparamref name="TValue"/>, made with the inputs <typeparamref name="TKey"/> names.</summary>
internal sealed class TypedDerivedRecord<TKey, TValue> : DerivedRecord
    where TKey : IEquatable<TKey>
    where TValue : class
{
    /// <summary>What the value was made with: an asker with an equal key gets the same value.</summary>
    public required TKey Key { get; init; }

    /// <summary>The value.</summary>
    public required TValue Value { get; init; }
}
