using Exporter.Formats.Common;
using Exporter.Tests.Support;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Exporter.Tests.Formats.Common;

public class JsonStringValueTests
{
    [Theory]
    [InlineData(Formatting.None)]
    [InlineData(Formatting.Indented)]
    public void Writes_the_bytes_Newtonsoft_writes_for_any_string(Formatting formatting) =>
        HostileStrings.Check(s => Assert.Equal(Write(s, formatting, (w, v) => w.WriteValue(v)), Write(s, formatting, JsonStringValue.Write)));

    [Fact]
    public void Writes_property_names_as_Newtonsoft_does_for_any_string() =>
        HostileStrings.Check(s =>
        {
            Assert.Equal(WriteName(s, Formatting.Indented, (w, n) => w.WritePropertyName(n)), WriteName(s, Formatting.Indented, JsonStringValue.WriteName));
            Assert.Equal(WriteName(s, Formatting.None, (w, n) => w.WritePropertyName(n)), WriteName(s, Formatting.None, JsonStringValue.WriteName));
        });

    [Theory]
    [InlineData("plain", false)]
    [InlineData("back\\slash", true)]
    [InlineData("line\u2028sep", true)]
    [InlineData("next\u0085line", true)]
    [InlineData("caf\u00E9 \u00A0", false)]
    [InlineData("\u001F", true)]
    public void Knows_which_strings_need_escaping(string value, bool expected) =>
        Assert.Equal(expected, JsonStringValue.NeedsEscape(value));

    [Fact]
    public void Control_characters_get_lower_case_hex_escapes_as_Newtonsoft_writes_them() =>
        Assert.Equal("\"\\u001f\\b\\f\\u2029\"", JsonStringValue.Quote("\u001F\b\f\u2029"));

    [Fact]
    public void Other_writers_get_a_real_string_value_not_raw_json()
    {
        using var w = new JTokenWriter();
        w.WriteStartArray();
        JsonStringValue.Write(w, "a\"b");
        JsonStringValue.Write(w, null);
        w.WriteEndArray();
        var array = (JArray)w.Token!;
        Assert.Equal(JTokenType.String, array[0].Type);
        Assert.Equal("a\"b", (string?)array[0]);
        Assert.Equal(JTokenType.Null, array[1].Type);
    }

    private static string WriteName(string name, Formatting formatting, Action<JsonWriter, string> write)
    {
        using var text = new StringWriter();
        using (var w = new JsonTextWriter(text) { Formatting = formatting, StringEscapeHandling = StringEscapeHandling.Default })
        {
            w.WriteStartObject();
            write(w, name);
            w.WriteValue(1);
            write(w, name + "2");
            w.WriteStartObject();
            write(w, name);
            w.WriteNull();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return text.ToString();
    }

    /// <summary>The value inside an object and twice in an array, so delimiters and indentation are compared too.</summary>
    private static string Write(string value, Formatting formatting, Action<JsonWriter, string?> write)
    {
        using var text = new StringWriter();
        using (var w = new JsonTextWriter(text) { Formatting = formatting, StringEscapeHandling = StringEscapeHandling.Default })
        {
            w.WriteStartObject();
            w.WritePropertyName("k");
            write(w, value);
            w.WritePropertyName("list");
            w.WriteStartArray();
            write(w, value);
            write(w, value);
            write(w, null);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return text.ToString();
    }
}
