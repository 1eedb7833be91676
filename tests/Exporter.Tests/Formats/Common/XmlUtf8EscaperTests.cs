using System.Buffers;
using System.Text;
using Exporter.Formats.Common;

namespace Exporter.Tests.Formats.Common;

/// <summary>The one XML escaper's text checks: what XML 1.0 cannot carry, and its replacement.</summary>
public class XmlUtf8EscaperTests
{
    [Theory]
    [InlineData("plain text", -1)]
    [InlineData("tab\tline\ncr\r", -1)]
    [InlineData("a\u001fb", 1)]
    [InlineData("pair \U0001F600 ok", -1)]
    [InlineData("x\uFFFE", 1)]
    public void IndexOfIllegal_finds_the_first_character_xml_cannot_carry(string value, int expected) =>
        Assert.Equal(expected, XmlUtf8Escaper.IndexOfIllegal(value));

    [Fact]
    public void IndexOfIllegal_finds_a_lone_surrogate()
    {
        // Not theory data: xUnit's serialization of test cases does not keep a lone surrogate.
        Assert.Equal(5, XmlUtf8Escaper.IndexOfIllegal("lone \uD800 high"));
        Assert.Equal(4, XmlUtf8Escaper.IndexOfIllegal("low \uDC00"));
    }

    [Fact]
    public void ReplaceIllegal_puts_one_replacement_character_for_each_and_keeps_legal_text_as_the_same_instance()
    {
        const string clean = "Title \U0001F600\ttab";
        Assert.Same(clean, XmlUtf8Escaper.ReplaceIllegal(clean));
        Assert.Equal("000\uFFFDa9\uFFFD\uFFFDb \uFFFD\U0001F600 \uFFFD", XmlUtf8Escaper.ReplaceIllegal("000\u001fa9\u0001\u0002b \uDC00\U0001F600 \uFFFF"));
    }

    [Theory]
    [InlineData(nameof(XmlEscapeStyle.Decimal), false, "a&amp;b&lt;c&gt;d\"e'f\tg\nh&#13;i")]
    [InlineData(nameof(XmlEscapeStyle.Decimal), true, "a&amp;b&lt;c&gt;d&quot;e'f&#9;g&#10;h&#13;i")]
    [InlineData(nameof(XmlEscapeStyle.Hex), true, "a&amp;b&lt;c&gt;d&quot;e'f&#x9;g&#xA;h&#xD;i")]
    [InlineData(nameof(XmlEscapeStyle.Canonical), false, "a&amp;b&lt;c&gt;d\"e'f\tg\nh&#xD;i")] // c14n text
    [InlineData(nameof(XmlEscapeStyle.Canonical), true, "a&amp;b&lt;c>d&quot;e'f&#x9;g&#xA;h&#xD;i")] // c14n attribute: '>' as it is
    [InlineData(nameof(XmlEscapeStyle.Entities), false, "a&amp;b&lt;c&gt;d&quot;e&apos;f\tg\nh&#13;i")] // sitemap URLs
    public void Each_style_escapes_its_characters(string style, bool attribute, string expected)
    {
        var output = new ArrayBufferWriter<byte>();
        Assert.Equal(-1, XmlUtf8Escaper.Write(output, "a&b<c>d\"e'f\tg\nh\ri", attribute, Enum.Parse<XmlEscapeStyle>(style)));
        Assert.Equal(expected, Encoding.UTF8.GetString(output.WrittenSpan));
    }
}
