namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>Stable diagnostic codes of the JSON-LD codec (reader <c>JSONLD00xx</c>, writer <c>JSONLD01xx</c>).</summary>
public static class JsonLdDiagnosticCodes
{
    /// <summary>The input is not well-formed JSON (or repeats a key in one object).</summary>
    public const string InvalidJson = "JSONLD0001";

    /// <summary>The JSON nests deeper than <see cref="JsonLdReaderOptions.MaxDepth"/>.</summary>
    public const string TooDeep = "JSONLD0002";

    /// <summary>A remote context was referenced that is neither built in nor supplied: it is never fetched.</summary>
    public const string RemoteContext = "JSONLD0003";

    /// <summary>A context or term definition is invalid.</summary>
    public const string InvalidContext = "JSONLD0004";

    /// <summary>A JSON-LD feature this reader does not implement (scoped contexts, @nest, @json, ...).</summary>
    public const string Unsupported = "JSONLD0005";

    /// <summary>A node, value or list object is malformed.</summary>
    public const string InvalidStructure = "JSONLD0006";

    /// <summary>A property was dropped because its key does not expand to an absolute IRI (warning).</summary>
    public const string DroppedProperty = "JSONLD0007";

    /// <summary>A relative or invalid IRI was dropped, with the statements that needed it (warning).</summary>
    public const string DroppedIri = "JSONLD0008";

    /// <summary>A named graph was merged into the default graph (warning).</summary>
    public const string NamedGraphMerged = "JSONLD0009";

    /// <summary>A key that looks like a keyword but is none was ignored, or a free-floating value dropped (warning).</summary>
    public const string Ignored = "JSONLD0010";

    /// <summary>An IRI cannot be written: not absolute, contains characters IRIs forbid, or clashes with a context prefix.</summary>
    public const string UnwritableIri = "JSONLD0101";

    /// <summary>A string is not valid Unicode (lone surrogate) and cannot be written as UTF-8.</summary>
    public const string InvalidString = "JSONLD0102";

    /// <summary>A language tag is not a well-formed BCP 47 tag.</summary>
    public const string InvalidLanguageTag = "JSONLD0103";
}
