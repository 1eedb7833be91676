using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.DublinCore;

namespace Exporter.Tests.Formats.DublinCore;

public class DublinCoreReaderTests
{
    private const string DcNs = "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";
    private const string OaiDcNs = "xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" " + DcNs;

    [Fact]
    public void Reads_a_bare_oai_dc_record_keeping_order_language_and_whitespace()
    {
        var r = Assert.Single(DcSamples.Read($"<oai_dc:dc {OaiDcNs}><dc:title xml:lang=\"fr\">Le  titre </dc:title><dc:creator>A</dc:creator><dc:title>B</dc:title><dc:description/></oai_dc:dc>"));
        Assert.Equal(
        [
            DcStatement.Element("title", "Le  titre ") with { Language = "fr" },
            DcStatement.Element("creator", "A"),
            DcStatement.Element("title", "B"),
            DcStatement.Element("description", ""),
        ], r.Statements.ToArray());
        Assert.Null(r.Header);
    }

    [Fact]
    public void Reads_qualifieddc_with_schemes_declared_on_an_ancestor()
    {
        var xml = "<wrap xmlns:t=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><x:qualifieddc xmlns:x=\"urn:any\">" +
                  "<t:issued xsi:type=\"t:W3CDTF\">1973</t:issued><t:alternative>Alt</t:alternative></x:qualifieddc></wrap>";
        var r = Assert.Single(DcSamples.Read(xml));
        Assert.Equal([DcStatement.Term("issued", "1973") with { Scheme = "W3CDTF" }, DcStatement.Term("alternative", "Alt")], r.Statements.ToArray());
    }

    [Fact]
    public void Reads_srw_dc_and_loc_dcCollection()
    {
        var xml = $"<oai_dc:dcCollection {OaiDcNs}><oai_dc:dc><dc:title>1</dc:title></oai_dc:dc><oai_dc:dc><dc:title>2</dc:title></oai_dc:dc>" +
                  $"<srw_dc:dc xmlns:srw_dc=\"info:srw/schema/1/dc-schema\"><dc:title>3</dc:title></srw_dc:dc></oai_dc:dcCollection>";
        Assert.Equal(["1", "2", "3"], DcSamples.Read(xml).Select(r => r.Statements[0].Value));
    }

