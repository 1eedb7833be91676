namespace Exporter.Formats.DublinCore;

/// <summary>
/// One Dublin Core statement: a term (element or refinement local name such as <c>title</c>, <c>abstract</c>,
/// <c>issued</c>), its namespace, a literal value, and optionally an encoding scheme (the local name of a
/// <c>dcterms:</c> scheme written as <c>xsi:type</c>, e.g. <c>W3CDTF</c>, <c>DCMIType</c>, <c>ISO639-2</c>, <c>URI</c>)
/// and a language tag (<c>xml:lang</c>).
/// </summary>
/// <param name="Namespace">Whether the term is a DCMES 1.1 element or a DCMI Metadata Term.</param>
/// <param name="Name">Local name of the term, e.g. <c>title</c>, <c>tableOfContents</c>.</param>
/// <param name="Value">The literal value, kept verbatim (no trimming).</param>
public sealed record DcStatement(DcNamespace Namespace, string Name, string Value)
{
    /// <summary>Encoding scheme local name in the dcterms namespace (see <see cref="DcSchemes"/>), or null.</summary>
    public string? Scheme { get; init; }

    /// <summary>Language tag (<c>xml:lang</c>), or null.</summary>
    public string? Language { get; init; }

    /// <summary>A <c>dc:</c> (DCMES 1.1) statement.</summary>
    public static DcStatement Element(string name, string value) => new(DcNamespace.Elements, name, value);

    /// <summary>A <c>dcterms:</c> statement.</summary>
    public static DcStatement Term(string name, string value) => new(DcNamespace.Terms, name, value);

    /// <summary>The qualified name as written in XML, e.g. <c>dcterms:issued</c>.</summary>
    public string QualifiedName => (Namespace == DcNamespace.Elements ? "dc:" : "dcterms:") + Name;
}
