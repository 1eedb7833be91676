namespace Exporter.Formats.DublinCore;

/// <summary>Namespace URIs and schema locations used by the Dublin Core codecs.</summary>
public static class DcNamespaces
{
    /// <summary>DCMES 1.1 elements (<c>dc:</c>).</summary>
    public const string Elements = "http://purl.org/dc/elements/1.1/";

    /// <summary>DCMI Metadata Terms (<c>dcterms:</c>), also the namespace of the encoding schemes used in <c>xsi:type</c>.</summary>
    public const string Terms = "http://purl.org/dc/terms/";

    /// <summary>The OAI-PMH <c>oai_dc</c> container.</summary>
    public const string OaiDc = "http://www.openarchives.org/OAI/2.0/oai_dc/";

    /// <summary>Where the OAI-PMH specification says <c>oai_dc.xsd</c> is.</summary>
    public const string OaiDcSchemaLocation = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";

    /// <summary>The OAI-PMH 2.0 protocol namespace.</summary>
    public const string OaiPmh = "http://www.openarchives.org/OAI/2.0/";

    /// <summary>Where the OAI-PMH 2.0 response schema is.</summary>
    public const string OaiPmhSchemaLocation = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";

    /// <summary>SRU's Dublin Core container (<c>srw_dc:dc</c>), as made by LoC's MARC21slim2SRWDC.xsl.</summary>
    public const string SrwDc = "info:srw/schema/1/dc-schema";

    /// <summary>XML Schema instance (<c>xsi:type</c>, <c>xsi:schemaLocation</c>).</summary>
    public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>The <c>xml:</c> namespace (<c>xml:lang</c>).</summary>
    public const string Xml = "http://www.w3.org/XML/1998/namespace";

    /// <summary>DCMI's schema for the no-namespace <c>&lt;qualifieddc&gt;</c> container (2008-02-11 folder).</summary>
    public const string QualifiedDcSchemaLocation = "http://dublincore.org/schemas/xmls/qdc/2008/02/11/qualifieddc.xsd";

    /// <summary>
    /// This project's namespace for the multi-record qualified DC wrapper
    /// (<c>&lt;qdcc:collection&gt;</c> holding DCMI <c>&lt;qualifieddc&gt;</c> elements); schema in
    /// <c>schemas/dcterms-collection.xsd</c>.
    /// </summary>
    public const string Collection = "urn:exporter:dcterms-collection:1";

    /// <summary>The schema file name of <see cref="Collection"/>, to be placed beside DCMI's qualifieddc.xsd.</summary>
    public const string CollectionSchemaLocation = "dcterms-collection.xsd";
}
