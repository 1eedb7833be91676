using Exporter.Diagnostics;
using Exporter.Formats.Rdf.Bibframe;
using Exporter.Formats.Rdf.Bibframe.Reading;
using Exporter.Formats.Rdf.LinkedData;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Formats.Rdf.LinkedData;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.Bibframe;

/// <summary>
/// Reading BIBFRAME back to the hub (docs/mappings/bibframe.md, "Reading BIBFRAME"): every syntax of the format,
/// marc2bibframe2's own output (tests/data/bibframe), the wrong vocabulary, a graph without Work or Instance, and the
/// small text rules (contents, personal names). The round trip of the example records against the loss table is the
/// format contract test (<see cref="Pipeline.FormatContract"/>).
/// </summary>
public class BibframeReadingTests
{
    private static readonly WriteOptions Write = new() { Clock = new FixedClock(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero)) };

    [Theory]
    [InlineData("turtle")]
    [InlineData("ntriples")]
    [InlineData("jsonld")]
    [InlineData("rdfxml")]
    public void Every_syntax_reads_back_what_the_loss_table_says(string syntax)
    {
        var options = Write with { Formats = Write.Formats.With(new LinkedDataWriteOptions { Syntax = Enum.Parse<RdfSyntaxKind>(syntax, ignoreCase: true) }) };
        var text = LinkedDataSupport.Write("bibframe", RecordFactory.Examples(), options);

        var back = LinkedDataSupport.ReadAll("bibframe", text);

        Assert.Equal(RecordFactory.Examples().Count, back.Count);
        for (var i = 0; i < back.Count; i++) RecordAssert.Equal(BibframeLossModel.Expected(RecordFactory.Examples()[i]), back[i]);
    }

    [Fact]
    public void Marc2bibframe2_output_reads_as_the_marc_record_says()
    {
        var record = Assert.Single(LinkedDataSupport.ReadAll("bibframe", File.ReadAllText(TestEnvironment.TestData("bibframe", "marc4j-summerland.m2b.rdf"))));

        Assert.Equal("Summerland", record.Title);
        Assert.Equal(new Contributor("Chabon, Michael", [ContributorRoles.Author]), record.Contributors.Single());
        Assert.Equal(["0786808772", "0786816155"], record.Identifiers.Where(i => i.Type == IdentifierType.Isbn).Select(i => i.Value));
        Assert.Equal("1st ed", record.Edition?.TrimEnd('.'));
        Assert.Equal(2002, record.YearPublished);
        Assert.Equal("eng", Assert.Single(record.Languages));
        Assert.Contains(record.Subjects, s => s.Heading == "Baseball--Fiction" && s.Scheme == "cyac");   // 650 _1: children's subject headings
        Assert.Equal("12883376", record.CatalogNumber);
        Assert.Equal(ResourceType.Book, record.ResourceType);
    }

    [Theory]
    [InlineData("marc4j-summerland.m2b.rdf")]
    [InlineData("catmandu-marc-marc.m2b.rdf")]
    [InlineData("pymarc-utf8.m2b.rdf")]
    public void Each_marc2bibframe2_fixture_is_one_record_with_a_title(string file)
    {
        var record = Assert.Single(LinkedDataSupport.ReadAll("bibframe", File.ReadAllText(TestEnvironment.TestData("bibframe", file))));

        Assert.NotEqual("", record.Title);
    }

    [Fact]
    public void Schema_org_read_as_bibframe_and_bibframe_read_as_schema_org_stop_with_LD0006()
    {
        var schema = LinkedDataSupport.Write("turtle", RecordFactory.Examples().Take(2));
        var bibframe = LinkedDataSupport.Write("bibframe", RecordFactory.Examples().Take(2),
            Write with { Formats = Write.Formats.With(new LinkedDataWriteOptions { Syntax = RdfSyntaxKind.Turtle }) });

        var asBibframe = Assert.Single(LinkedDataSupport.Read("bibframe", schema));
        var asSchema = Assert.Single(LinkedDataSupport.Read("turtle", bibframe));

        Assert.Contains(asBibframe.Diagnostics, d => d.Code == LinkedDataDiagnosticCodes.WrongVocabulary && d.Message.StartsWith("this is schema.org data, not BIBFRAME 2", StringComparison.Ordinal));
        Assert.Contains(asSchema.Diagnostics, d => d.Code == LinkedDataDiagnosticCodes.WrongVocabulary && d.Message.Contains("(--from bibframe)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_graph_without_work_or_instance_is_rejected_with_BF0004()
    {
        var result = Assert.Single(LinkedDataSupport.Read("bibframe", "<http://example.org/r#t> <http://id.loc.gov/ontologies/bibframe/mainTitle> \"Alone\" .\n"));

        Assert.True(result.IsRejected);
        Assert.Contains(result.Diagnostics, d => d.Code == BibframeDiagnosticCodes.NoWorkOrInstance);
    }

    [Fact]
    public void Contents_labels_give_back_numbers_and_headings()
    {
        var sections = BibframeContents.Read(["Introduction -- Part One: The Young Marx: 1. Letter to his Father -- 2. On the Jewish Question -- Index. -- : Notes -- Sources"]);

        Assert.Equal(3, sections.Length);
        Assert.Equal(new ContentsSection(null, [new ContentsEntry("Introduction")]), sections[0]);
        Assert.Equal(new ContentsSection("Part One: The Young Marx", [new ContentsEntry("Letter to his Father", "1"), new ContentsEntry("On the Jewish Question", "2"), new ContentsEntry("Index")]), sections[1]);
        Assert.Equal(new ContentsSection(null, [new ContentsEntry("Notes"), new ContentsEntry("Sources")]), sections[2]);
        Assert.Empty(BibframeContents.Read([]));
    }

    [Theory]
    [InlineData("Marx, Karl 1818-1883", "Marx, Karl, 1818-1883")]
    [InlineData("Marx, Karl, 1818-1883", "Marx, Karl, 1818-1883")]
    [InlineData("Austen, Jane 1775-", "Austen, Jane, 1775-")]
    [InlineData("Homer", "Homer")]
    [InlineData("Apollo 11", "Apollo 11")]
    public void A_persons_dates_follow_a_comma_as_in_the_hub(string label, string expected) =>
        Assert.Equal(expected, PersonalNameLabel.Hub(label));
}
