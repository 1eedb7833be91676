using Exporter.Tests.Support;
using System.Text;
using System.Xml.Linq;
using Exporter.Formats.DublinCore;

namespace Exporter.Tests.Formats.DublinCore;

public class XmlTextSinkTests
{
    private static string Write(bool indent, Action<XmlTextSink> body)
    {
        using var ms = new MemoryStream();
        using (var sink = new XmlTextSink(ms, indent, leaveOpen: true))
        {
            sink.Declaration();
            body(sink);
            sink.Finish();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
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
    public void Leaves_the_stream_open_only_when_asked()
    {
        var ms = new MemoryStream();
        new XmlTextSink(ms, indent: false, leaveOpen: false).Dispose();
        Assert.False(ms.CanWrite);
    }

    [Fact]
    public void Escaping_fast_path_writes_what_the_character_loop_wrote() =>
        HostileStrings.Check(s =>
        {
            using var ms = new MemoryStream();
            using (var sink = new XmlTextSink(ms, indent: false, leaveOpen: true))
            {
                sink.Start("e");
                sink.Attribute("a", s);
                sink.Text(s);
                sink.End();
                sink.Flush();
            }

            var expected = "<e a=\"" + SlowEscape(s, attribute: true) + "\">" + SlowEscape(s, attribute: false) + "</e>";
            Assert.Equal(new System.Text.UTF8Encoding(false).GetBytes(expected), ms.ToArray());
        });

    /// <summary>The escaping loop XmlTextSink ran before its vectorized scan.</summary>
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
