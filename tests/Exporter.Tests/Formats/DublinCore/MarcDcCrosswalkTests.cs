using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.DublinCore;
using Exporter.Formats.Marc.Model;
using Exporter.Pipeline;

namespace Exporter.Tests.Formats.DublinCore;

/// <summary>MARC -> DC for the facts the hub does not hold (docs/mappings/dublin-core.md, "From the MARC record"), row by row and through the dc encoder.</summary>
public class MarcDcCrosswalkTests
{
    private static readonly MarcRecord Record = new(new Leader("00000cam a2200000 a 4500"),
    [
        new ControlField("001", "X1"),
        new ControlField("005", "19940223151047.0"),
        new DataField("260", ' ', ' ', new Subfield('a', "London :"), new Subfield('b', "Penguin,"), new Subfield('c', "19--2006.")),
        new DataField("264", ' ', '1', new Subfield('a', "New York :"), new Subfield('b', "Viking"), new Subfield('c', "c1988")),
        new DataField("264", ' ', '4', new Subfield('c', "©1987")),
        new DataField("500", ' ', ' ', new Subfield('a', "Hub keeps this note.")),
        new DataField("500", ' ', ' ', new Subfield('3', "Vol. 2:"), new Subfield('a', "Signed by the author.")),
        new DataField("504", ' ', ' ', new Subfield('a', "Includes index.")),
        new DataField("506", '1', ' ', new Subfield('a', "Open to members only.")),
        new DataField("530", ' ', ' ', new Subfield('a', "Also issued online.")),
        new DataField("540", ' ', ' ', new Subfield('a', "CC BY 4.0."), new Subfield('u', "https://creativecommons.org/licenses/by/4.0/")),
        new DataField("546", ' ', ' ', new Subfield('a', "In English.")),
        new DataField("561", ' ', ' ', new Subfield('a', "Gift of a donor.")),
        new DataField("590", ' ', ' ', new Subfield('a', "Staff note.")),
        new DataField("752", ' ', ' ', new Subfield('a', "England"), new Subfield('d', "London.")),
        new DataField("773", '0', ' ', new Subfield('t', "Host journal."), new Subfield('g', "vol. 3")),
        new DataField("856", '4', '0', new Subfield('u', "https://example.org/full")),
        new DataField("856", '4', '2', new Subfield('u', "https://example.org/review")),
    ]);

    [Fact]
    public void Facts_the_hub_does_not_hold_come_from_the_marc_record()
    {
        var facts = MarcDcCrosswalk.Read(Record);
        Assert.Equal(["Penguin", "Viking"], facts.Publishers.ToArray());
        Assert.Equal(["19--2006", "c1988"], facts.Dates.ToArray());
        Assert.Equal(["Vol. 2: Signed by the author.", "Includes index."], facts.Notes.ToArray());        // not: the hub's 500, 506/530/540, 546, local 561/590
        Assert.Equal([("hasFormat", "Also issued online"), ("isPartOf", "Host journal. vol. 3")], facts.Relations.ToArray());
        Assert.Equal([("accessRights", "Open to members only."), ("rights", "CC BY 4.0."), ("rights", "https://creativecommons.org/licenses/by/4.0/")], facts.Rights.ToArray()); // 540: the text, each $u apart
        Assert.Equal(["England London"], facts.Places.ToArray());
        Assert.Equal([("identifier", "https://example.org/full"), ("relation", "https://example.org/review")], facts.Links.ToArray());
    }

    [Fact]
    public void Composer_writes_every_publisher_and_dates_that_are_more_than_the_year_once()
    {
        var hub = new Exporter.Model.CatalogRecord { Title = "T", Publisher = "Penguin", YearPublished = 1988 };
        var dc = new DublinCoreCrosswalk().FromCatalog(hub, MarcDcCrosswalk.Read(Record), NullDiagnostics.Instance);
        Assert.Equal(["Penguin", "Viking"], dc.Get("publisher").Select(s => s.Value));
        Assert.Equal(["1988", "19--2006"], dc.Get("date").Select(s => s.Value));
        Assert.Equal(["Open to members only.", "CC BY 4.0.", "https://creativecommons.org/licenses/by/4.0/"], dc.Get("rights").Select(s => s.Value));
        Assert.Equal(["England London"], dc.Get("coverage").Select(s => s.Value));
    }

