namespace Exporter.Formats.Rdf.RdfXml;

/// <summary>
/// Stable codes of the RDF/XML codec. The writer also uses the shared RDF write codes (RDF0101 unpaired surrogate,
/// RDF0102 language tag, RDF0103 literal subject, RDF0105 character no IRI may hold, RDF0106 relative IRI).
/// </summary>
public static class RdfXmlDiagnosticCodes
{
    /// <summary>Writer: a predicate IRI cannot be split into an XML namespace and a local name (no NCName at its end).</summary>
    public const string NoQName = "RDF0108";

    /// <summary>Writer: a literal holds a character XML 1.0 cannot carry, even as a character reference.</summary>
    public const string NotXmlCharacter = "RDF0109";

    /// <summary>Writer: a predicate is an RDF/XML syntax name (rdf:about, rdf:li, ...) that cannot be a property element.</summary>
    public const string ReservedName = "RDF0110";

    /// <summary>Reader: the input is not well-formed XML (or holds a DTD, which is refused).</summary>
    public const string NotWellFormed = "RDF0201";

    /// <summary>Reader: the XML does not follow the RDF/XML grammar (misplaced element, attribute or text).</summary>
    public const string Grammar = "RDF0202";

    /// <summary>Reader: an rdf:ID or rdf:nodeID value is not an XML NCName.</summary>
    public const string BadIdentifier = "RDF0203";

    /// <summary>Reader: a relative IRI with no base IRI to resolve it against.</summary>
    public const string RelativeWithoutBase = "RDF0204";

    /// <summary>Reader: elements nest deeper than the reader's limit.</summary>
    public const string TooDeep = "RDF0205";
}
