using System.Collections.Frozen;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// The encoding schemes declared as complexTypes in DCMI's dcterms.xsd (2008-02-11), written as
/// <c>xsi:type="dcterms:NAME"</c>, and a check that a value fits the scheme's XML Schema datatype.
/// </summary>
public static class DcSchemes
{
    /// <summary>W3C date/time profile: xs:gYear, xs:gYearMonth, xs:date or xs:dateTime.</summary>
    public const string W3cdtf = "W3CDTF";

    /// <summary>DCMI Type Vocabulary (Text, Image, Sound...).</summary>
    public const string DcmiType = "DCMIType";

    /// <summary>A URI (xs:anyURI).</summary>
    public const string Uri = "URI";

    /// <summary>ISO 639-2 three-letter language codes.</summary>
    public const string Iso639Part2 = "ISO639-2";

    /// <summary>Library of Congress Subject Headings.</summary>
    public const string Lcsh = "LCSH";

    /// <summary>Medical Subject Headings.</summary>
    public const string Mesh = "MESH";

    /// <summary>Dewey Decimal Classification.</summary>
    public const string Ddc = "DDC";

    /// <summary>Library of Congress Classification.</summary>
    public const string Lcc = "LCC";

    /// <summary>Every scheme name dcterms.xsd declares.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Lcsh, Mesh, Ddc, Lcc, "UDC", "Period", W3cdtf, DcmiType, "IMT", Uri, Iso639Part2, "ISO639-3",
        "RFC1766", "RFC3066", "RFC4646", "Point", "ISO3166", "Box", "TGN",
    ];

    /// <summary>The DCMI Type Vocabulary terms allowed by dcmitype.xsd.</summary>
    public static readonly IReadOnlyList<string> DcmiTypes =
    [
        "Collection", "Dataset", "Event", "Image", "MovingImage", "StillImage", "InteractiveResource",
        "Service", "Software", "Sound", "Text", "PhysicalObject",
    ];

    private static readonly FrozenSet<string> AllSet = All.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> DcmiTypeSet = DcmiTypes.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for a scheme name dcterms.xsd declares.</summary>
    public static bool IsKnown(string scheme) => AllSet.Contains(scheme);

    /// <summary>
    /// True when <paramref name="value"/> is valid for <paramref name="scheme"/> as XML Schema sees it
    /// (whitespace collapsed where the datatype collapses it). Unknown schemes are never valid.
    /// </summary>
    public static bool IsValidValue(string scheme, string value) => scheme switch
    {
        W3cdtf => W3cdtfSyntax.IsValid(XmlSchemaText.Collapse(value)),
        DcmiType => DcmiTypeSet.Contains(XmlSchemaText.Collapse(value)),
        Uri => UriSyntax.IsValid(XmlSchemaText.Collapse(value)),
        "RFC1766" or "RFC3066" or "RFC4646" => XmlSchemaText.IsLanguage(XmlSchemaText.Collapse(value)),
        _ => AllSet.Contains(scheme),
    };
}
