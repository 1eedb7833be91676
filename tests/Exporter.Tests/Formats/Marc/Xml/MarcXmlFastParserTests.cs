using System.Text;
using System.Text.RegularExpressions;
using Exporter.Formats.Common;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Xml;
using Exporter.Tests.Support;
using Xunit.Abstractions;

namespace Exporter.Tests.Formats.Marc.Xml;

/// <summary>
/// <see cref="MarcXmlFastParser"/> reads plain records from their bytes; its guarantee is that a framed record's
/// <see cref="MarcXmlFramedRecord.Parse"/> is exactly <see cref="MarcXmlFramedRecord.ParseWithXmlReader"/>: the same
/// record, record id, place, raw bytes and diagnostics. Held on the whole MARCXML corpus, on seeded damage, and on edge
/// cases, in the three reading modes; each also shows the fast path is taken, so the comparison is not vacuous.
/// </summary>
public class MarcXmlFastParserTests(ITestOutputHelper output)
{
    private const string Slim = "http://www.loc.gov/MARC21/slim";

    private static readonly MarcXmlReaderOptions[] Modes =
    [
        MarcXmlReaderOptions.Default,
        new() { Strictness = MarcStrictness.Permissive },
        new() { Normalization = UnicodeNormalization.Nfc },
    ];

    private static bool IsRecord(string ns, string local) => local == "record" && ns is Slim or "";

    /// <summary>Every record of <paramref name="bytes"/> read both ways in every mode; returns how many reads the fast path made, of how many.</summary>
    private static (int Fast, int Reads) AssertSameBothWays(byte[] bytes, string where)
    {
        var fast = 0;
        var reads = 0;
        foreach (var options in Modes)
        {
            long index = 0;
            foreach (var framed in XmlRecordFramer.Open(new MemoryStream(bytes), IsRecord).Records())
            {
                if (framed.StopsReading) break;
                var pending = new MarcXmlFramedRecord(framed, index, options);
                var full = Describe(pending.ParseWithXmlReader);
                var taken = MarcXmlFastParser.TryParse(framed, options, index) is not null;
                Assert.True(full == Describe(pending.Parse), $"{where} #{index} ({options.Strictness}, {options.Normalization}): fast path {(taken ? "taken" : "declined")}\nfull:  {full}\nfast:  {Describe(pending.Parse)}");
                if (taken) fast++;
                reads++;
                index++;
            }
        }

        return (fast, reads);
    }

    /// <summary>Everything a result holds, as text (an exception as its type: both paths must agree on it too).</summary>
    private static string Describe(Func<MarcReadResult> parse)
    {
        MarcReadResult r;
        try
        {
            r = parse();
        }
        catch (Exception e)
        {
            return "threw " + e.GetType().Name;
        }

        var s = new StringBuilder();
        s.Append($"index={r.Index} offset={r.ByteOffset} line={r.Line} id={r.RecordId ?? "(none)"} canonicalIso={r.IsCanonicalIso2709} raw={(r.RawBytes is null ? "null" : Convert.ToHexString(r.RawBytes))}\n");
        if (r.Record is { } record)
        {
            s.Append("LDR ").Append(record.Leader.Value).Append('\n');
            foreach (var field in record.AllFields)
            {
                s.Append(field switch
                {
                    ControlField c => $"{c.Tag} [{c.Value}]",
                    DataField d => $"{d.Tag} {d.Indicator1}{d.Indicator2}" + string.Concat(d.Subfields.Select(sf => $" ${sf.Code}[{sf.Value}]")),
                    _ => field.GetType().Name,
                }).Append('\n');
            }
        }

        foreach (var d in r.Diagnostics) s.Append(d with { Hints = [] }).Append(" |hints ").Append(string.Join(";", d.Hints)).Append('\n');
        return s.ToString();
    }

