using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Xml;

namespace Exporter.Tests.Formats.Marc.Xml;

public class MarcXmlReaderTests
{
    private const string Ns = "http://www.loc.gov/MARC21/slim";
    private const string Leader = "<leader>00000nam a2200000 a 4500</leader>";

    private static readonly MarcXmlReaderOptions Permissive = new() { Strictness = MarcStrictness.Permissive };

    private static List<MarcReadResult> Read(string xml, MarcXmlReaderOptions? options = null)
    {
        using var reader = new MarcXmlReader(new MemoryStream(Encoding.UTF8.GetBytes(xml)), options);
        return [.. reader.ReadAll()];
    }

    private static string Record(string body, string id = "r1") =>
        $"<record>{Leader}<controlfield tag=\"001\">{id}</controlfield>{body}</record>";

    [Fact]
    public void Reads_a_collection()
    {
        var xml = $"<collection xmlns=\"{Ns}\">{Record("<datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">T &amp; U</subfield><subfield code=\"c\">A</subfield></datafield>")}{Record("", "r2")}</collection>";
        var results = Read(xml);
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Empty(r.Diagnostics));
        var title = (DataField)results[0].Record!["245"]!;
        Assert.Equal(('1', '0', "T & U", "A"), (title.Indicator1, title.Indicator2, title['a'], title['c']));
        Assert.Equal(("r2", 1L), (results[1].RecordId, results[1].Index));
    }

    [Theory]
    [InlineData("<record xmlns=\"" + Ns + "\">" + Leader + "<controlfield tag=\"001\">x</controlfield></record>")]
    [InlineData("<marc:collection xmlns:marc=\"" + Ns + "\"><marc:record><marc:leader>00000nam a2200000 a 4500</marc:leader><marc:controlfield tag=\"001\">x</marc:controlfield></marc:record></marc:collection>")]
    [InlineData("<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><GetRecord><record><header><identifier>oai:1</identifier></header><metadata><record xmlns=\"" + Ns + "\">" + Leader + "<controlfield tag=\"001\">x</controlfield></record></metadata></record></GetRecord></OAI-PMH>")]
    [InlineData("<collection><record>" + Leader + "<controlfield tag=\"001\">x</controlfield></record></collection>")]
    [InlineData("<OAI-PMH><ListRecords><record><header><identifier>1</identifier></header><metadata><record>" + Leader + "<controlfield tag=\"001\">x</controlfield></record></metadata></record></ListRecords></OAI-PMH>")]
    public void Finds_records_in_any_envelope(string xml)
    {
        var result = Assert.Single(Read(xml));
        Assert.Equal("x", result.Record!.ControlValue("001"));
    }

    [Fact]
    public void A_no_namespace_record_without_marc_children_is_not_a_record()
    {
        var xml = "<OAI-PMH><ListRecords><record><header><identifier>1</identifier></header><metadata><dc><title>t</title></dc></metadata></record></ListRecords></OAI-PMH>";
        Assert.Empty(Read(xml));
    }

    [Fact]
    public void Strict_rejects_a_record_with_a_missing_tag_and_goes_on()
    {
        var xml = $"<collection xmlns=\"{Ns}\">{Record("<datafield ind1=\" \" ind2=\" \"><subfield code=\"a\">x</subfield></datafield>")}\n{Record("", "r2")}</collection>";
        var results = Read(xml);
        Assert.Equal(2, results.Count);
        Assert.True(results[0].IsRejected);
        var d = Assert.Single(results[0].Diagnostics);
        Assert.Equal((MarcDiagnosticCodes.XmlMissingTag, Severity.Error, 1, "r1"), (d.Code, d.Severity, d.Line!.Value, d.RecordId));
        Assert.True(d.Column > 0);
        Assert.Equal("r2", results[1].Record!.ControlValue("001"));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_inside_a_record_stops_with_a_clear_error()
    {
        var deep = string.Concat(Enumerable.Repeat("<x>", 5000)) + string.Concat(Enumerable.Repeat("</x>", 5000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var results = Read($"<collection xmlns=\"{Ns}\">{Record("", "ok")}<record>{deep}</record></collection>");
        Assert.Equal("ok", results[0].Record!.ControlValue("001"));
        var d = Assert.Single(results[1].Diagnostics);
        Assert.Contains("(MarcXmlReaderOptions.MaxNesting)", d.ToString(), StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_rejected_record_keeps_its_xml_as_raw_bytes_that_read_again()
    {
        var bad = Record("<datafield ind1=\" \" ind2=\" \"><subfield code=\"a\">x &amp; y</subfield></datafield>");
        var results = Read($"<marc:collection xmlns:marc=\"{Ns}\">{bad.Replace("<", "<marc:", StringComparison.Ordinal).Replace("<marc:/", "</marc:", StringComparison.Ordinal)}</marc:collection>");
        var raw = System.Text.Encoding.UTF8.GetString(Assert.Single(results).RawBytes!);
        Assert.Contains("x &amp; y", raw, StringComparison.Ordinal);
        Assert.Contains(Ns, raw, StringComparison.Ordinal);
        var again = Assert.Single(Read(raw));
        Assert.True(again.IsRejected);
        Assert.Equal(results[0].Diagnostics[0].Code, again.Diagnostics[0].Code);
    }

    [Theory]
    [InlineData("<datafield ind1=\" \" ind2=\" \"><subfield code=\"a\">x</subfield></datafield>", "MARC0202")]
    [InlineData("<datafield tag=\"24\" ind1=\" \" ind2=\" \"><subfield code=\"a\">x</subfield></datafield>", "MARC0203")]
    [InlineData("<datafield tag=\"245\" ind2=\" \"><subfield code=\"a\">x</subfield></datafield>", "MARC0204")]
    [InlineData("<datafield tag=\"245\" ind1=\"10\" ind2=\" \"><subfield code=\"a\">x</subfield></datafield>", "MARC0204")]
    [InlineData("<datafield tag=\"245\" ind1=\" \" ind2=\" \"><subfield>x</subfield></datafield>", "MARC0205")]
    [InlineData("<datafield tag=\"245\" ind1=\" \" ind2=\" \"><subfield code=\"ab\">x</subfield></datafield>", "MARC0205")]
    [InlineData("<datafield tag=\"245\" ind1=\" \" ind2=\" \"><subfields code=\"a\">x</subfields></datafield>", "MARC0206")]
    [InlineData("<controlfield>x</controlfield>", "MARC0202")]
    public void Each_bad_attribute_rejects_in_strict_and_is_repaired_in_permissive(string body, string code)
    {
        var xml = $"<collection xmlns=\"{Ns}\">{Record(body)}</collection>";
        var strict = Assert.Single(Read(xml));
        Assert.True(strict.IsRejected);
        Assert.Equal(code, Assert.Single(strict.Diagnostics, d => d.Severity == Severity.Error).Code);
        var permissive = Assert.Single(Read(xml, Permissive));
        Assert.False(permissive.IsRejected);
        Assert.Contains(permissive.Diagnostics, d => d.Code == code && d.Severity == Severity.Warning);
    }

    [Fact]
    public void Permissive_repairs_are_the_documented_ones()
    {
        var body = "<datafield tag=\"24\" ind2=\"1\"><subfield code=\"a\">x</subfield><subfield>dropped</subfield></datafield>";
        var field = (DataField)Assert.Single(Read($"<collection xmlns=\"{Ns}\">{Record(body)}</collection>", Permissive)).Record!["024"]!;
        Assert.Equal((' ', '1'), (field.Indicator1, field.Indicator2));
        Assert.Equal([new Subfield('a', "x")], field.Subfields.ToArray());
    }

    [Fact]
    public void Foreign_elements_in_a_record_are_skipped_with_a_warning_in_both_modes()
    {
        var xml = $"<record xmlns=\"{Ns}\"><identifier>KOHA:5</identifier><datestamp>2016</datestamp>{Leader}<controlfield tag=\"001\">x</controlfield></record>";
        var result = Assert.Single(Read(xml));
        Assert.False(result.IsRejected);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == MarcDiagnosticCodes.XmlUnexpectedElement));
    }

    [Fact]
    public void Bad_leader_rejects_in_strict_and_is_padded_in_permissive()
    {
        var xml = $"<record xmlns=\"{Ns}\"><leader>00000nam a22</leader></record>";
        Assert.True(Assert.Single(Read(xml)).IsRejected);
        Assert.Equal("00000nam a22            ", Assert.Single(Read(xml, Permissive)).Record!.Leader.Value);
    }

    [Fact]
    public void Empty_record_gets_a_blank_leader_and_an_info()
    {
        var result = Assert.Single(Read($"<collection xmlns=\"{Ns}\"><record/></collection>"));
        Assert.Equal(Exporter.Formats.Marc.Model.Leader.Blank, result.Record!.Leader);
        Assert.Equal((MarcDiagnosticCodes.XmlMissingLeader, Severity.Info), (result.Diagnostics[0].Code, result.Diagnostics[0].Severity));
    }

    [Fact]
    public void Leader_09_becomes_a_in_memory()
    {
        var xml = $"<record xmlns=\"{Ns}\"><leader>00000nam  2200000 a 4500</leader></record>";
        Assert.Equal('a', Assert.Single(Read(xml)).Record!.Leader.CharacterCodingScheme);
    }

    [Fact]
    public void Not_well_formed_xml_stops_with_an_error_and_keeps_earlier_records()
    {
        var xml = $"<collection xmlns=\"{Ns}\">\n{Record("", "r1")}\n<record>{Leader}\n<controlfield tag=\"001\">r2</controlfield <oops></record></collection>";
        var results = Read(xml);
        Assert.Equal(2, results.Count);
        Assert.Equal("r1", results[0].Record!.ControlValue("001"));
        Assert.True(results[1].IsRejected);
        var d = Assert.Single(results[1].Diagnostics);
        Assert.Equal((MarcDiagnosticCodes.XmlNotWellFormed, 4), (d.Code, d.Line!.Value));
    }

    [Fact]
    public void Dtds_and_entities_are_refused()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><record>&x;</record>";
        var result = Assert.Single(Read(xml));
        Assert.Equal(MarcDiagnosticCodes.XmlDtdRefused, Assert.Single(result.Diagnostics).Code);
    }

    [SkippableFact]
    public void Text_is_untouched_by_default_and_nfc_on_request_with_one_info_per_record()
    {
        NormalizationSupport.Require();
        var xml = $"<record xmlns=\"{Ns}\">{Leader}<datafield tag=\"245\" ind1=\" \" ind2=\" \"><subfield code=\"a\">Cafe\u0301</subfield><subfield code=\"b\">e\u0301</subfield></datafield></record>";
        var untouched = Assert.Single(Read(xml));
        Assert.Equal("Cafe\u0301", untouched.Record!["245"]?['a']);
        Assert.Empty(untouched.Diagnostics);
        var nfc = Assert.Single(Read(xml, new MarcXmlReaderOptions { Normalization = UnicodeNormalization.Nfc }));
        Assert.Equal("Caf\u00E9", nfc.Record!["245"]?['a']);
        var d = Assert.Single(nfc.Diagnostics);
        Assert.Equal((MarcDiagnosticCodes.NormalizedToNfc, Severity.Info, "245"), (d.Code, d.Severity, d.Field));
    }
}
