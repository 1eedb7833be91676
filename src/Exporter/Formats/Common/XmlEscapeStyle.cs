namespace Exporter.Formats.Common;

/// <summary>
/// The escaping conventions of the XML <see cref="XmlUtf8Escaper"/> writes: how character references for CR (and tab/LF
/// in attributes) are written, and the few characters some outputs escape beyond the markup.
/// </summary>
internal enum XmlEscapeStyle
{
    /// <summary><c>&amp;#13;</c> <c>&amp;#9;</c> <c>&amp;#10;</c> (MARCXML, RDF/XML).</summary>
    Decimal,

    /// <summary><c>&amp;#xD;</c> <c>&amp;#x9;</c> <c>&amp;#xA;</c> (Dublin Core, as System.Xml's XmlWriter writes them).</summary>
    Hex,

    /// <summary>
    /// Exclusive canonical XML (xml-exc-c14n): hex references, and <c>&gt;</c> left as it is in attribute values
    /// (the lexical form of an <c>rdf:XMLLiteral</c>).
    /// </summary>
    Canonical,

    /// <summary>Decimal references, and in text also <c>"</c> as <c>&amp;quot;</c> and <c>'</c> as <c>&amp;apos;</c>
    /// (entity-escaped, as the sitemap protocol asks of URLs).</summary>
    Entities,
}
