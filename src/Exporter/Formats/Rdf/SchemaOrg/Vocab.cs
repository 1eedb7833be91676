using System.Collections.Concurrent;

namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>The IRIs the schema.org crosswalk uses. Every schema.org term here exists in schema.org 30.0.</summary>
internal static class Vocab
{
    public const string Schema = "https://schema.org/";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    public const string Mads = "http://www.loc.gov/mads/rdf/v1#";
    public const string SubjectSchemes = "http://id.loc.gov/vocabulary/subjectSchemes/";
    public const string MarcKey = "http://id.loc.gov/ontologies/bflc/marcKey";
    public const string Bf = "http://id.loc.gov/ontologies/bibframe/";
    public const string Relators = "http://id.loc.gov/vocabulary/relators/";
    public const string RdfsLabel = "http://www.w3.org/2000/01/rdf-schema#label";

    public static readonly Iri Type = new(Rdf + "type");
    public static readonly string XsdInteger = Xsd + "integer";
    public static readonly string XsdGYear = Xsd + "gYear";

    public static readonly Iri MarcKeyIri = new(MarcKey);

    /// <summary>Schema.org terms made once: the builder asks for the same few dozen on every record.</summary>
    private static readonly ConcurrentDictionary<string, Iri> SchemaTerms = new(StringComparer.Ordinal);

    public static Iri S(string local) => SchemaTerms.TryGetValue(local, out var iri) ? iri : SchemaTerms.GetOrAdd(local, l => new Iri(Schema + l));
}
