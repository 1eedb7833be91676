using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.DublinCore;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.DublinCore;

/// <summary>The crosswalk's rows one by one, generic DC from harvesters, and the dc/dcterms formats in the pipeline.</summary>
public class DublinCoreCrosswalkTests
{
    private static readonly CatalogRecord Sample = new()
    {
        Title = "From Lenin to Stalin", Subtitle = "A memoir", Contributors = [Contributor.Person("Serge, Victor"), Contributor.Person("Shachtman, Max", ContributorRoles.Translator)],
        Publisher = "Monad Press", Place = "New York", YearPublished = 1973, FirstPublished = 1937, Edition = "2nd ed.", Extent = new Extent(160),
        Identifiers = [new Identifier(IdentifierType.Local, "CX7118"), new Identifier(IdentifierType.Isbn, "9780873482475", "pbk."), new Identifier(IdentifierType.Oclc, "1234")],
        Languages = ["eng"], Series = [new SeriesStatement("Pathfinder", "12")], Description = "A first-hand account.", Abstract = "The takeover.",
        Reviews = [new Review(["One.", "Two."], "Ulli Diemer")], Notes = ["Translated from the French."],
        Contents = [new ContentsSection(null, [new ContentsEntry("A Note about the Author")]), new ContentsSection("Other Essays", [new ContentsEntry("Lenin and Imperialism", "2")])],
        Subjects = [new Subject("Soviet Union--History", "lcsh"), new Subject("Communism", "fast")],
    };

    [Fact]
    public void Simple_profile_writes_the_recommended_oai_dc()
    {
        var dc = new DublinCoreCrosswalk().FromCatalog(Sample, NullDiagnostics.Instance);
        string[] expected =
        [
            "title=From Lenin to Stalin : A memoir", "creator=Serge, Victor", "contributor=Shachtman, Max", "publisher=Monad Press", "date=1973",
            "type=Text", "type=Book", "format=160 pages", "identifier=https://catalog.example.org/record/CX7118", "identifier=CX7118",
            "identifier=urn:isbn:9780873482475", "identifier=info:oclcnum/1234", "language=eng", "description=A first-hand account.",
            "description=Abstract: The takeover.", "description=Originally published: 1937.", "description=Edition: 2nd ed.",
            "description=Contents: A Note about the Author -- Other Essays -- 2. Lenin and Imperialism",
            "description=Translated from the French.",
            "subject=Soviet Union--History", "subject=Communism", "relation=Pathfinder ; 12",
        ];
        Assert.Equal(expected, dc.Statements.Select(s => s.Name + "=" + s.Value));
        Assert.All(dc.Statements, s => Assert.Equal(DcNamespace.Elements, s.Namespace));
        Assert.All(dc.Statements, s => Assert.Null(s.Scheme));
    }

    [Fact]
    public void Qualified_profile_uses_refinements_and_schemes()
    {
        var dc = new DublinCoreCrosswalk(new DublinCoreCrosswalkOptions { Profile = DublinCoreProfile.Qualified, BaseUri = new Uri("https://lib.example.net/cat/") })
            .FromCatalog(Sample, NullDiagnostics.Instance);
        string Of(string name) => string.Join("|", dc.Get(name).Select(s => s.Value + (s.Scheme is null ? "" : "^" + s.Scheme)));
        Assert.Equal("1973^W3CDTF", Of("issued"));
        Assert.Equal("Text^DCMIType|Book", Of("type"));
        Assert.Equal("160 pages", Of("extent"));
        Assert.Equal("eng^ISO639-2", Of("language"));
        Assert.Equal("The takeover.", Of("abstract"));
        Assert.Equal("A Note about the Author|Other Essays|2. Lenin and Imperialism", Of("tableOfContents"));
        Assert.Equal("Soviet Union--History^LCSH|Communism", Of("subject"));
        Assert.Equal("Pathfinder ; 12", Of("isPartOf"));
        Assert.StartsWith("https://lib.example.net/cat/record/CX7118^URI|CX7118|urn:isbn:9780873482475^URI", Of("identifier"), StringComparison.Ordinal);
        Assert.All(dc.Statements, s => Assert.Equal(DcNamespace.Terms, s.Namespace));
    }

