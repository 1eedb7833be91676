using System.Text;
using Exporter.Formats.Common;
using Exporter.Tests.Fuzz;

namespace Exporter.Tests.Formats.Common;

public class Utf16ToUtf8StreamTests
{
    private const string Text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<collection><record>Žluťoučký 𝄞 漢字 \U0001F600</record></collection>\n";

    private static byte[] Transcode(byte[] utf16, int chunk)
    {
        using var s = new Utf16ToUtf8Stream(new TrickleStream(utf16, chunk));
        var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(1 << 20)]
    public void Both_byte_orders_with_and_without_a_bom_give_the_utf8_bytes(int chunk)
    {
        var utf8 = Encoding.UTF8.GetBytes(Text);
        Assert.Equal([.. "\uFEFF"u8, .. utf8], Transcode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)], chunk));
        Assert.Equal([.. "\uFEFF"u8, .. utf8], Transcode([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Text)], chunk));
        Assert.Equal(utf8, Transcode(Encoding.Unicode.GetBytes(Text), chunk));
        Assert.Equal(utf8, Transcode(Encoding.BigEndianUnicode.GetBytes(Text), chunk));
    }

    [Fact]
    public void A_long_input_crosses_buffer_boundaries_intact()
    {
        var text = string.Concat(Enumerable.Repeat("<r>ab𝄞ž漢</r>\n", 20_000));
        Assert.Equal(Encoding.UTF8.GetBytes(text), Transcode(Encoding.Unicode.GetBytes(text), 4093));
    }

    [Fact]
    public void A_lone_surrogate_and_an_odd_last_byte_become_a_byte_that_is_not_utf8()
    {
        byte[] lone = [(byte)'<', 0, 0x00, 0xD8, (byte)'a', 0, (byte)'>', 0, (byte)'x'];
        Assert.Equal("<"u8.ToArray().Concat(new byte[] { 0xFF }).Concat("a>"u8.ToArray()).Concat(new byte[] { 0xFF }), Transcode(lone, 1));
    }
}
