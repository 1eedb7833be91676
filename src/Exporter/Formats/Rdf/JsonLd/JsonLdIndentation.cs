namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>Layout of a written JSON-LD document (JSON Lines are always one line per document).</summary>
public enum JsonLdIndentation
{
    /// <summary>Two spaces per level, LF line ends (default).</summary>
    Indented,

    /// <summary>No whitespace at all.</summary>
    None,
}
