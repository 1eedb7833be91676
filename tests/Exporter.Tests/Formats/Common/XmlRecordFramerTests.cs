using System.Text;
using Exporter.Formats.Common;
using Exporter.Formats.DublinCore;
using Exporter.Tests.Formats.Marc;
using Exporter.Tests.Fuzz;
using Xunit.Abstractions;

namespace Exporter.Tests.Formats.Common;

public class XmlRecordFramerTests(ITestOutputHelper output)
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

    [Fact]
    public void A_doctype_inside_a_record_is_framed_with_it_and_reading_goes_on()
    {
        var xml = $"<collection xmlns=\"{Slim}\"><record><leader/><!DOCTYPE x [<!ENTITY e 'e'>]></record><record><leader/></record></collection>";
        var records = Frame(xml);
        Assert.Equal(2, records.Count);
        Assert.Contains("<!DOCTYPE", Text(records[0]), StringComparison.Ordinal);
        Assert.EndsWith("</record>", Text(records[0]), StringComparison.Ordinal);
        Assert.Equal("<record><leader/></record>", Text(records[1]));
    }

    /// <summary>MARCXML's record predicate (the MARCXML reader's): slim or no namespace.</summary>
    private static bool MarcRecord(string ns, string local) => local == "record" && ns is Slim or "";

    /// <summary>
    /// Frames <paramref name="xml"/> with the plain-record fast path and with the general loop alone (whole, or read
    /// <paramref name="chunk"/> bytes at a time), asserts that every record is the same in every respect, and returns
    /// how many records the fast path framed and how many there were.
    /// </summary>
    private static (int Plain, int Records) AssertSameWithAndWithoutFastPath(byte[] xml, string what, Func<string, string, bool> isRecord, int chunk = 0)
    {
        Stream Input() => chunk > 0 ? new TrickleStream(xml, chunk) : new MemoryStream(xml);
        var general = new XmlRecordFramer(Input(), isRecord) { PlainFastPath = false };
        var fast = new XmlRecordFramer(Input(), isRecord);
        var expected = general.Records().ToList();
        var actual = fast.Records().ToList();
        Assert.True(expected.Count == actual.Count, $"{what}: {actual.Count} records, the general loop frames {expected.Count}");
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.True(e.Offset == a.Offset && e.Line == a.Line, $"{what}, record {i}: at {a.Offset} line {a.Line}, the general loop says {e.Offset} line {e.Line}");
            Assert.True(e.Bytes.AsSpan().SequenceEqual(a.Bytes), $"{what}, record {i}: other bytes than the general loop's");
            Assert.True(e.Damage == a.Damage, $"{what}, record {i}: damage '{a.Damage}', the general loop says '{e.Damage}'");
            Assert.Equal(e.EncodingName, a.EncodingName);
            Assert.Equal(e.StopsReading, a.StopsReading);
            Assert.Equal(e.Namespaces.OrderBy(p => p.Key, StringComparer.Ordinal), a.Namespaces.OrderBy(p => p.Key, StringComparer.Ordinal));
        }

        Assert.Equal(0, general.PlainRecords);
        return (fast.PlainRecords, actual.Count);
    }

    [Fact]
    public void On_the_whole_xml_corpus_the_fast_path_frames_what_the_general_loop_frames()
    {
        int plain = 0, records = 0, files = 0;
        foreach (var file in MarcCorpus.XmlFiles())
        {
            var bytes = File.ReadAllBytes(file);
            if (Utf16ToUtf8Stream.Detects(bytes.AsSpan(0, Math.Min(2, bytes.Length)))) continue; // framed through the transcoding, tested by the readers
            files++;
            foreach (var (isRecord, kind) in new (Func<string, string, bool>, string)[] { (MarcRecord, "MARC"), (DcFramedRecord.IsUnit, "OAI-PMH/DC") })
            {
                foreach (var chunk in new[] { 0, 1 + (bytes.Length % 29), 4096 })
                {
                    var (p, r) = AssertSameWithAndWithoutFastPath(bytes, $"{MarcCorpus.Name(file)} ({kind}, reads of {chunk})", isRecord, chunk);
                    plain += p;
                    records += r;
                }
            }
        }

        output.WriteLine($"{files} files, {records} records framed, {plain} on the fast path");
        Assert.True(files > 50, $"only {files} XML files in the corpus");
        Assert.True(plain * 2 > records, $"only {plain} of {records} records took the fast path: the corpus's plain records should");
        Assert.True(plain < records, "every record took the fast path: the corpus's damaged and unusual records should not");
    }

    [Fact]
    public void On_seeded_damage_the_fast_path_frames_what_the_general_loop_frames()
    {
        var source = File.ReadAllBytes(Path.Combine(MarcCorpus.Root, "ruby-marc", "batch.xml"));
        string[] specials =
        [
            "<", ">", "\"", "'", "/", ":", " ", "\n", "/>", "<x>", "</x>", "<x/>", "<record>", "</record>", "<marc:record>", "</marc:record>",
            "</record >", "record", "marc:", "<!--", "-->", "<!-- c -->", "<![CDATA[", "]]>", "<?pi?>", "<?", "?>", " xmlns=\"u\"",
            $" xmlns=\"{Slim}\"", $" xmlns:marc=\"{Slim}\"", " xmlns:marc=\"u\"", " a=\"<\"", " a='>'", "<collection>", "</collection>",
        ];
        var rng = new Random(2009);
        int plain = 0, records = 0;
        for (var i = 0; i < 1500; i++)
        {
            var bytes = new List<byte>(source);
            for (var e = rng.Next(1, 4); e > 0 && bytes.Count > 0; e--)
            {
                var at = rng.Next(bytes.Count);
                var special = Encoding.UTF8.GetBytes(specials[rng.Next(specials.Length)]);
                switch (rng.Next(3))
                {
                    case 0: bytes.RemoveAt(at); bytes.InsertRange(at, special); break;
                    case 1: bytes.InsertRange(at, special); break;
                    default: bytes.RemoveRange(at, Math.Min(rng.Next(1, 12), bytes.Count - at)); break;
                }
            }

            var (p, r) = AssertSameWithAndWithoutFastPath([.. bytes], $"damage {i}", MarcRecord, rng.Next(3) == 0 ? rng.Next(1, 200) : 0);
            plain += p;
            records += r;
        }

        output.WriteLine($"{records} records framed, {plain} on the fast path");
        Assert.True(plain * 2 > records, $"only {plain} of {records} damaged-copy records took the fast path: the comparison checked little");
        Assert.True(plain < records, "every record took the fast path: the damage should have sent some to the general loop");
    }

    [Theory]
    [InlineData("<record><leader>x</leader><datafield tag=\"245\"><subfield code=\"a\">T</subfield></datafield></record>", 1)]
    [InlineData("<marc:record><marc:leader>x</marc:leader></marc:record><marc:record/><record/>", 1)]
    [InlineData("<record a='1>2' b=\"<\"><leader c=\"'\">x > y</leader><x/><y a=\"/\">'\"</y></record>", 1)]
    [InlineData("<record><!-- c --><leader>x</leader></record>", 0)]
    [InlineData("<record><![CDATA[</record>]]></record>", 0)]
    [InlineData("<record><?pi x?></record>", 0)]
    [InlineData("<record><x xmlns:marc=\"u\"/></record>", 0)]
    [InlineData("<record><leader>a recording: record/ <record</leader></record>", 0)]
    [InlineData("<record><leader>a recording, record: (record)</leader><x>record</x></record>", 1)]
    [InlineData("<record><leader>x</leader><record><leader>y</leader></record>", 1)]
    [InlineData("<record></x><y></record><record/>", 0)]
    [InlineData("<record><x></record><record><x></x></record >", 0)]
    [InlineData("<record xmlns=\"" + Slim + "\"><a></b></c><d></record><record>", 0)]
    [InlineData("<record><leader>x</leader></marc:record></record>", 0)]
    [InlineData("<record><leader>x</leader>", 0)]
    [InlineData("<record><leader a=\"x></leader></record>", 0)]
    [InlineData("<record><leader>x</leader></record", 0)]
    public void Edge_cases_frame_the_same_either_way(string records, int minimumPlain)
    {
        var xml = Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?>\n<collection xmlns=\"{Slim}\" xmlns:marc=\"{Slim}\">\n{records}\n</collection>\n");
        foreach (var chunk in new[] { 0, 1, 7 })
        {
            var (plain, _) = AssertSameWithAndWithoutFastPath(xml, records, MarcRecord, chunk);
            Assert.True(plain >= minimumPlain, $"{plain} records on the fast path, expected at least {minimumPlain}");
        }
    }

    [Fact]
    public void The_record_tag_resolved_once_is_resolved_again_when_the_envelope_changes()
    {
        var xml = $"<a xmlns=\"{Slim}\"><record><leader/></record></a><b xmlns=\"urn:other\"><record><leader/></record></b><c xmlns=\"{Slim}\"><record><leader/></record></c>";
        var records = Frame(xml);
        Assert.Equal(2, records.Count);
        Assert.Equal(xml.IndexOf("<record>", StringComparison.Ordinal), records[0].Offset);
        Assert.Equal(xml.LastIndexOf("<record>", StringComparison.Ordinal), records[1].Offset);
    }
}
