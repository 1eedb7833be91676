using System.Text;
using System.Xml;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.RdfXml;

namespace Exporter.Tools.BibframeAgreement;

/// <summary>
/// Splits a BIBFRAME RDF/XML document into one graph per record: every top-level node element belongs to the record
/// of the <c>bf:Work</c> element before it. Needed because marc2bibframe2 names shared nodes by their authority IRI
/// ($0), so in one graph the labels of several records meet on one node.
/// </summary>
public static class RecordDocuments
{
    public static List<RdfGraph> Split(string path, string baseIri)
    {
        var graphs = new List<RdfGraph>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        using var xml = XmlReader.Create(path, settings);
        xml.MoveToContent();
        var namespaces = new StringBuilder();
        for (var i = 0; i < xml.AttributeCount; i++)
        {
            xml.MoveToAttribute(i);
            if (xml.Prefix == "xmlns" || xml.Name == "xmlns") namespaces.Append(' ').Append(xml.Name).Append("=\"").Append(System.Security.SecurityElement.Escape(xml.Value)).Append('"');
        }

        xml.MoveToElement();
        var current = new StringBuilder();
        xml.Read();
        while (!xml.EOF && xml.NodeType != XmlNodeType.EndElement)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
                continue;
            }

            var isWork = xml.LocalName == "Work" && xml.NamespaceURI == GraphView.Bf;
            if (isWork && current.Length > 0) Flush(current, namespaces, baseIri, graphs);
            current.Append(xml.ReadOuterXml());
        }

        if (current.Length > 0) Flush(current, namespaces, baseIri, graphs);
        return graphs;
    }

    private static void Flush(StringBuilder body, StringBuilder namespaces, string baseIri, List<RdfGraph> graphs)
    {
        var text = "<rdf:RDF" + namespaces + ">" + body + "</rdf:RDF>";
        graphs.Add(RdfXmlReader.Parse(text, new RdfXmlReaderOptions { BaseIri = baseIri }));
        body.Clear();
    }
}
