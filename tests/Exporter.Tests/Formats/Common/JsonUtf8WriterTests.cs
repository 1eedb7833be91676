using System.Text;
using Exporter.Formats.Common;
using Exporter.Tests.Support;
using Newtonsoft.Json;

namespace Exporter.Tests.Formats.Common;

/// <summary>The byte writer against Newtonsoft's compact <see cref="JsonTextWriter"/>, UTF-8 encoded with U+FFFD for a lone surrogate.</summary>
public class JsonUtf8WriterTests
{
    private static readonly UTF8Encoding Utf8 = new(false, false);

    private static byte[] Newtonsoft(Action<JsonTextWriter> write)
    {
        var text = new StringWriter();
        using (var w = new JsonTextWriter(text) { Formatting = Formatting.None, StringEscapeHandling = StringEscapeHandling.Default })
        {
            write(w);
        }

        return Utf8.GetBytes(text.ToString());
    }

    private static void Shape(JsonUtf8Writer w, string s)
    {
        w.StartArray();
        w.Value(s);
        w.Value(-7);
        w.StartObject();
        w.Name("a"u8);
        w.Value(s);
        w.Name("b"u8);
        w.StartArray();
        w.EndArray();
        w.Name("c"u8);
        w.StartObject();
        w.EndObject();
        w.EndObject();
        w.Value(s + s);
        w.EndArray();
    }

    private static void Shape(JsonTextWriter w, string s)
    {
        w.WriteStartArray();
        w.WriteValue(s);
        w.WriteValue(-7);
        w.WriteStartObject();
        w.WritePropertyName("a");
        w.WriteValue(s);
        w.WritePropertyName("b");
        w.WriteStartArray();
        w.WriteEndArray();
        w.WritePropertyName("c");
        w.WriteStartObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteValue(s + s);
        w.WriteEndArray();
    }

    [Fact]
    public void Writes_the_bytes_Newtonsoft_writes_for_any_string()
    {
        var writer = new JsonUtf8Writer();
        HostileStrings.Check(s =>
        {
            writer.Clear();
            Shape(writer, s);
            Assert.Equal(Newtonsoft(w => Shape(w, s)), writer.Written.ToArray());
        }, tests: 1000);
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain ascii")]
    [InlineData("\u0000\u0001\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u001B\u001F\u007F\"\\/")]
    [InlineData("\u0085\u2028\u2029\u0080\u009F\u00A0\u00E9")]
    [InlineData("pair \uD83D\uDE00, lone high \uD800 and low \uDC00, high then escape \uDBFF\n, end \uD83D")]
    [InlineData("\uFFFE\uFFFF\uE000\uD7FF")]
    public void Every_escape_class_is_written_as_Newtonsoft_writes_it(string s)
    {
        var writer = new JsonUtf8Writer();
        Shape(writer, s);
        Assert.Equal(Newtonsoft(w => Shape(w, s)), writer.Written.ToArray());
    }

    [Fact]
    public void Every_utf16_code_unit_alone_is_written_as_Newtonsoft_writes_it()
    {
        var writer = new JsonUtf8Writer();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var s = "a" + (char)c + "b";
            writer.Clear();
            writer.Value(s);
            Assert.Equal(Newtonsoft(w => w.WriteValue(s)), writer.Written.ToArray());
        }
    }

    [Fact]
    public void The_escape_lead_search_finds_every_lead_byte_at_every_position_of_every_length()
    {
        for (var length = 1; length <= 40; length++)
        {
            for (var at = 0; at < length; at++)
            {
                for (var b = 0; b < 256; b++)
                {
                    var bytes = Enumerable.Repeat((byte)'a', length).ToArray();
                    bytes[at] = (byte)b;
                    var expected = b is < 0x20 or '"' or '\\' or 0xC2 or 0xE2;
                    Assert.True(expected == JsonUtf8Writer.MayNeedEscape(bytes), $"byte {b:X2} at {at} of {length}");
                }
            }
        }

        Assert.False(JsonUtf8Writer.MayNeedEscape([]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1999)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Integers_are_written_in_invariant_digits(int value)
    {
        var writer = new JsonUtf8Writer();
        writer.StartArray();
        writer.Value(value);
        writer.Value(value);
        writer.EndArray();
        Assert.Equal(Newtonsoft(w =>
        {
            w.WriteStartArray();
            w.WriteValue(value);
            w.WriteValue(value);
            w.WriteEndArray();
        }), writer.Written.ToArray());
    }

    [Fact]
    public void A_huge_value_grows_the_buffer_and_clear_starts_afresh()
    {
        var writer = new JsonUtf8Writer();
        var huge = string.Concat(Enumerable.Repeat("\u00E9\uD83D\uDE00\n\"x", 100_000));
        writer.Value(huge);
        Assert.Equal(Newtonsoft(w => w.WriteValue(huge)), writer.Written.ToArray());
        writer.Clear();
        Assert.Equal(0, writer.Written.Length);
        writer.Value("a");
        writer.Raw("\n"u8);
        Assert.Equal("\"a\"\n"u8.ToArray(), writer.Written.ToArray());
    }
}
