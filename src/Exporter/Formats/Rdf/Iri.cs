namespace Exporter.Formats.Rdf;

/// <summary>An absolute IRI, stored as its Unicode string (not percent-decoded, not normalised).</summary>
public sealed record Iri(string Value) : RdfTerm
{
    /// <summary>The hash, computed on first use (0 = not yet); subjects are looked up many times per graph.</summary>
    private int _hash;

    /// <summary>The IRI string.</summary>
    public string Value
    {
        get;
        init
        {
            field = value;
            _hash = 0;
        }
    } = Value;

    /// <inheritdoc />
    public override string ToString() => "<" + Value + ">";

    /// <summary>Value equality (ordinal); two IRIs whose hashes are both known and differ are unequal without comparing their strings.</summary>
    public bool Equals(Iri? other) =>
        ReferenceEquals(this, other) || (other is not null && (_hash == 0 || other._hash == 0 || _hash == other._hash) && string.Equals(Value, other.Value, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = _hash;
        if (h != 0) return h;
        h = TermHash.Of(Value) | 1;
        _hash = h;
        return h;
    }
}
