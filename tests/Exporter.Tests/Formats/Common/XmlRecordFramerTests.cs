using System.Text;
using Exporter.Formats.Common;

namespace Exporter.Tests.Formats.Common;

public class XmlRecordFramerTests
{
    private const string Slim = "http://www.loc.gov/MARC21/slim";

    private static List<XmlFramedRecord> Frame(string xml) =>
        [.. new XmlRecordFramer(new MemoryStream(Encoding.UTF8.GetBytes(xml)), (ns, local) => local == "record" && ns == Slim).Records()];

    private static string Text(XmlFramedRecord r) => Encoding.UTF8.GetString(r.Bytes);

    [Fact]
    public void Record_names_are_resolved_with_the_prefixes_declared_and_other_namespaces_are_envelope()
    {
        var xml = $"""
            <?xml version="1.0"?>
            <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" xmlns:m="{Slim}"><record><metadata><m:record n="1"/></metadata></record>
            <!-- <m:record> in a comment --><record><metadata><x:record xmlns:x="{Slim}"><![CDATA[ <m:record> ]]></x:record></metadata></record>
            <record><metadata><record xmlns="{Slim}"><leader/></record></metadata></record><other:record xmlns:other="urn:other"/></OAI-PMH>
            """;
        var records = Frame(xml);
        Assert.Equal(3, records.Count);
        Assert.Equal("""<m:record n="1"/>""", Text(records[0]));
        Assert.StartsWith("<x:record", Text(records[1]), StringComparison.Ordinal);
        Assert.EndsWith("</x:record>", Text(records[1]), StringComparison.Ordinal);
        Assert.Equal($"""<record xmlns="{Slim}"><leader/></record>""", Text(records[2]));
        Assert.Equal(Slim, records[0].Namespaces["m"]);
        Assert.Equal(4, records[2].Line);
        Assert.All(records, r => Assert.Null(r.Damage));
        Assert.All(records, r => Assert.Equal(Text(r), xml.Substring((int)r.Offset, r.Bytes.Length)));
    }

    [Theory]
    [InlineData("<datafield><subfield>x</datafield>", "do not match")]   // a missing end tag
    [InlineData("<datafield><subfield>x</subfield></subfield></datafield><datafield/>", "do not match")] // one end tag too many
    [InlineData("<datafield><subfield>x</subfield>", "next record")] // no end tag at all
    public void A_damaged_record_loses_only_itself(string damaged, string why)
    {
        var records = new[] { "<leader/>", "<leader/>" + damaged, "<leader/>", "<leader/>" };
        var body = string.Concat(records.Select((r, i) => why == "next record" && i == 1 ? "<record>" + r : "<record>" + r + "</record>\n"));
        var xml = $"<collection xmlns=\"{Slim}\">\n{body}</collection>";
        var framed = Frame(xml);
        Assert.Equal(4, framed.Count);
        Assert.Contains(why, framed[1].Damage, StringComparison.Ordinal);
        Assert.Contains(damaged, Text(framed[1]), StringComparison.Ordinal);
        Assert.All(new[] { 0, 2, 3 }, i => Assert.Null(framed[i].Damage));
        Assert.Equal("<record><leader/></record>", Text(framed[3]));
    }

    [Fact]
    public void Records_across_buffer_boundaries_keep_their_bytes_and_offsets()
    {
        var sb = new StringBuilder($"<collection xmlns=\"{Slim}\">\n");
        for (var i = 0; i < 5000; i++) sb.Append("  <record><controlfield tag=\"001\">").Append(i).Append("</controlfield>").Append(new string('x', i % 97)).Append("</record>\n");
        var xml = sb.Append("</collection>\n").ToString();
        var records = Frame(xml);
        Assert.Equal(5000, records.Count);
        Assert.All(records, r => Assert.Equal(xml.Substring((int)r.Offset, r.Bytes.Length), Text(r)));
        Assert.Equal(5001, records[^1].Line);
    }

    [Fact]
    public void A_doctype_stops_with_the_rest_of_the_input()
    {
        var xml = $"<!DOCTYPE x [<!ENTITY e \"e\">]><collection xmlns=\"{Slim}\"><record/></collection>";
        var only = Assert.Single(Frame(xml));
        Assert.True(only.StopsReading);
        Assert.Equal(xml, Text(only));
    }

    [Fact]
    public void The_input_ending_inside_a_record_is_damage_with_every_byte_kept()
    {
        var xml = $"<collection xmlns=\"{Slim}\"><record><leader>abc";
        var only = Assert.Single(Frame(xml));
        Assert.Equal("<record><leader>abc", Text(only));
        Assert.NotNull(only.Damage);
    }
}
