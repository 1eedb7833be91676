namespace Exporter.Formats.Rdf.RdfXml;

/// <summary>The RDF/XML syntax names (RDF 1.1 XML Syntax section 7.2.2 - 7.2.5) and the XML namespaces.</summary>
internal static class RdfXmlNames
{
    /// <summary>The XML namespace (prefix xml).</summary>
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>The namespace of namespace declarations (xmlns).</summary>
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>rdf:XMLLiteral.</summary>
    public const string XmlLiteral = RdfNames.RdfNamespace + "XMLLiteral";

    /// <summary>rdf:Description.</summary>
    public const string Description = "Description";

    /// <summary>rdf:li.</summary>
    public const string Li = "li";

    /// <summary>coreSyntaxTerms and oldTerms: never a node element, property element or property attribute.</summary>
    public static bool IsCoreOrOld(string local) =>
        local is "RDF" or "ID" or "about" or "parseType" or "resource" or "nodeID" or "datatype" or "aboutEach" or "aboutEachPrefix" or "bagID";

    /// <summary>True when an element with this RDF-namespace local name may be a node element (nodeElementURIs).</summary>
    public static bool IsNodeElementName(string local) => !IsCoreOrOld(local) && local != Li;

    /// <summary>True when an element with this RDF-namespace local name may be a property element (propertyElementURIs).</summary>
    public static bool IsPropertyElementName(string local) => !IsCoreOrOld(local) && local != Description;

    /// <summary>True when an attribute with this RDF-namespace local name may be a property attribute (propertyAttributeURIs).</summary>
    public static bool IsPropertyAttributeName(string local) => !IsCoreOrOld(local) && local is not (Description or Li);

    /// <summary>The local name when <paramref name="iri"/> is in the RDF namespace, else null.</summary>
    public static string? RdfLocalName(string iri) =>
        iri.StartsWith(RdfNames.RdfNamespace, StringComparison.Ordinal) ? iri[RdfNames.RdfNamespace.Length..] : null;
}
