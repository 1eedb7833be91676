namespace Exporter.Formats.Rdf;

/// <summary>An absolute IRI, stored as its Unicode string (not percent-decoded, not normalised).</summary>
public sealed record Iri(string Value) : RdfTerm
{
    /// <inheritdoc />
    public override string ToString() => "<" + Value + ">";

    /// <summary>Value equality (ordinal).</summary>
    public bool Equals(Iri? other) => ReferenceEquals(this, other) || (other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => TermHash.Of(Value);
}
