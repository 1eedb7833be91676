using System.Globalization;
using System.Text;
using Exporter.Formats.Rdf.JsonLd;
using Newtonsoft.Json;

namespace Exporter.Tests.Formats.Rdf.JsonLd;

/// <summary>
/// <see cref="JsonLdTextWriter"/> against the Newtonsoft writer it stands in for (<see cref="JsonLdGraphFormatter.CreateJsonWriter"/>,
/// opened with <c>{"@graph": [</c>): the same calls give the same text, in both indentations, on seeded random
/// documents (nested objects and arrays, empty ones, strings needing every kind of escape, numbers, booleans).
/// </summary>
public class JsonLdTextWriterTests
{
    private static readonly string[] Strings =
    [
        "", "@id", "name", "https://example.org/record/1#edition", "plain text", "quote \" and backslash \\",
        "line\nfeed\ttab\rreturn\bback\fform", "\u0001\u001f controls", "next line \u0085, separators \u2028 \u2029",
        "Ελληνικά, 中文, עברית", "emoji \U0001F600", "\u007f delete", "</script>",
    ];

    public static TheoryData<JsonLdIndentation, int> Cases()
    {
        var data = new TheoryData<JsonLdIndentation, int>();
        foreach (var indentation in new[] { JsonLdIndentation.Indented, JsonLdIndentation.None })
        {
            for (var seed = 1; seed <= 40; seed++) data.Add(indentation, seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Writes_what_the_Newtonsoft_writer_writes(JsonLdIndentation indentation, int seed)
    {
        var ours = new StringBuilder("kept ");
        var writer = new JsonLdTextWriter(ours, indentation);
        var theirs = new StringBuilder();
        using (var text = new StringWriter(theirs, CultureInfo.InvariantCulture) { NewLine = "\n" })
        using (var json = JsonLdGraphFormatter.CreateJsonWriter(text, indentation))
        {
            json.WriteStartObject();
            json.WritePropertyName("@graph");
            json.WriteStartArray();
            json.Flush();
            var start = theirs.Length;
            var random = new Random(seed);
            var nodes = random.Next(0, 4);
            for (var n = 0; n < nodes; n++) Node(random, writer, json, 0);
            json.Flush();
            theirs.Remove(0, start);
        }

        Assert.Equal("kept " + theirs, ours.ToString());
    }

    [Fact]
    public void Nothing_is_written_for_no_node()
    {
        var text = new StringBuilder();
        _ = new JsonLdTextWriter(text, JsonLdIndentation.Indented);
        Assert.Equal("", text.ToString());
    }

    private static void Node(Random random, JsonLdTextWriter ours, JsonWriter theirs, int depth)
    {
        ours.WriteStartObject();
        theirs.WriteStartObject();
        var members = random.Next(0, 5);
        for (var m = 0; m < members; m++)
        {
            var name = Strings[random.Next(Strings.Length)];
            ours.WriteName(name);
            theirs.WritePropertyName(name);
            if (random.Next(3) == 0)
            {
                ours.WriteStartArray();
                theirs.WriteStartArray();
                var values = random.Next(0, 4);
                for (var v = 0; v < values; v++) Value(random, ours, theirs, depth);
                ours.WriteEndArray();
                theirs.WriteEndArray();
            }
            else
            {
                Value(random, ours, theirs, depth);
            }
        }

        ours.WriteEndObject();
        theirs.WriteEndObject();
    }

    private static void Value(Random random, JsonLdTextWriter ours, JsonWriter theirs, int depth)
    {
        switch (random.Next(depth < 3 ? 5 : 4))
        {
            case 0 or 1:
                var s = Strings[random.Next(Strings.Length)];
                ours.WriteString(s);
                theirs.WriteValue(s);
                break;
            case 2:
                var number = random.Next(-1000, 100000).ToString(CultureInfo.InvariantCulture);
                ours.WriteRawValue(number);
                theirs.WriteRawValue(number);
                break;
            case 3:
                var b = random.Next(2) == 0;
                ours.WriteBoolean(b);
                theirs.WriteValue(b);
                break;
            default:
                Node(random, ours, theirs, depth + 1);
                break;
        }
    }
}
