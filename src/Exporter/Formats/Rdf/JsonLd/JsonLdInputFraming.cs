namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>How a JSON-LD input is divided into records.</summary>
public enum JsonLdInputFraming
{
    /// <summary>The whole input is one JSON-LD document, read into one graph.</summary>
    Document,

    /// <summary>JSON Lines ("ndjson-ld"): every non-blank line is one document and one graph.</summary>
    Lines,
}