    private static byte[] Document(string records) =>
        Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection xmlns=\"{Slim}\" xmlns:marc=\"{Slim}\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n{records}\n</collection>\n");

    private const string Plain =
        "<record>\n  <leader>00000nam a2200000 a 4500</leader>\n  <controlfield tag=\"001\">id-1</controlfield>\n" +
        "  <datafield tag=\"245\" ind1=\"1\" ind2=\"0\">\n    <subfield code=\"a\">Title</subfield>\n  </datafield>\n</record>";

    [SkippableFact]
    public void On_the_whole_marcxml_corpus_the_fast_path_gives_what_the_full_parse_gives()
    {
        int fast = 0, reads = 0, files = 0;
        foreach (var file in MarcCorpus.XmlFiles())
        {
            files++;
            var (f, r) = AssertSameBothWays(File.ReadAllBytes(file), MarcCorpus.Name(file));
            fast += f;
            reads += r;
        }

        output.WriteLine($"{files} files, {reads} record reads, {fast} on the fast path");
        Assert.True(files > 50, $"only {files} MARCXML files in the corpus");
        Assert.True(fast * 2 > reads, $"only {fast} of {reads} record reads took the fast path: the corpus's plain records should");
        Assert.True(fast < reads, "every read took the fast path: the corpus's damaged and unusual records should not");
    }

    [Fact]
    public void On_damaged_records_the_fast_path_gives_what_the_full_parse_gives()
    {
        var source = File.ReadAllBytes(TestEnvironment.Fixture("Marc", "chabon.xml"));
        byte[][] specials =
        [
            "<"u8.ToArray(), ">"u8.ToArray(), "&"u8.ToArray(), "\""u8.ToArray(), "'"u8.ToArray(), " "u8.ToArray(), "\r"u8.ToArray(),
            "\t"u8.ToArray(), "/"u8.ToArray(), ":"u8.ToArray(), "="u8.ToArray(), [0x00], [0xC3], [0x80], [0xFF], "&amp;"u8.ToArray(),
            "&#13;"u8.ToArray(), "&#x1F;"u8.ToArray(), "&#X41;"u8.ToArray(), "&#x10000;"u8.ToArray(), "&nbsp;"u8.ToArray(),
            "<!--c-->"u8.ToArray(), "<![CDATA[x]]>"u8.ToArray(), "]]>"u8.ToArray(), "<?pi x?>"u8.ToArray(), " xmlns:a=\"u\""u8.ToArray(),
            " a:b=\"1\""u8.ToArray(), " tag=\"1\""u8.ToArray(), "e\u0301"u8.ToArray(), "marc:"u8.ToArray(), "<x/>"u8.ToArray(),
        ];
        var rng = new Random(1717);
        var fast = 0;
        for (var i = 0; i < 1500; i++)
        {
            var bytes = new List<byte>(source);
            for (var e = rng.Next(1, 4); e > 0 && bytes.Count > 0; e--)
            {
                var at = rng.Next(bytes.Count);
                var special = specials[rng.Next(specials.Length)];
                switch (rng.Next(3))
                {
                    case 0: bytes.RemoveAt(at); bytes.InsertRange(at, special); break;
                    case 1: bytes.InsertRange(at, special); break;
                    default: bytes.RemoveRange(at, Math.Min(rng.Next(1, 12), bytes.Count - at)); break;
                }
            }

            fast += AssertSameBothWays([.. bytes], $"damage {i}").Fast;
        }

        output.WriteLine($"{fast} record reads on the fast path");
        Assert.True(fast > 1000, $"only {fast} damaged record reads took the fast path: the comparison checked little");
    }

    [Theory]
    [InlineData("plain", Plain, true)]
    [InlineData("prefixed", "<marc:record><marc:leader>00000nam a2200000 a 4500</marc:leader><marc:datafield tag=\"245\" ind1=\" \" ind2=\" \"><marc:subfield code=\"a\">T</marc:subfield></marc:datafield></marc:record>", true)]
    [InlineData("own declarations and schema location", "<record xmlns=\"" + Slim + "\" xsi:schemaLocation=\"a b\" type='Bibliographic'><leader>00000nam a2200000 a 4500</leader></record>", true)]
    [InlineData("entities and character references", "<record><leader>00000nam a2200000 a 4500</leader><datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">&lt;A &amp; B&gt; &quot;&apos; &#65;&#x42;&#x1F600;&#13;</subfield></datafield></record>", true)]
    [InlineData("empty elements, spaces in tags, single quotes", "<record ><leader >00000nam a2200000 a 4500</leader ><controlfield tag = '005' /><datafield tag='500' ind1=' ' ind2=' '><subfield code='a'/></datafield ></record >", true)]
    [InlineData("attributes spelt otherwise than the usual way", "<record><leader>00000nam a2200000 a 4500</leader><controlfield tag='001'>x</controlfield><controlfield  tag=\"003\">y</controlfield><datafield ind1=\"1\" tag=\"245\" ind2=\"0\"><subfield code = \"a\">T</subfield><subfield code=\"b\" >U</subfield></datafield><datafield tag=\"246\"  ind1=\"1\" ind2=\"0\"><subfield\tcode=\"a\">V</subfield></datafield></record>", true)]
    [InlineData("references and odd characters in tags, indicators and codes", "<record><leader>00000nam a2200000 a 4500</leader><controlfield tag=\"&#48;01\">x</controlfield><datafield tag=\"24a\" ind1=\"&amp;\" ind2=\"&#x41;\"><subfield code=\"&lt;\">T</subfield><subfield code=\"'\">U</subfield><subfield code=\">\">V</subfield></datafield><datafield tag=\"CAT\" ind1='\"' ind2=\"&quot;\"><subfield code=\"&#x7F;\">W</subfield></datafield></record>", true)]
    [InlineData("a code of two UTF-16 characters", "<record><leader>00000nam a2200000 a 4500</leader><datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"&#x1F600;\">T</subfield></datafield></record>", false)]
    [InlineData("text with tab, LF, DEL, '>' and every printable ASCII character", "<record><leader>00000nam a2200000 a 4500</leader><datafield tag=\"500\" ind1=\" \" ind2=\" \"><subfield code=\"a\">a\tb\nc\u007Fd>e</subfield><subfield code=\"b\"> !\"#$%&amp;'()*+,-./0123456789:;&lt;=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~</subfield><subfield code=\"c\"></subfield></datafield></record>", true)]
    [InlineData("non-ASCII text without references", "<record><leader>00000nam a2200000 a 4500</leader><datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">Caf\u00e9 \u4e2d\u6587 \U0001F600 \uFFFD \uFFFC</subfield></datafield></record>", true)]
    [InlineData("U+FFFE in text", "<record><leader>00000nam a2200000 a 4500</leader><datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">Caf\u00e9\uFFFE</subfield></datafield></record>", false)]
    [InlineData("U+FFFF in an attribute", "<record><leader>00000nam a2200000 a 4500</leader><datafield tag=\"245\" ind1=\"\uFFFF\" ind2=\"0\"><subfield code=\"a\">T</subfield></datafield></record>", false)]
    [InlineData("comment", "<record><!-- c --><leader>00000nam a2200000 a 4500</leader></record>", false)]
    [InlineData("CDATA", "<record><leader>00000nam a2200000 a 4500</leader><controlfield tag=\"001\"><![CDATA[x]]></controlfield></record>", false)]
    [InlineData("processing instruction", "<record><leader>00000nam a2200000 a 4500</leader><?pi?></record>", false)]
    [InlineData("undeclared entity", "<record><leader>00000nam a2200000 a 4500</leader><controlfield tag=\"001\">&nbsp;</controlfield></record>", false)]
    [InlineData("forbidden character reference", "<record><leader>00000nam a2200000 a 4500</leader><controlfield tag=\"001\">&#x1F;</controlfield></record>", false)]
    [InlineData("upper-case X reference", "<record><leader>00000nam a2200000 a 4500</leader><controlfield tag=\"001\">&#X41;</controlfield></record>", false)]
    [InlineData("raw CR", "<record><leader>00000nam a2200000 a 4500</leader><controlfield tag=\"001\">a\r\nb</controlfield></record>", false)]
    [InlineData("]]> in text", "<record><leader>00000nam a2200000 a 4500</leader><controlfield tag=\"001\">a]]>b</controlfield></record>", false)]
    [InlineData("tab in attribute", "<record><leader>00000nam a2200000 a 4500</leader><datafield tag=\"245\" ind1=\"\t\" ind2=\" \"><subfield code=\"a\">T</subfield></datafield></record>", false)]
    [InlineData("duplicate attribute", "<record><leader>00000nam a2200000 a 4500</leader><controlfield tag=\"001\" tag=\"002\">x</controlfield></record>", false)]
    [InlineData("undeclared prefix", "<p:record><p:leader>00000nam a2200000 a 4500</p:leader></p:record>", false)]
    [InlineData("no namespace", "<record xmlns=\"\"><leader>00000nam a2200000 a 4500</leader></record>", false)]
    [InlineData("missing leader", "<record><controlfield tag=\"001\">x</controlfield></record>", false)]
    [InlineData("short leader", "<record><leader>00000nam</leader></record>", false)]
    [InlineData("non-ASCII leader", "<record><leader>00000nam a2200000 a 450\u00e9</leader></record>", false)]
    [InlineData("two leaders", "<record><leader>00000nam a2200000 a 4500</leader><leader>00000nam a2200000 a 4500</leader></record>", false)]
    [InlineData("no subfield", "<record><leader>00000nam a2200000 a 4500</leader><datafield tag=\"245\" ind1=\"1\" ind2=\"0\"/></record>", false)]
    [InlineData("two-character tag", "<record><leader>00000nam a2200000 a 4500</leader><controlfield tag=\"01\">x</controlfield></record>", false)]
    [InlineData("empty indicator", "<record><leader>00000nam a2200000 a 4500</leader><datafield tag=\"245\" ind1=\"\" ind2=\"0\"><subfield code=\"a\">T</subfield></datafield></record>", false)]
    [InlineData("long code", "<record><leader>00000nam a2200000 a 4500</leader><datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"ab\">T</subfield></datafield></record>", false)]
    [InlineData("unknown element", "<record><leader>00000nam a2200000 a 4500</leader><note>x</note></record>", false)]
    [InlineData("element in a value", "<record><leader>00000nam a2200000 a 4500</leader><controlfield tag=\"001\">a<b/>c</controlfield></record>", false)]
    [InlineData("text between fields", "<record><leader>00000nam a2200000 a 4500</leader>stray</record>", false)]
    [InlineData("mismatched end tag", "<record><leader>00000nam a2200000 a 4500</leader><controlfield tag=\"001\">x</datafield></record>", false)]
    [InlineData("other prefix for the same namespace", "<record><leader>00000nam a2200000 a 4500</leader><marc:controlfield tag=\"001\">x</marc:controlfield></record>", false)]
    [InlineData("xml: attribute", "<record xml:lang=\"en\"><leader>00000nam a2200000 a 4500</leader></record>", false)]
    [InlineData("undeclaring a prefix", "<record xmlns:marc=\"\"><leader>00000nam a2200000 a 4500</leader></record>", false)]
    [InlineData("empty record", "<record/>", false)]
    public void Edge_cases_read_the_same_both_ways_and_only_plain_ones_take_the_fast_path(string name, string record, bool plain)
    {
        var bytes = Document(record);
        var (fast, _) = AssertSameBothWays(bytes, name);
        Assert.Equal(plain ? Modes.Length : 0, fast);
    }

    /// <summary>
    /// The usual spellings (<c> tag="245" ind1="1" ind2="0"&gt;</c>, <c> code="a"&gt;</c>, plain ASCII text) are read by
    /// matches of their own; their guarantee is that they give what the general attribute and text reading gives. The
    /// same records spelt otherwise (single quotes; the first character of each text as a character reference) take
    /// only the general reading, and must come out the same.
    /// </summary>
    [SkippableFact]
    public void Records_spelt_the_usual_way_and_otherwise_read_the_same_on_the_fast_path()
    {
        var files = MarcCorpus.XmlFiles().Append(TestEnvironment.Fixture("Marc", "chabon.xml")).ToList();
        var fast = 0;
        foreach (var file in files)
        {
            var usual = File.ReadAllText(file);
            var otherwise = Regex.Replace(usual, "( (?:tag|ind1|ind2|code))=\"([^\"']*)\"", "$1='$2'");
            otherwise = Regex.Replace(otherwise, ">([ -%'-;=?-~])([^<]*</(?:[A-Za-z]+:)?(?:subfield|controlfield)>)", m => $">&#{(int)m.Groups[1].Value[0]};{m.Groups[2].Value}");
            var a = FastRecords(Encoding.UTF8.GetBytes(usual));
            var b = FastRecords(Encoding.UTF8.GetBytes(otherwise));
            Assert.Equal(a.Count, b.Count);
            for (var i = 0; i < a.Count; i++)
            {
                Assert.True(a[i] == b[i], $"{file} #{i}\nusual:     {a[i]}\notherwise: {b[i]}");
                if (a[i] is not null) fast++;
            }
        }

        output.WriteLine($"{files.Count} files, {fast} records on the fast path both ways");
        Assert.True(fast > 10, $"only {fast} records took the fast path: the comparison checked little");
    }

    /// <summary>Each record's fields as read by the fast path, as text; null where it declined.</summary>
    private static List<string?> FastRecords(byte[] bytes)
    {
        var records = new List<string?>();
        long index = 0;
        foreach (var framed in XmlRecordFramer.Open(new MemoryStream(bytes), IsRecord).Records())
        {
            if (framed.StopsReading) break;
            var record = MarcXmlFastParser.TryParse(framed, MarcXmlReaderOptions.Default, index++)?.Record;
            records.Add(record is null ? null : string.Join("\n", record.AllFields.Select(f => f switch
            {
                ControlField c => $"{c.Tag} [{c.Value}]",
                DataField d => $"{d.Tag} {d.Indicator1}{d.Indicator2}" + string.Concat(d.Subfields.Select(sf => $" ${sf.Code}[{sf.Value}]")),
                _ => f.GetType().Name,
            })));
        }

        return records;
    }

    [Fact]
    public void References_are_decoded_as_xml_decodes_them()
    {
        var framed = XmlRecordFramer.Open(new MemoryStream(Document(
            "<record><leader>00000nam a2200000 a 4500</leader><datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">&lt;A &amp; B&gt;&#x1F600;&#13;</subfield></datafield></record>")), IsRecord).Records().Single();
        var result = MarcXmlFastParser.TryParse(framed, MarcXmlReaderOptions.Default, 0);
        Assert.NotNull(result);
        Assert.Equal("<A & B>\U0001F600\r", result!.Record!.DataFields("245").Single().Subfields[0].Value);
    }

    [Fact]
    public void Text_that_nfc_reading_would_change_takes_the_full_parse_which_reports_it()
    {
        var framed = XmlRecordFramer.Open(new MemoryStream(Document(
            "<record><leader>00000nam a2200000 a 4500</leader><datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">Cafe\u0301</subfield></datafield></record>")), IsRecord).Records().Single();
        Assert.NotNull(MarcXmlFastParser.TryParse(framed, MarcXmlReaderOptions.Default, 0));
        var nfc = new MarcXmlReaderOptions { Normalization = UnicodeNormalization.Nfc };
        Assert.Null(MarcXmlFastParser.TryParse(framed, nfc, 0));
        var full = new MarcXmlFramedRecord(framed, 0, nfc).Parse();
        Assert.Equal("Caf\u00e9", full.Record!.DataFields("245").Single().Subfields[0].Value);
        Assert.Contains(full.Diagnostics, d => d.Code == MarcDiagnosticCodes.NormalizedToNfc);
    }

    [Fact]
    public void A_declared_encoding_other_than_utf8_takes_the_full_parse()
    {
        var bytes = Encoding.Latin1.GetBytes($"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><collection xmlns=\"{Slim}\"><record><leader>00000nam a2200000 a 4500</leader><controlfield tag=\"001\">\u00e9</controlfield></record></collection>");
        Assert.Equal(0, AssertSameBothWays(bytes, "latin-1").Fast);
    }
}