    [Theory]
    [InlineData(ResourceType.Book, "Text|Book")]
    [InlineData(ResourceType.Video, "MovingImage|Video")]
    [InlineData(ResourceType.Audio, "Sound|Audio")]
    [InlineData(ResourceType.Map, "StillImage|Map")]
    [InlineData(ResourceType.Software, "Software")]
    [InlineData(ResourceType.Kit, "Collection|Kit")]
    [InlineData(ResourceType.Other, "Other")]
    public void Type_is_the_dcmi_term_plus_the_catalog_word(ResourceType type, string expected)
    {
        var dc = new DublinCoreCrosswalk().FromCatalog(new CatalogRecord { Title = "T", ResourceType = type }, NullDiagnostics.Instance);
        Assert.Equal(expected, string.Join("|", dc.Get("type").Select(s => s.Value)));
        Assert.Equal(type, new DublinCoreCrosswalk().ToCatalog(dc, NullDiagnostics.Instance).ResourceType);
    }

    [Fact]
    public void Generic_harvested_dc_is_read_as_well_as_it_can_be_and_the_rest_reported()
    {
        var dc = new DublinCoreRecord(
        [
            DcStatement.Element("title", "  Moby Dick  "), DcStatement.Element("title", "The Whale"), DcStatement.Element("creator", "Melville, Herman, 1819-1891"),
            DcStatement.Element("date", "c1851."), DcStatement.Element("type", "text"), DcStatement.Element("format", "text/html"),
            DcStatement.Element("identifier", "URN:ISBN:0-14-243724-7"), DcStatement.Element("identifier", "http://example.org/moby"),
            DcStatement.Element("identifier", "https://catalog.example.org/record/X1"), DcStatement.Element("language", "English"),
            DcStatement.Element("language", "Englisch"), DcStatement.Element("rights", "Public domain"), DcStatement.Element("relation", "urn:x:y"),
            DcStatement.Term("created", "1850"), DcStatement.Element("description", "A whale of a tale."), DcStatement.Element("description", "Second."),
        ]);
        var bag = new DiagnosticBag();
        var r = new DublinCoreCrosswalk().ToCatalog(dc, bag);
        Assert.Equal("Moby Dick", r.Title);
        Assert.Equal(1851, r.YearPublished);
        Assert.Equal(ResourceType.Book, r.ResourceType);
        Assert.Null(r.Extent);
        Assert.Equal(["Isbn 0142437247", "Url http://example.org/moby", "Url https://catalog.example.org/record/X1"], r.Identifiers.Select(i => $"{i.Type} {i.Value}"));
        Assert.Equal(["eng"], r.Languages.ToArray());
        Assert.Equal("A whale of a tale.", r.Description);
        Assert.Equal(["Second."], r.Notes.ToArray());
        Assert.Equal(["Public domain"], r.Rights.ToArray());                                         // dc:rights: the hub's rights (issue 14)
        Assert.Equal(["dc:title", "dc:format", "dc:relation", "dcterms:created"], bag.Items.Where(d => d.Code == DcDiagnosticCodes.NotMapped).Select(d => d.Field));
        Assert.Equal(["dc:language"], bag.Items.Where(d => d.Code == DcDiagnosticCodes.ValueNotUnderstood).Select(d => d.Field));
    }

    [Fact]
    public void A_record_without_title_or_year_is_reported()
    {
        var bag = new DiagnosticBag();
        var r = new DublinCoreCrosswalk().ToCatalog(new DublinCoreRecord([DcStatement.Element("date", "undated"), DcStatement.Element("type", "Event horizon")]), bag);
        Assert.Equal("", r.Title);
        Assert.Null(r.YearPublished);
        Assert.Equal(ResourceType.Other, r.ResourceType);
        Assert.Equal([DcDiagnosticCodes.ValueNotUnderstood, DcDiagnosticCodes.NoTitle, DcDiagnosticCodes.ValueNotUnderstood], bag.Items.Select(d => d.Code));
    }

