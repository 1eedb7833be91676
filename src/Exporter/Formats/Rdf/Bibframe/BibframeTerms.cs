using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// The namespaces and terms of BIBFRAME 2, BFLC, MADS/RDF and the id.loc.gov vocabularies the crosswalk uses. Every
/// term is one marc2bibframe2 v2.10.0 emits (tests/data/reference/marc2bibframe2/xsl), checked by BibframeTermsTests.
/// </summary>
internal static class BibframeTerms
{
    public const string Bf = "http://id.loc.gov/ontologies/bibframe/";
    public const string Bflc = "http://id.loc.gov/ontologies/bflc/";
    public const string Mads = "http://www.loc.gov/mads/rdf/v1#";
    public const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
    public const string Relators = "http://id.loc.gov/vocabulary/relators/";
    public const string Languages = "http://id.loc.gov/vocabulary/languages/";
    public const string Countries = "http://id.loc.gov/vocabulary/countries/";
    public const string Organizations = "http://id.loc.gov/vocabulary/organizations/";
    public const string ContentTypes = "http://id.loc.gov/vocabulary/contentTypes/";
    public const string MediaTypes = "http://id.loc.gov/vocabulary/mediaTypes/";
    public const string Carriers = "http://id.loc.gov/vocabulary/carriers/";
    public const string Issuance = "http://id.loc.gov/vocabulary/issuance/";
    public const string EdtfDatatype = "http://id.loc.gov/datatypes/edtf";
    public const string XsdDate = RdfNames.XsdNamespace + "date";
    public const string XsdDateTime = RdfNames.XsdNamespace + "dateTime";

    public static readonly Iri RdfType = RdfNames.TypeIri;
    public static readonly Iri RdfsLabel = new(Rdfs + "label");
    public static readonly Iri RdfValue = new(RdfNames.RdfNamespace + "value");

    private static readonly ConcurrentDictionary<string, Iri> BfTerms = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Iri> BflcTerms = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Iri> MadsTerms = new(StringComparer.Ordinal);

    // The same names again by reference: the crosswalk asks by string literals (one instance each), so most lookups
    // end at one slot of these arrays without hashing the name. A slot holds the last name that fell there.
    private static readonly TermByReference?[] BfRecent = new TermByReference?[RecentSlots];
    private static readonly TermByReference?[] BflcRecent = new TermByReference?[RecentSlots];
    private static readonly TermByReference?[] MadsRecent = new TermByReference?[RecentSlots];

    private const int RecentSlots = 512;

    /// <summary>A term of the BIBFRAME namespace (one shared instance per term: no string built per use, hash computed once).</summary>
    public static Iri B(string local) => Term(BfTerms, BfRecent, Bf, local);

    /// <summary>A term of the BFLC namespace.</summary>
    public static Iri L(string local) => Term(BflcTerms, BflcRecent, Bflc, local);

    /// <summary>A term of the MADS/RDF namespace.</summary>
    public static Iri M(string local) => Term(MadsTerms, MadsRecent, Mads, local);

    /// <summary>The cached term, or a new one; the caches hold at most 4096 terms each (the names come from tables, not data).</summary>
    private static Iri Term(ConcurrentDictionary<string, Iri> cache, TermByReference?[] recent, string ns, string local)
    {
        var slot = RuntimeHelpers.GetHashCode(local) & (RecentSlots - 1);
        if (recent[slot] is { } known && ReferenceEquals(known.Local, local)) return known.Iri;
        if (!cache.TryGetValue(local, out var iri))
        {
            iri = new Iri(ns + local);
            if (cache.Count < 4096) iri = cache.GetOrAdd(local, iri);
        }

        recent[slot] = new TermByReference(local, iri);                 // one reference store: other threads see the old or the new entry
        return iri;
    }

    /// <summary>A name instance and its term.</summary>
    private sealed class TermByReference(string local, Iri iri)
    {
        public string Local { get; } = local;

        public Iri Iri { get; } = iri;
    }
}
