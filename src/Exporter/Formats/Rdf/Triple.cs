namespace Exporter.Formats.Rdf;

/// <summary>One RDF statement. Subject: IRI or blank node; predicate: IRI; object: any term.</summary>
public sealed record Triple(RdfTerm Subject, Iri Predicate, RdfTerm Object)
{
    /// <inheritdoc />
    public override string ToString() => $"{Subject} {Predicate} {Object} .";
}
