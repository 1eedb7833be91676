using Exporter.Diagnostics;
using Exporter.Formats.DublinCore;

namespace Exporter.Tests.Formats.DublinCore;

public class OaiDcWriterTests
{
    [Fact]
    public void Single_record_is_an_oai_dc_document_with_the_spec_namespaces_and_schema_location()
    {
        var xml = DcSamples.WriteOaiDc([DcSamples.Sample(null)], DcSamples.OaiOptions(DcContainer.SingleRecord));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" " +
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" " +
            "xsi:schemaLocation=\"http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd\">", xml);
        Assert.EndsWith("</oai_dc:dc>\n", xml);
    }

    [Fact]
    public void Refinements_dumb_down_and_schemes_are_not_written()
    {
        var xml = DcSamples.WriteOaiDc([DcSamples.Sample(null)], DcSamples.OaiOptions(DcContainer.SingleRecord));
        Assert.Contains("<dc:date>1973</dc:date>", xml);
        Assert.Contains("<dc:format>160 pages</dc:format>", xml);
        Assert.Contains("<dc:description>An abstract.</dc:description>", xml);
        Assert.Contains("<dc:description>1. Chapter one</dc:description>", xml);
        Assert.Contains("<dc:relation>Pathfinder series</dc:relation>", xml);
        Assert.Contains("<dc:date>1937</dc:date>", xml);
        Assert.Contains("<dc:description xml:lang=\"en\">A fascinating", xml);
        Assert.DoesNotContain("xsi:type", xml);
        Assert.DoesNotContain("dcterms", xml);
    }

    [Fact]
    public void Dumb_down_keeps_statement_order()
    {
        var back = DcSamples.Read(DcSamples.WriteOaiDc([DcSamples.Sample(null)], DcSamples.OaiOptions(DcContainer.SingleRecord)));
        var names = back.Single().Statements.Select(s => s.Name);
        Assert.Equal(["title", "creator", "publisher", "date", "format", "type", "language", "identifier", "identifier",
            "description", "description", "description", "description", "relation", "date"], names);
    }

    [Fact]
    public void Collection_is_a_ListRecords_response_with_headers_and_a_fixed_response_date()
    {
        var second = DcSamples.Sample("oai:catalog.example.org:2") with { Header = new OaiHeader("oai:catalog.example.org:2") { SetSpecs = ["books", "bad spec"] } };
        var diags = new DiagnosticBag();
        var xml = DcSamples.WriteOaiDc([DcSamples.Sample(), second], DcSamples.OaiOptions(), diags);
        Assert.Contains("<responseDate>2026-11-28T06:30:15Z</responseDate>", xml);
        Assert.Contains("<request verb=\"ListRecords\" metadataPrefix=\"oai_dc\">http://localhost/oai</request>", xml);
        Assert.Contains("<header>\n        <identifier>oai:catalog.example.org:CX7118</identifier>\n        <datestamp>2026-11-01</datestamp>", xml);
        Assert.Contains("<identifier>oai:catalog.example.org:2</identifier>\n        <datestamp>2026-11-28</datestamp>\n        <setSpec>books</setSpec>\n      </header>", xml);
        Assert.Equal(2, xml.Split("<oai_dc:dc ").Length - 1);
        Assert.Equal(DcDiagnosticCodes.SetSpecDropped, Assert.Single(diags.Items).Code);
        Assert.Equal(xml, DcSamples.WriteOaiDc([DcSamples.Sample(), second], DcSamples.OaiOptions()));
    }

    [Fact]
    public void Base_url_and_clock_come_from_the_options()
    {
        var options = DcSamples.OaiOptions() with
        {
            BaseUrl = "https://catalog.example.org/oai?a=1&b=2",
            Clock = new DcSamples.FixedClock(new DateTimeOffset(1999, 12, 31, 23, 59, 59, TimeSpan.FromHours(-5))),
        };
        var xml = DcSamples.WriteOaiDc([DcSamples.Sample() with { Header = new OaiHeader("oai:x:1") }], options);
        Assert.Contains("<responseDate>2000-01-01T04:59:59Z</responseDate>", xml);
        Assert.Contains(">https://catalog.example.org/oai?a=1&amp;b=2</request>", xml);
        Assert.Contains("<datestamp>2000-01-01</datestamp>", xml);
    }

    [Fact]
    public void Empty_collection_is_a_noRecordsMatch_response()
    {
        var xml = DcSamples.WriteOaiDc([], DcSamples.OaiOptions());
        Assert.Contains("<error code=\"noRecordsMatch\">no records</error>", xml);
        Assert.DoesNotContain("ListRecords>", xml);
        var diags = new DiagnosticBag();
        Assert.Empty(DcSamples.Read(xml, diags));
        Assert.Equal(DcDiagnosticCodes.OaiError, Assert.Single(diags.Items).Code);
    }

    [Fact]
    public void Empty_single_record_document_is_an_empty_oai_dc_element()
    {
        var xml = DcSamples.WriteOaiDc([], DcSamples.OaiOptions(DcContainer.SingleRecord));
        Assert.EndsWith("oai_dc.xsd\" />\n", xml);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not a uri")]
    [InlineData("%zz")]
    public void Collection_record_without_a_valid_identifier_is_refused_before_anything_is_written(string? identifier)
    {
        using var ms = new MemoryStream();
        using var w = new OaiDcWriter(ms, DcSamples.OaiOptions());
        var record = DcSamples.Sample() with { Header = identifier is null ? null : new OaiHeader(identifier) };
        var ex = Assert.Throws<RecordWriteException>(() => w.Write(record));
        Assert.Equal(DcDiagnosticCodes.BadOaiIdentifier, ex.Diagnostic.Code);
        Assert.Equal(0, w.RecordCount);
    }

    [Fact]
    public void Second_record_in_a_single_record_document_is_refused()
    {
        using var ms = new MemoryStream();
        using var w = new OaiDcWriter(ms, DcSamples.OaiOptions(DcContainer.SingleRecord));
        w.Write(DcSamples.Sample(null));
        var ex = Assert.Throws<RecordWriteException>(() => w.Write(DcSamples.Sample(null)));
        Assert.Equal(DcDiagnosticCodes.SecondRecord, ex.Diagnostic.Code);
    }

    [Fact]
    public void Terms_without_a_simple_element_are_dropped_with_a_warning()
    {
        var record = new DublinCoreRecord([DcStatement.Term("audience", "children"), DcStatement.Element("title", "T"), DcStatement.Term("bogus", "x")]);
        var diags = new DiagnosticBag();
        var xml = DcSamples.WriteOaiDc([record], DcSamples.OaiOptions(DcContainer.SingleRecord), diags);
        Assert.DoesNotContain("children", xml);
        Assert.Equal([DcDiagnosticCodes.StatementDropped, DcDiagnosticCodes.StatementDropped], diags.Items.Select(d => d.Code));
        Assert.Equal("dcterms:audience", diags.Items[0].Field);
    }

    [Fact]
    public void Write_after_complete_throws_and_complete_is_idempotent()
    {
        using var ms = new MemoryStream();
        using var w = new OaiDcWriter(ms, DcSamples.OaiOptions());
        w.Complete();
        var length = ms.Length;
        w.Complete();
        Assert.Equal(length, ms.Length);
        Assert.Throws<InvalidOperationException>(() => w.Write(DcSamples.Sample()));
    }

    [Fact]
    public void Output_is_utf8_without_bom_and_stream_is_closed_unless_leave_open()
    {
        var ms = new MemoryStream();
        using (var w = new OaiDcWriter(ms, DcSamples.OaiOptions(DcContainer.SingleRecord)))
        {
            w.Write(new DublinCoreRecord([DcStatement.Element("title", "Ünïcode")]));
            w.Complete();
            Assert.Equal((byte)'<', ms.ToArray()[0]);
        }

        Assert.False(ms.CanRead);
    }
}