    [Fact]
    public void Formats_are_registered_with_their_extensions()
    {
        var registry = FormatRegistry.CreateDefault();
        Assert.Equal("dc", registry.Get("dc")!.Name);
        Assert.Equal([".dc.xml"], registry.Get("dc")!.Extensions);
        Assert.Equal([".dcterms.xml"], registry.Get("dcterms")!.Extensions);
        Assert.Equal("application/xml", registry.Get("dcterms")!.MediaType);
        Assert.Equal("dcterms", registry.ForPath("out/x.dcterms.xml")!.Name);
        Assert.Equal("dc", registry.ForPath("x.dc.xml")!.Name);
    }

    [Fact]
    public void Empty_output_is_an_oai_no_records_match_response_and_an_empty_collection()
    {
        Assert.Contains("<error code=\"noRecordsMatch\">", RecordFactory.Write(new OaiDcFormat(), []), StringComparison.Ordinal);
        Assert.DoesNotContain("<ListRecords>", RecordFactory.Write(new OaiDcFormat(), []), StringComparison.Ordinal);
        Assert.Contains("</qdcc:collection>", RecordFactory.Write(new QualifiedDcFormat(), []), StringComparison.Ordinal);
    }

    [Fact]
    public void Oai_header_comes_from_base_uri_and_catalog_number_and_datestamp_from_the_clock()
    {
        var options = new WriteOptions { BaseUri = new Uri("https://lib.example.net/"), Clock = new FixedClock(new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero)) };
        var xml = RecordFactory.Write(new OaiDcFormat(), [Sample, Sample with { Identifiers = [new Identifier(IdentifierType.Local, "CX 1/2")] }], options);
        Assert.Contains("<identifier>oai:lib.example.net:CX7118</identifier>", xml, StringComparison.Ordinal);
        Assert.Contains("<identifier>oai:lib.example.net:CX%201/2</identifier>", xml, StringComparison.Ordinal);
        Assert.Contains("<datestamp>2026-03-04</datestamp>", xml, StringComparison.Ordinal);
        Assert.Contains("<responseDate>2026-03-04T05:06:07Z</responseDate>", xml, StringComparison.Ordinal);
        Assert.Contains(">https://lib.example.net/oai</request>", xml, StringComparison.Ordinal);
        Assert.Equal(1, xml.Split("<ListRecords>").Length - 1);
    }

    [Fact]
    public void Reader_keeps_rejected_records_raw_and_goes_on()
    {
        const string xml = "<c xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><simpledc><dc:title>One</dc:title></simpledc>" +
                           "<simpledc><dc:title><b>bad</b></dc:title></simpledc><simpledc><dc:title>Three</dc:title></simpledc></c>";
        using var reader = new OaiDcFormat().CreateReader(new MemoryStream(Encoding.UTF8.GetBytes(xml)), new ReadOptions());
        var results = reader.ReadResults().ToList();
        Assert.Equal([false, true, false], results.Select(r => r.IsRejected));
        Assert.Contains("<b>bad</b>", Encoding.UTF8.GetString(results[1].Source.Raw.Span), StringComparison.Ordinal);
        Assert.Contains(results[1].Diagnostics, d => d.Code == DcDiagnosticCodes.StructuredValue);
        Assert.Equal("Three", results[2].GetCatalog(NullDiagnostics.Instance).Title);
    }

    [Fact]
    public void Hostile_xml_is_refused_with_a_clear_error_by_the_cli()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("evil.dc.xml"),
            "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">]>" +
            "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>&lol2;</dc:title></oai_dc:dc>");
        var r = ExporterCli.Run("convert", dir.File("evil.dc.xml"), "--to", "json", "-o", dir.File("out.jsonl"));
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("DC0002", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("DTD", r.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("out.jsonl")));
    }
}