    [Fact]
    public void Unknown_and_foreign_elements_are_warnings_with_line_and_column_and_left_out()
    {
        var xml = $"<oai_dc:dc {OaiDcNs} xmlns:m=\"urn:m\">\n  <dc:title type=\"x\">T</dc:title>\n  <dc:abstract>no</dc:abstract>\n  <m:note>n</m:note>stray\n</oai_dc:dc>";
        var diags = new DiagnosticBag();
        var r = Assert.Single(DcSamples.Read(xml, diags));
        Assert.Equal([DcStatement.Element("title", "T")], r.Statements.ToArray());
        Assert.Equal([DcDiagnosticCodes.UnknownAttribute, DcDiagnosticCodes.UnknownTerm, DcDiagnosticCodes.ForeignContent, DcDiagnosticCodes.ForeignContent],
            diags.Items.Select(d => d.Code));
        Assert.All(diags.Items, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal((3, 4, "dc:abstract"), (diags.Items[1].Line, diags.Items[1].Column, diags.Items[1].Field));
    }

    [Fact]
    public void Scheme_outside_dcterms_is_dropped_and_a_bad_value_is_kept_with_warnings()
    {
        var xml = "<qualifieddc xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">" +
                  "<dcterms:date xsi:type=\"xs:string\">a</dcterms:date><dcterms:date xsi:type=\"dcterms:W3CDTF\">c1973</dcterms:date></qualifieddc>";
        var diags = new DiagnosticBag();
        var r = Assert.Single(DcSamples.Read(xml, diags));
        Assert.Null(r.Statements[0].Scheme);
        Assert.Equal("W3CDTF", r.Statements[1].Scheme);
        Assert.Equal([DcDiagnosticCodes.UnknownScheme, DcDiagnosticCodes.InvalidSchemeValueRead], diags.Items.Select(d => d.Code));
    }

    [Fact]
    public void Oai_pmh_records_give_headers_deleted_ones_are_skipped_and_non_dc_metadata_rejected()
    {
        var xml = "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><ListRecords>" +
                  $"<record><header><identifier>oai:x:1</identifier><datestamp>2020-01-02</datestamp><setSpec>a:b</setSpec></header><metadata><oai_dc:dc {OaiDcNs}><dc:title>T</dc:title></oai_dc:dc></metadata></record>" +
                  "<record><header status=\"deleted\"><identifier>oai:x:2</identifier><datestamp>2020-01-02</datestamp></header></record>" +
                  "<record><header><identifier>oai:x:3</identifier><datestamp>2020-01-02</datestamp></header><metadata><marc:record xmlns:marc=\"http://www.loc.gov/MARC21/slim\"/></metadata></record>" +
                  "</ListRecords></OAI-PMH>";
        var rejected = new List<RejectedDcRecord>();
        var diags = new DiagnosticBag();
        var r = Assert.Single(DcSamples.Read(xml, diags, new DublinCoreReaderOptions { OnRejected = rejected.Add }));
        Assert.Equal(new OaiHeader("oai:x:1") { Datestamp = "2020-01-02", SetSpecs = ["a:b"] }, r.Header);
        var rej = Assert.Single(rejected);
        Assert.Equal((1L, DcDiagnosticCodes.NotDublinCore, "oai:x:3"), (rej.RecordIndex, rej.Reason.Code, rej.Reason.RecordId));
        Assert.StartsWith("<record xmlns=\"http://www.openarchives.org/OAI/2.0/\"><header><identifier>oai:x:3", rej.RawXml);
        Assert.Equal([DcDiagnosticCodes.DeletedRecord, DcDiagnosticCodes.NotDublinCore], diags.Items.Select(d => d.Code));
    }

    [Fact]
    public void Structured_value_rejects_the_record_by_throwing_unless_a_callback_is_set()
    {
        var xml = $"<c xmlns:x=\"urn:x\"><oai_dc:dc {OaiDcNs}><dc:title>ok</dc:title></oai_dc:dc><oai_dc:dc {OaiDcNs}><dc:creator><x:name>N</x:name></dc:creator></oai_dc:dc><oai_dc:dc {OaiDcNs}><dc:title>after</dc:title></oai_dc:dc></c>";
        var ex = Assert.Throws<RecordFormatException>(() => DcSamples.Read(xml));
        Assert.Equal(DcDiagnosticCodes.StructuredValue, ex.Diagnostic.Code);
        Assert.Contains("OnRejected", ex.Message);

        var rejected = new List<RejectedDcRecord>();
        using var reader = new DublinCoreReader(new MemoryStream(Encoding.UTF8.GetBytes(xml)), new DublinCoreReaderOptions { OnRejected = rejected.Add });
        Assert.Equal(["ok", "after"], reader.ReadAll().Select(r => r.Statements[0].Value));
        Assert.Equal((3L, 1L), (reader.RecordCount, reader.RejectedCount));
        var raw = Assert.Single(rejected).RawXml;
        var parsed = System.Xml.Linq.XElement.Parse(raw);
        Assert.Equal("N", parsed.Descendants(System.Xml.Linq.XName.Get("name", "urn:x")).Single().Value);
        Assert.StartsWith("<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"", raw);
    }

    [Theory]
    [InlineData("<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><oai_dc:dc " + OaiDcNs + "><dc:title>&lol2;</dc:title></oai_dc:dc>")]
    [InlineData("<!DOCTYPE t [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><oai_dc:dc " + OaiDcNs + "><dc:title>&xxe;</dc:title></oai_dc:dc>")]
    [InlineData("<!DOCTYPE oai_dc:dc SYSTEM \"http://example.org/dc.dtd\"><oai_dc:dc " + OaiDcNs + "/>")]
    public void Dtds_and_entities_are_refused_with_a_clear_error(string xml)
    {
        var diags = new DiagnosticBag();
        var ex = Assert.Throws<RecordFormatException>(() => DcSamples.Read(xml, diags));
        Assert.Equal(DcDiagnosticCodes.DtdRefused, ex.Diagnostic.Code);
        Assert.Equal(Severity.Error, Assert.Single(diags.Items).Severity);
        Assert.Contains("DTD", ex.Message);
    }

    [Fact]
    public void Malformed_xml_stops_with_line_and_column_after_the_good_records()
    {
        var xml = $"<c>\n<oai_dc:dc {OaiDcNs}><dc:title>ok</dc:title></oai_dc:dc>\n<oai_dc:dc {OaiDcNs}><dc:title>bad &#1; char</dc:title></oai_dc:dc></c>";
        var got = new List<DublinCoreRecord>();
        using var reader = new DublinCoreReader(new MemoryStream(Encoding.UTF8.GetBytes(xml)));
        var ex = Assert.Throws<RecordFormatException>(() => { foreach (var r in reader.ReadAll()) got.Add(r); });
        Assert.Single(got);
        Assert.Equal((DcDiagnosticCodes.MalformedXml, 3), (ex.Diagnostic.Code, ex.Diagnostic.Line));
        Assert.NotNull(ex.Diagnostic.Column);
    }

    [Fact]
    public void Invalid_utf8_bytes_are_malformed_xml_not_a_crash()
    {
        var head = Encoding.UTF8.GetBytes($"<oai_dc:dc {OaiDcNs}><dc:title>");
        var tail = Encoding.UTF8.GetBytes("</dc:title></oai_dc:dc>");
        using var reader = new DublinCoreReader(new MemoryStream([.. head, 0xC3, 0x28, 0xFF, .. tail]), new DublinCoreReaderOptions { SourceName = "bad.xml" });
        var ex = Assert.Throws<RecordFormatException>(() => reader.ReadAll().ToList());
        Assert.Equal((DcDiagnosticCodes.MalformedXml, "bad.xml"), (ex.Diagnostic.Code, ex.Diagnostic.Source));
    }

    [SkippableFact]
    public void Non_nfc_values_are_normalized_with_an_info()
    {
        
        var diags = new DiagnosticBag();
        var r = Assert.Single(DcSamples.Read($"<oai_dc:dc {OaiDcNs}><dc:title>Cafe\u0301</dc:title></oai_dc:dc>", diags));
        Assert.Equal("Caf\u00e9", r.Statements[0].Value);
        Assert.Equal(DcDiagnosticCodes.NormalizedRead, Assert.Single(diags.Items).Code);
    }

    [Fact]
    public void A_document_without_dc_gives_no_records_and_says_so()
    {
        var diags = new DiagnosticBag();
        Assert.Empty(DcSamples.Read("<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record/></collection>", diags));
        Assert.Equal((DcDiagnosticCodes.NoRecords, Severity.Warning), (diags.Items.Single().Code, diags.Items.Single().Severity));

        diags.Clear();
        Assert.Empty(DcSamples.Read("<dc><title xmlns=\"urn:not-dc\">T</title></dc>", diags));
        Assert.Equal(DcDiagnosticCodes.NoRecords, diags.Items.Single().Code);
    }

    [Fact]
    public void Reads_utf16_input_from_its_declaration()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes($"<?xml version=\"1.0\" encoding=\"utf-16\"?><oai_dc:dc {OaiDcNs}><dc:title>Ж</dc:title></oai_dc:dc>")).ToArray();
        using var reader = new DublinCoreReader(new MemoryStream(bytes));
        Assert.Equal("Ж", Assert.Single(reader.ReadAll()).Statements[0].Value);
    }
}
