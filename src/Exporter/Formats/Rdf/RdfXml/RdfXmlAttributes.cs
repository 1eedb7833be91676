using System.Xml;

namespace Exporter.Formats.Rdf.RdfXml;

/// <summary>
/// The attributes of one RDF/XML element, sorted into the syntax attributes (<c>rdf:ID</c>, <c>rdf:about</c>,
/// <c>rdf:nodeID</c>, <c>rdf:resource</c>, <c>rdf:datatype</c>, <c>rdf:parseType</c>), <c>xml:base</c> /
/// <c>xml:lang</c>, and property attributes (in document order). Namespace declarations and other <c>xml*</c>
/// attributes are ignored. Reusable: <see cref="Read"/> clears it.
/// </summary>
internal sealed class RdfXmlAttributes
{
    /// <summary>Property attributes: predicate IRI and value.</summary>
    public List<(string Predicate, string Value)> Properties { get; } = [];

    public string? Id { get; private set; }

    public string? About { get; private set; }

    public string? NodeId { get; private set; }

    public string? Resource { get; private set; }

    public string? Datatype { get; private set; }

    public string? ParseType { get; private set; }

    public string? Base { get; private set; }

    public string? Language { get; private set; }

    /// <summary>Reads the attributes of the element <paramref name="reader"/> is on, leaving it on the element.</summary>
    public void Read(XmlReader reader, RdfXmlErrors errors)
    {
        Properties.Clear();
        Id = About = NodeId = Resource = Datatype = ParseType = Base = Language = null;
        if (!reader.MoveToFirstAttribute()) return;
        do
        {
            var ns = reader.NamespaceURI;
            var local = reader.LocalName;
            if (ns == RdfXmlNames.XmlnsNamespace) continue;
            if (ns == RdfXmlNames.XmlNamespace)
            {
                if (local == "base") Base = reader.Value;
                else if (local == "lang") Language = reader.Value;
                continue;
            }

            if (ns.Length == 0)
            {
                if (local.StartsWith("xml", StringComparison.OrdinalIgnoreCase)) continue;
                throw errors.At(reader, RdfXmlDiagnosticCodes.Grammar, $"attribute '{local}' has no namespace (RDF/XML attributes must be qualified, e.g. rdf:{local})");
            }

            if (ns == RdfNames.RdfNamespace && ReadSyntax(local, reader.Value)) continue;
            if (ns == RdfNames.RdfNamespace && !RdfXmlNames.IsPropertyAttributeName(local))
                throw errors.At(reader, RdfXmlDiagnosticCodes.Grammar, $"rdf:{local} cannot be used as an attribute");
            Properties.Add((ns + local, reader.Value));
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }

    private bool ReadSyntax(string local, string value)
    {
        switch (local)
        {
            case "ID": Id = value; return true;
            case "about": About = value; return true;
            case "nodeID": NodeId = value; return true;
            case "resource": Resource = value; return true;
            case "datatype": Datatype = value; return true;
            case "parseType": ParseType = value; return true;
            default: return false;
        }
    }
}
