using System.Collections.Immutable;

namespace Exporter.Pipeline;

/// <summary>
/// Typed, format-specific option records keyed by their type, so that a format adds its own options without a
/// central switch: <c>options.Get&lt;MarcWriteOptions&gt;()</c> returns the set value or a new default.
/// </summary>
public sealed record FormatOptionBag
{
    /// <summary>No format-specific options.</summary>
    public static readonly FormatOptionBag Empty = new();

    private ImmutableDictionary<Type, object> Items { get; init; } = ImmutableDictionary<Type, object>.Empty;

    /// <summary>The options of type <typeparamref name="T"/>, or its defaults.</summary>
    public T Get<T>()
        where T : class, new() => Items.TryGetValue(typeof(T), out var v) ? (T)v : new T();

    /// <summary>A copy with <paramref name="value"/> set.</summary>
    public FormatOptionBag With<T>(T value)
        where T : class => this with { Items = Items.SetItem(typeof(T), value) };

    /// <inheritdoc />
    public bool Equals(FormatOptionBag? other) =>
        other is not null && Items.Count == other.Items.Count
        && Items.All(kv => other.Items.TryGetValue(kv.Key, out var v) && Equals(v, kv.Value));

    /// <inheritdoc />
    public override int GetHashCode() => Items.Count;
}
