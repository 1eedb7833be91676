using System.Buffers;
using System.Text;
using Exporter.Formats.Common;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Common;

public class StringBuilderUtf8Tests
{
    private static readonly UTF8Encoding Replacing = new(false, false);
    private static readonly UTF8Encoding Throwing = new(false, true);

    [Fact]
    public void Writes_the_bytes_GetBytes_gives_even_with_surrogate_pairs_split_across_chunks() =>
        HostileStrings.Check(s =>
        {
            var text = Chunked(s + "\uD83D\uDE00" + s);
            var output = new ArrayBufferWriter<byte>();
            output.Write("prefix"u8);
            var encoder = Replacing.GetEncoder();
            StringBuilderUtf8.Write(text, output, Replacing, encoder);
            StringBuilderUtf8.Write(text, output, Replacing, encoder);
            var expected = "prefix"u8.ToArray().Concat(Replacing.GetBytes(text.ToString())).Concat(Replacing.GetBytes(text.ToString()));
            Assert.Equal(expected, output.WrittenSpan.ToArray());
        });

    [Fact]
    public void A_pair_split_by_a_chunk_boundary_stays_one_character()
    {
        var text = Chunked("ab\uD83D\uDE00cd");
        var chunks = 0;
        foreach (var chunk in text.GetChunks()) chunks += chunk.Length > 0 ? 1 : 0;
        Assert.True(chunks > 1);
        var output = new ArrayBufferWriter<byte>();
        StringBuilderUtf8.Write(text, output, Throwing, Throwing.GetEncoder());
        Assert.Equal("ab\uD83D\uDE00cd"u8.ToArray(), output.WrittenSpan.ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_lone_surrogate_with_a_throwing_encoding_throws_and_commits_nothing(int which)
    {
        // built here: xUnit's theory data does not carry lone surrogates intact
        var value = new[] { "lone \uD800 high", "ends high \uD83D", "\uDE00 lone low" }[which];
        var output = new ArrayBufferWriter<byte>();
        var encoder = Throwing.GetEncoder();
        Assert.Throws<EncoderFallbackException>(() => StringBuilderUtf8.Write(Chunked(value), output, Throwing, encoder));
        Assert.Equal(0, output.WrittenCount);
        StringBuilderUtf8.Write(Chunked("ok"), output, Throwing, encoder);
        Assert.Equal("ok"u8.ToArray(), output.WrittenSpan.ToArray());
    }

    /// <summary>A builder made of many small chunks (capacity 1, appended one character at a time).</summary>
    private static StringBuilder Chunked(string value)
    {
        var sb = new StringBuilder(1);
        foreach (var c in value) sb.Append(c);
        return sb;
    }
}
