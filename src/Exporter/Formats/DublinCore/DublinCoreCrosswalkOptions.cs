namespace Exporter.Formats.DublinCore;

/// <summary>Options of <see cref="DublinCoreCrosswalk"/>.</summary>
public sealed record DublinCoreCrosswalkOptions
{
    /// <summary>Simple (oai_dc) or qualified (dcterms) output. Reading accepts both whatever this says.</summary>
    public DublinCoreProfile Profile { get; init; } = DublinCoreProfile.Simple;

    /// <summary>
    /// Base of the catalog URL written as an identifier, <c>{BaseUri}record/{catalog number}</c>, and recognised
    /// (and folded back into the local number) on read.
    /// </summary>
    public Uri BaseUri { get; init; } = new(Pipeline.WriteOptions.DefaultBaseUri);

    /// <summary>
    /// Rights statement written as <c>dc:rights</c> (qualified: <c>dcterms:rights</c> with <c>xsi:type="dcterms:URI"</c>)
    /// for records that state no rights of their own (MARC 506/540), e.g. a Creative Commons or RightsStatements.org
    /// URI (CLI <c>--rights</c>). Null writes none.
    /// </summary>
    public Uri? Rights { get; init; }

    /// <summary>
    /// ISO 639-2 code written as <c>dc:language</c> for a text resource whose record names no language (CLI
    /// <c>--language</c>; Europeana requires a language for TEXT). Null writes none.
    /// </summary>
    public string? DefaultLanguage { get; init; }

    /// <summary>
    /// Write full review texts (with their reviewer) as descriptions (CLI <c>--include-reviews</c>). Off by default:
    /// reviews are often under rights that do not allow open (CC0) aggregation. MARC, JSON-LD and catalog pages keep them.
    /// </summary>
    public bool IncludeReviews { get; init; }

    /// <summary>
    /// Carry local and staff data (CLI <c>--include-local</c>): for MARC input, the local and staff notes 59X, 541, 561
    /// and 583 and the local fields 9XX, as descriptions. Off by default: public outputs leave them out. MARC output keeps
    /// everything whatever this says.
    /// </summary>
    public bool IncludeLocal { get; init; }
}