    [Fact]
    public void Qualified_dc_uses_relation_and_rights_refinements()
    {
        var hub = new Exporter.Model.CatalogRecord { Title = "T" };
        var dc = new DublinCoreCrosswalk(new DublinCoreCrosswalkOptions { Profile = DublinCoreProfile.Qualified, Rights = new Uri("https://rightsstatements.org/vocab/InC/1.0/") })
            .FromCatalog(hub, MarcDcCrosswalk.Read(Record), NullDiagnostics.Instance);
        Assert.Equal(["Also issued online"], dc.Get("hasFormat").Select(s => s.Value));
        Assert.Equal(["Host journal. vol. 3"], dc.Get("isPartOf").Select(s => s.Value));
        Assert.Equal(["Open to members only."], dc.Get("accessRights").Select(s => s.Value));
        Assert.Equal(["CC BY 4.0."], dc.Get("rights").Select(s => s.Value));
        var licence = Assert.Single(dc.Get("license"));                                               // a Creative Commons licence URI: dcterms:license
        Assert.Equal(("https://creativecommons.org/licenses/by/4.0/", DcSchemes.Uri), (licence.Value, licence.Scheme));
        Assert.Equal(["England London"], dc.Get("spatial").Select(s => s.Value));
        Assert.Equal(["https://example.org/review"], dc.Get("relation").Select(s => s.Value));
        Assert.DoesNotContain(dc.Statements, s => s.Value.StartsWith("https://rightsstatements.org", StringComparison.Ordinal)); // the record states its rights
    }

    [Fact]
    public void Oai_datestamp_of_a_marc_record_is_its_005_day_not_the_run_date()
    {
        const string xml = """
            <collection xmlns="http://www.loc.gov/MARC21/slim"><record><leader>00000cam a2200000 a 4500</leader>
            <controlfield tag="001">X1</controlfield><controlfield tag="005">19940223151047.0</controlfield>
            <datafield tag="245" ind1="0" ind2="0"><subfield code="a">Title</subfield></datafield></record>
            <record><leader>00000cam a2200000 a 4500</leader><controlfield tag="001">X2</controlfield>
            <datafield tag="245" ind1="0" ind2="0"><subfield code="a">Other</subfield></datafield></record></collection>
            """;
        var registry = FormatRegistry.CreateDefault();
        var reader = registry.Get("marcxml").CreateReader(new MemoryStream(Encoding.UTF8.GetBytes(xml)), new ReadOptions());
        var options = new WriteOptions { BaseUri = new Uri("https://lib.example.net/"), Clock = new FixedClock(new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero)) };
        using var output = new MemoryStream();
        new Converter(new ConversionOptions { Threads = 1 }, new NoObserver())
            .Run([new ConversionInput("in", reader)], [new ConversionTarget("dc", registry.Get("dc").CreateEncoder(options), output)]);
        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.Contains("<identifier>oai:lib.example.net:X1</identifier>\n        <datestamp>1994-02-23</datestamp>", text, StringComparison.Ordinal);
        Assert.Contains("<identifier>oai:lib.example.net:X2</identifier>\n        <datestamp>2026-03-04</datestamp>", text, StringComparison.Ordinal); // no 005: the clock (SOURCE_DATE_EPOCH in the CLI)
    }

    private sealed class NoObserver : IConversionObserver
    {
        public void OnDiagnostic(Diagnostic diagnostic)
        {
        }

        public void OnRejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics)
        {
        }

        public void OnProgress(long records, long bytes)
        {
        }
    }
}
