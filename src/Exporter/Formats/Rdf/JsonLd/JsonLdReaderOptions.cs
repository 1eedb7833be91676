namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>Options of <see cref="JsonLdReader"/>.</summary>
public sealed record JsonLdReaderOptions
{
    /// <summary>The defaults: one document, depth 256, strict, schema.org IRIs normalised to https.</summary>
    public static JsonLdReaderOptions Default { get; } = new();

    /// <summary>Whether the input is one document or JSON Lines.</summary>
    public JsonLdInputFraming Framing { get; init; } = JsonLdInputFraming.Document;

    /// <summary>Deepest JSON nesting accepted (1..1000); deeper input is an error <c>JSONLD0002</c>.</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>
    /// Context documents known offline, by URL (the JSON text of a document holding <c>@context</c>). Nothing is
    /// ever fetched: a remote context that is neither here nor a schema.org URL is an error <c>JSONLD0003</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> ContextDocuments { get; init; } = new Dictionary<string, string>();

    /// <summary>How <c>http://schema.org/</c> IRIs are treated.</summary>
    public SchemaOrgIriHandling SchemaOrgIris { get; init; } = SchemaOrgIriHandling.NormalizeToHttps;

    /// <summary>What to do with a record that has an error.</summary>
    public JsonLdInvalidRecordHandling OnInvalidRecord { get; init; } = JsonLdInvalidRecordHandling.Throw;

    /// <summary>The document's base IRI (where it was retrieved from), used to resolve relative IRIs; null for none.</summary>
    public string? BaseIri { get; init; }
}
