using System.Buffers;
using System.Text;
using System.Xml;
using Exporter.Formats.Common;

namespace Exporter.Formats.Rdf.RdfXml;

/// <summary>
/// The value of an <c>rdf:parseType="Literal"</c> property element: its content as exclusive canonical XML
/// (W3C xml-exc-c14n, without comments), the lexical form of the rdf:XMLLiteral. Namespace declarations are written
/// where a prefix is first visibly used (element or attribute prefix) and not already declared by an output
/// ancestor with the same value, default namespace first then by prefix; attributes sorted by namespace then local
/// name; empty elements as start and end tags; text escapes <c>&amp; &lt; &gt;</c> and CR, attribute values
/// <c>&amp; &lt; "</c>, tab, LF and CR (<see cref="XmlUtf8Escaper"/>, <see cref="XmlEscapeStyle.Canonical"/>), written
/// as UTF-8. Comments and processing instructions are dropped.
/// </summary>
internal static class RdfXmlLiteralWriter
{
    /// <summary>Reads the content of the element <paramref name="reader"/> is on, up to and including its end tag.</summary>
    public static string Read(XmlReader reader)
    {
        if (reader.IsEmptyElement) return "";
        var xml = new ArrayBufferWriter<byte>();
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
                    XmlUtf8Escaper.Raw(xml, "<"u8);
                    XmlUtf8Escaper.WriteUtf8(xml, name);
                    foreach (var (prefix, ns) in declarations)
                    {
                        XmlUtf8Escaper.Raw(xml, " xmlns"u8);
                        if (prefix.Length > 0)
                        {
                            XmlUtf8Escaper.Raw(xml, ":"u8);
                            XmlUtf8Escaper.WriteUtf8(xml, prefix);
                        }

                        XmlUtf8Escaper.Raw(xml, "=\""u8);
                        Escape(xml, ns, attribute: true);
                        XmlUtf8Escaper.Raw(xml, "\""u8);
                    }

                    foreach (var (_, local, prefix, value) in attributes)
                    {
                        XmlUtf8Escaper.Raw(xml, " "u8);
                        if (prefix.Length > 0)
                        {
                            XmlUtf8Escaper.WriteUtf8(xml, prefix);
                            XmlUtf8Escaper.Raw(xml, ":"u8);
                        }

                        XmlUtf8Escaper.WriteUtf8(xml, local);
                        XmlUtf8Escaper.Raw(xml, "=\""u8);
                        Escape(xml, value, attribute: true);
                        XmlUtf8Escaper.Raw(xml, "\""u8);
                    }

                    XmlUtf8Escaper.Raw(xml, ">"u8);
                    if (empty)
                    {
                        EndTag(xml, name);
                    }
                    else
                    {
                        rendered.Add(scope);
                        depth++;
                    }

                    break;
                }

                case XmlNodeType.EndElement when depth == 0:
                    return Encoding.UTF8.GetString(xml.WrittenSpan);
                case XmlNodeType.EndElement:
                    EndTag(xml, reader.Prefix.Length > 0 ? reader.Prefix + ":" + reader.LocalName : reader.LocalName);
                    rendered.RemoveAt(rendered.Count - 1);
                    depth--;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    Escape(xml, reader.Value, attribute: false);
                    break;
            }
        }

        return Encoding.UTF8.GetString(xml.WrittenSpan);
    }

    private static void EndTag(ArrayBufferWriter<byte> output, string name)
    {
        XmlUtf8Escaper.Raw(output, "</"u8);
        XmlUtf8Escaper.WriteUtf8(output, name);
        XmlUtf8Escaper.Raw(output, ">"u8);
    }

    /// <summary>Declares <paramref name="prefix"/> here unless an output ancestor already declared it with the same namespace.</summary>
    private static void Use(Dictionary<string, string> scope, SortedDictionary<string, string> declarations, string prefix, string ns)
    {
        var current = scope.GetValueOrDefault(prefix, "");
        if (current == ns) return;
        scope[prefix] = ns;
        declarations[prefix] = ns;
    }

    /// <summary>Escaped as canonical XML; a character XML cannot carry (the parser lets none through) becomes U+FFFD.</summary>
    private static void Escape(ArrayBufferWriter<byte> output, string value, bool attribute)
    {
        var rest = value.AsSpan();
        while (XmlUtf8Escaper.Write(output, rest, attribute, XmlEscapeStyle.Canonical) is var i and >= 0)
        {
            XmlUtf8Escaper.Raw(output, "\uFFFD"u8);
            rest = rest[(i + 1)..];
        }
    }
}
