namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// How triples are told apart by record: a record's IRIs share one document IRI (the part before '#', the catalog
/// page <c>{base}record/{id}</c>), and a record has a root, which its vocabulary tells
/// (<see cref="ILinkedDataVocabulary.IsRecordRoot"/>).
/// </summary>
internal static class RecordGrouping
{
    /// <summary>The document IRI of an IRI term (up to '#'), or null for blank nodes and literals.</summary>
    public static string? DocumentOf(RdfTerm term)
    {
        if (term is not Iri iri) return null;
        var hash = iri.Value.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? iri.Value : iri.Value[..hash];
    }

    /// <summary>A rough size of a triple in bytes, to bound what is held in memory.</summary>
    public static long ApproximateBytes(Triple t) => 16 + Size(t.Subject) + t.Predicate.Value.Length + Size(t.Object);

    private static long Size(RdfTerm term) => term switch
    {
        Iri i => i.Value.Length,
        Literal l => l.Lexical.Length + (l.Language?.Length ?? l.Datatype.Length),
        BlankNode b => b.Label.Length,
        _ => 0,
    };
}
