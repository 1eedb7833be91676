using System.Buffers;
using System.Text;
using Exporter.Formats.Common;

namespace Exporter.Tests.Formats.Common;

/// <summary>
/// The buffer a formatter writes a record's XML into: its escaping held to <see cref="XmlUtf8Escaper.Write"/> (decimal
/// style, the slow path it replaces) on edge cases and seeded random text, and its markup writes and growth.
/// </summary>
public sealed class XmlUtf8BufferTests
{
    private static readonly string[] EdgeCases =
    [
        "", "plain text", "a&b<c>d\"e'f\tg\nh\ri", "&&&", "<<>>", "\"\"", "\t\n\r", "caf\u00e9 \u4e2d\u6587",
        "pair \U0001F600 ok", "\U0001F600", "lone \uD800 high", "low \uDC00", "end \uD800", "x\uFFFE", "y\uFFFF", "a\u001fb",
        "\u0000", "ok then \u0001", new string('a', 5000) + "&" + new string('\u00e9', 5000) + "\uD800",
        new string([.. Enumerable.Range(0x20, 0x60).Select(i => (char)i)]), "\t\n\r" + new string([.. Enumerable.Range(0x20, 0x60).Select(i => (char)i)]),
        "plain ASCII, then caf\u00e9 & \U0001F600", new string('x', 100) + "\u007f" + new string('y', 100), new string('z', 70) + "\uD800",
    ];

    [Fact]
    public void Escaped_writes_what_the_escaper_writes_and_stops_where_it_stops_on_edge_cases()
    {
        foreach (var text in EdgeCases)
        {
            foreach (var attribute in new[] { false, true }) AssertSameAsEscaper(text, attribute);
        }
    }

    [Fact]
    public void Escaped_writes_what_the_escaper_writes_and_stops_where_it_stops_on_seeded_random_text()
    {
        // Characters drawn from every class the escaper treats apart: markup, tab/LF/CR, other C0 controls,
        // ASCII, Latin-1, CJK, both surrogate halves (paired and lone), the two non-characters.
        const string alphabet = "&<>\"'\t\n\r\u0000\u0001\u001fabcXYZ 019\u00e9\u00a0\u4e2d\uD83D\uDE00\uD800\uDC00\uFFFE\uFFFF\uFFFD";
        var random = new Random(20261207);
        for (var n = 0; n < 3000; n++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            AssertSameAsEscaper(new string(chars), random.Next(2) == 0);
        }
    }

    [Fact]
    public void Raw_spaces_and_plain_text_are_written_in_order_and_copied_at_once()
    {
        var buffer = new XmlUtf8Buffer();
        buffer.Raw("<a>"u8);
        buffer.Spaces(3);
        buffer.Plain("caf\u00e9 \U0001F600");
        buffer.Plain("");
        buffer.Spaces(0);
        var output = new ArrayBufferWriter<byte>();
        output.Write("head:"u8);
        buffer.CopyTo(output);
        Assert.Equal("head:<a>   caf\u00e9 \U0001F600", Encoding.UTF8.GetString(output.WrittenSpan));
    }

    [Fact]
    public void It_grows_for_large_pieces_and_clear_starts_again()
    {
        var buffer = new XmlUtf8Buffer();
        var large = new string('\u4e2d', 300_000); // 900,000 bytes of UTF-8, past the initial capacity
        for (var i = 0; i < 3; i++) buffer.Plain(large);
        buffer.Spaces(100_000);
        Assert.Equal(2_800_000, buffer.Written.Length);
        Assert.Equal(Encoding.UTF8.GetBytes(large), buffer.Written[..900_000].ToArray());

        buffer.Clear(); // an unusually large buffer is dropped, and the next piece starts at 0
        Assert.Equal(0, buffer.Written.Length);
        buffer.Raw("x"u8);
        Assert.Equal("x", Encoding.UTF8.GetString(buffer.Written));
    }

    private static void AssertSameAsEscaper(string text, bool attribute)
    {
        var expected = new ArrayBufferWriter<byte>();
        var expectedStop = XmlUtf8Escaper.Write(expected, text, attribute, XmlEscapeStyle.Decimal);
        var buffer = new XmlUtf8Buffer();
        buffer.Raw("<"u8);
        var stop = buffer.Escaped(text, attribute);
        Assert.Equal(expectedStop, stop);
        Assert.Equal(Encoding.UTF8.GetString(expected.WrittenSpan), Encoding.UTF8.GetString(buffer.Written[1..]));
        Assert.True(expected.WrittenSpan.SequenceEqual(buffer.Written[1..]), $"bytes differ for {text.Length} characters");
    }
}
