namespace Exporter.Formats.Common;

/// <summary>How <see cref="XmlUtf8Escaper"/> writes the character references for CR (and tab/LF in attributes).</summary>
internal enum XmlReferenceStyle
{
    /// <summary><c>&amp;#13;</c> <c>&amp;#9;</c> <c>&amp;#10;</c> (MARCXML, RDF/XML).</summary>
    Decimal,

    /// <summary><c>&amp;#xD;</c> <c>&amp;#x9;</c> <c>&amp;#xA;</c> (Dublin Core, as System.Xml's XmlWriter writes them).</summary>
    Hex,
}
