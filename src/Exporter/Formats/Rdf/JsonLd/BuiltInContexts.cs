using System.Text;

namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>The contexts the codec knows offline: the project's own and a compact stand-in for schema.org's.</summary>
internal static class BuiltInContexts
{
    /// <summary>The project's context document; <c>schemas/context.jsonld</c> is a byte-for-byte copy (a test checks it).</summary>
    public const string ExporterContextDocument = """
        {
          "@context": {
            "@vocab": "https://schema.org/",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
            "datePublished": { "@id": "https://schema.org/datePublished", "@type": "xsd:gYear" },
            "numberOfPages": { "@id": "https://schema.org/numberOfPages", "@type": "xsd:integer" },
            "position": { "@id": "https://schema.org/position", "@type": "xsd:integer" },
            "url": { "@id": "https://schema.org/url", "@type": "@id" },
            "sameAs": { "@id": "https://schema.org/sameAs", "@type": "@id" },
            "mainEntityOfPage": { "@id": "https://schema.org/mainEntityOfPage", "@type": "@id" },
            "inDefinedTermSet": { "@id": "https://schema.org/inDefinedTermSet", "@type": "@id" },
            "image": { "@id": "https://schema.org/image", "@type": "@id" },
            "license": { "@id": "https://schema.org/license", "@type": "@id" }
          }
        }
        """;

    /// <summary>
    /// Terms that schema.org's own context (version 30.0, reference/schemaorg/schemaorgcontext.jsonld) coerces to
    /// <c>@id</c>. Its <c>"@type": "Date"</c> coercions are deliberately left out (see docs/formats/jsonld.md).
    /// </summary>
    private static readonly string[] SchemaOrgIdTerms =
    [
        "acquireLicensePage", "actionableFeedbackPolicy", "afterMedia", "archivedAt", "associatedDisease",
        "beforeMedia", "benefitsSummaryUrl", "codeRepository", "colleague", "colorSwatch", "constraintProperty",
        "contentUrl", "correctionsPolicy", "discussionUrl", "diseasePreventionInfo", "diseaseSpreadStatistics",
        "diversityPolicy", "diversityStaffingReport", "documentation", "downloadUrl", "duringMedia", "embedUrl",
        "ethicsPolicy", "gameLocation", "gettingTestedInfo", "hasGS1DigitalLink", "hasMap", "hasMolecularFunction",
        "healthPlanMarketingUrl", "image", "inCodeSet", "inDefinedTermSet", "installUrl", "isBasedOn",
        "isBasedOnUrl", "isInvolvedInBiologicalProcess", "isLocatedInSubcellularLocation", "isPartOf",
        "labelDetails", "layoutImage", "license", "logo", "mainEntityOfPage", "map", "maps", "masthead",
        "merchantReturnLink", "missionCoveragePrioritiesPolicy", "newsUpdatesAndGuidelines", "noBylinesPolicy",
        "originalMediaLink", "paymentUrl", "prescribingInfo", "productReturnLink", "publicTransportClosuresInfo",
        "publishingPrinciples", "quarantineGuidelines", "relatedLink", "replyToUrl", "sameAs", "schoolClosuresInfo",
        "screenshot", "sdLicense", "season", "serviceUrl", "shippingSettingsLink", "significantLink",
        "significantLinks", "speakable", "target", "targetUrl", "thumbnailUrl", "tourBookingPage", "trackingUrl",
        "travelBans", "unnamedSourcesPolicy", "url", "usageInfo", "verificationFactCheckingPolicy", "webFeed"
    ];

    private static readonly (string Prefix, string Iri)[] SchemaOrgPrefixes =
    [
        ("schema", "https://schema.org/"), ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"), ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        ("owl", "http://www.w3.org/2002/07/owl#"), ("skos", "http://www.w3.org/2004/02/skos/core#"),
        ("dc", "http://purl.org/dc/elements/1.1/"), ("dcterms", "http://purl.org/dc/terms/"), ("dct", "http://purl.org/dc/terms/"),
        ("foaf", "http://xmlns.com/foaf/0.1/"), ("bibo", "http://purl.org/ontology/bibo/"),
    ];

    /// <summary>The offline stand-in for schema.org's context, as a context document.</summary>
    public static string SchemaOrgContextDocument { get; } = BuildSchemaOrg();

    /// <summary>The JSON of a remote context document known offline, or null (then it is an error: nothing is fetched).</summary>
    public static string? FindRemote(string url, JsonLdReaderOptions options)
    {
        if (options.ContextDocuments.TryGetValue(url, out var json)) return json;
        return IsSchemaOrg(url) ? SchemaOrgContextDocument : null;
    }

    /// <summary>http(s)://schema.org with or without "/", "/docs/jsonldcontext.json(ld)", and the www. host.</summary>
    public static bool IsSchemaOrg(string url)
    {
        var rest = url.AsSpan();
        if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) rest = rest[8..];
        else if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) rest = rest[7..];
        else return false;
        if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) rest = rest[4..];
        if (!rest.StartsWith("schema.org", StringComparison.OrdinalIgnoreCase)) return false;
        rest = rest[10..];
        return rest is "" or "/" || rest.Equals("/docs/jsonldcontext.json", StringComparison.Ordinal)
            || rest.Equals("/docs/jsonldcontext.jsonld", StringComparison.Ordinal);
    }

    private static string BuildSchemaOrg()
    {
        var sb = new StringBuilder("{\"@context\":{\"@vocab\":\"https://schema.org/\",\"id\":\"@id\",\"type\":\"@type\"");
        foreach (var (prefix, iri) in SchemaOrgPrefixes) sb.Append(",\"").Append(prefix).Append("\":\"").Append(iri).Append('"');
        foreach (var term in SchemaOrgIdTerms) sb.Append(",\"").Append(term).Append("\":{\"@type\":\"@id\"}");
        return sb.Append("}}").ToString();
    }
}
