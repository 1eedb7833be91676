namespace Exporter.Formats.Rdf;

/// <summary>One RDF statement. Subject: IRI or blank node; predicate: IRI; object: any term.</summary>
public sealed record Triple(RdfTerm Subject, Iri Predicate, RdfTerm Object)
{
    /// <inheritdoc />
    public override string ToString() => $"{Subject} {Predicate} {Object} .";

    /// <summary>Equal subject, predicate and object.</summary>
    public bool Equals(Triple? other) =>
        ReferenceEquals(this, other) || (other is not null && Subject.Equals(other.Subject) && Predicate.Equals(other.Predicate) && Object.Equals(other.Object));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Subject.GetHashCode(), Predicate.GetHashCode(), Object.GetHashCode());
}
