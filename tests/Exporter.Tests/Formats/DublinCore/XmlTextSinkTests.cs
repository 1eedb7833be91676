using Exporter.Tests.Support;
using System.Buffers;
using System.Text;
using System.Xml.Linq;
using Exporter.Formats.DublinCore;

namespace Exporter.Tests.Formats.DublinCore;

public class XmlTextSinkTests
{
    private static string Write(bool indent, Action<XmlTextSink> body)
    {
        var output = new ArrayBufferWriter<byte>();
        var sink = new XmlTextSink(indent);
        sink.Begin(output, 0);
        sink.Declaration();
        body(sink);
        sink.Finish();
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static void Tree(XmlTextSink x)
    {
        x.Start("a");
        x.Attribute("k", "v");
        x.Start("b");
        x.Element("c", "text");
        x.Start("d");
        x.End();
        x.End();
        x.Element("e", "");
        x.End();
    }

    [Fact]
    public void Indents_element_content_and_keeps_text_inline()
    {
        Assert.Equal("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<a k=\"v\">\n  <b>\n    <c>text</c>\n    <d />\n  </b>\n  <e></e>\n</a>\n", Write(true, Tree));
    }

    [Fact]
    public void Without_indentation_writes_no_whitespace_but_the_final_newline()
    {
        Assert.Equal("<?xml version=\"1.0\" encoding=\"utf-8\"?><a k=\"v\"><b><c>text</c><d /></b><e></e></a>\n", Write(false, Tree));
    }

    [Fact]
    public void Escapes_text_and_attributes_so_a_parser_gets_the_values_back()
    {
        const string value = "a<b&c>d\"e'f\r\ng\th";
        var xml = Write(true, x =>
        {
            x.Start("r");
            x.Attribute("v", value);
            x.Text(value);
            x.End();
        });
        Assert.Contains("v=\"a&lt;b&amp;c&gt;d&quot;e'f&#xD;&#xA;g&#x9;h\">a&lt;b&amp;c&gt;d\"e'f&#xD;\ng\th</r>", xml);
        var root = XDocument.Parse(xml, LoadOptions.PreserveWhitespace).Root!;
        Assert.Equal((value, value), (root.Attribute("v")!.Value, root.Value));
    }

    [Fact]
    public void A_piece_is_indented_for_the_depth_it_sits_at_and_closes_resumed_elements()
    {
        var output = new ArrayBufferWriter<byte>();
        var sink = new XmlTextSink(indent: true);
        sink.Begin(output, 2);
        sink.Element("c", "text");
        sink.Begin(output, 0);
        sink.Resume("a", hasChildElements: true);
        sink.Resume("b", hasChildElements: true);
        sink.End();
        sink.End();
        Assert.Equal("\n    <c>text</c>\n  </b>\n</a>", Encoding.UTF8.GetString(output.WrittenSpan));
    }

    [Fact]
    public void Escaping_fast_path_writes_what_the_character_loop_wrote() =>
        HostileStrings.Check(s =>
        {
            var output = new ArrayBufferWriter<byte>();
            var sink = new XmlTextSink(indent: false);
            sink.Begin(output, 0);
            sink.Start("e");
            sink.Attribute("a", s);
            sink.Text(s);
            sink.End();
            sink.CloseStartTag();
            var expected = "<e a=\"" + SlowEscape(s, attribute: true) + "\">" + SlowEscape(s, attribute: false) + "</e>";
            Assert.Equal(new System.Text.UTF8Encoding(false).GetBytes(expected), output.WrittenSpan.ToArray());
        });

    /// <summary>The escaping loop XmlTextSink ran before its vectorized scan and before it went through XmlUtf8Escaper.</summary>
    private static string SlowEscape(string value, bool attribute)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var c in value)
        {
            var entity = c switch
            {
                '<' => "&lt;",
                '&' => "&amp;",
                '>' => "&gt;",
                '\r' => "&#xD;",
                '"' when attribute => "&quot;",
                '\n' when attribute => "&#xA;",
                '\t' when attribute => "&#x9;",
                _ => null,
            };
            if (entity is null) sb.Append(c);
            else sb.Append(entity);
        }

        return sb.ToString();
    }
}
