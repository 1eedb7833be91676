using System.Text;
using System.Xml;

namespace Exporter.Formats.Rdf.RdfXml;

/// <summary>
/// The value of an <c>rdf:parseType="Literal"</c> property element: its content as exclusive canonical XML
/// (W3C xml-exc-c14n, without comments), the lexical form of the rdf:XMLLiteral. Namespace declarations are written
/// where a prefix is first visibly used (element or attribute prefix) and not already declared by an output
/// ancestor with the same value, default namespace first then by prefix; attributes sorted by namespace then local
/// name; empty elements as start and end tags; text escapes <c>&amp; &lt; &gt;</c> and CR, attribute values
/// <c>&amp; &lt; "</c>, tab, LF and CR. Comments and processing instructions are dropped.
/// </summary>
internal static class RdfXmlLiteralWriter
{
    /// <summary>Reads the content of the element <paramref name="reader"/> is on, up to and including its end tag.</summary>
    public static string Read(XmlReader reader)
    {
        if (reader.IsEmptyElement) return "";
        var sb = new StringBuilder();
        var rendered = new List<Dictionary<string, string>> { new(StringComparer.Ordinal) };
        var depth = 0;
        var attributes = new List<(string Ns, string Local, string Prefix, string Value)>();
        var declarations = new SortedDictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                {
                    var scope = new Dictionary<string, string>(rendered[^1], StringComparer.Ordinal);
                    var name = reader.Prefix.Length > 0 ? reader.Prefix + ":" + reader.LocalName : reader.LocalName;
                    var empty = reader.IsEmptyElement;
                    declarations.Clear();
                    Use(scope, declarations, reader.Prefix, reader.NamespaceURI);
                    attributes.Clear();
                    if (reader.MoveToFirstAttribute())
                    {
                        do
                        {
                            if (reader.NamespaceURI == RdfXmlNames.XmlnsNamespace) continue;
                            if (reader.Prefix.Length > 0 && reader.Prefix != "xml") Use(scope, declarations, reader.Prefix, reader.NamespaceURI);
                            attributes.Add((reader.NamespaceURI, reader.LocalName, reader.Prefix, reader.Value));
                        }
                        while (reader.MoveToNextAttribute());
                        reader.MoveToElement();
                    }

                    attributes.Sort((x, y) => x.Ns != y.Ns ? string.CompareOrdinal(x.Ns, y.Ns) : string.CompareOrdinal(x.Local, y.Local));
                    sb.Append('<').Append(name);
                    foreach (var (prefix, ns) in declarations)
                    {
                        sb.Append(prefix.Length == 0 ? " xmlns=\"" : " xmlns:" + prefix + "=\"");
                        Escape(sb, ns, attribute: true);
                        sb.Append('"');
                    }

                    foreach (var (_, local, prefix, value) in attributes)
                    {
                        sb.Append(' ');
                        if (prefix.Length > 0) sb.Append(prefix).Append(':');
                        sb.Append(local).Append("=\"");
                        Escape(sb, value, attribute: true);
                        sb.Append('"');
                    }

                    sb.Append('>');
                    if (empty)
                    {
                        sb.Append("</").Append(name).Append('>');
                    }
                    else
                    {
                        rendered.Add(scope);
                        depth++;
                    }

                    break;
                }

                case XmlNodeType.EndElement when depth == 0:
                    return sb.ToString();
                case XmlNodeType.EndElement:
                    sb.Append("</").Append(reader.Prefix.Length > 0 ? reader.Prefix + ":" + reader.LocalName : reader.LocalName).Append('>');
                    rendered.RemoveAt(rendered.Count - 1);
                    depth--;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    Escape(sb, reader.Value, attribute: false);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Declares <paramref name="prefix"/> here unless an output ancestor already declared it with the same namespace.</summary>
    private static void Use(Dictionary<string, string> scope, SortedDictionary<string, string> declarations, string prefix, string ns)
    {
        var current = scope.GetValueOrDefault(prefix, "");
        if (current == ns) return;
        scope[prefix] = ns;
        declarations[prefix] = ns;
    }

    private static void Escape(StringBuilder sb, string value, bool attribute)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>' when !attribute: sb.Append("&gt;"); break;
                case '"' when attribute: sb.Append("&quot;"); break;
                case '\t' when attribute: sb.Append("&#x9;"); break;
                case '\n' when attribute: sb.Append("&#xA;"); break;
                case '\r': sb.Append("&#xD;"); break;
                default: sb.Append(c); break;
            }
        }
    }
}
