namespace Exporter.Formats.Rdf;

/// <summary>An absolute IRI, stored as its Unicode string (not percent-decoded, not normalised).</summary>
public sealed record Iri(string Value) : RdfTerm
{
    /// <inheritdoc />
    public override string ToString() => "<" + Value + ">";
}
