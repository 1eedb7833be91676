using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Tests.Formats.Marc.Crosswalk;

/// <summary>
/// Hub statement of responsibility (245 $c), language note (546 $a) and traced series (490 1# + 830 #0) against
/// MARC 21 (docs/mappings/marc21.md; issue 13). The MARC side is Cornell's record 10059966
/// (tests/data/corpus/marc/folio-srm/CornellFOLIOExemplars_Bibs.mrc), without its 880 links.
/// </summary>
public class MarcSeriesAndResponsibilityTests
{
    private const string Responsibility = "sampādaka, Ḍô. Kiśanārāma Biśnoī, Ḍô. Madhulikā Suhāga, Indubālā Suhāga";

    private static readonly MarcCrosswalk Minimal = new(new MarcWriteOptions(), clock: new FixedClock(MarcCrosswalkTests.WrittenAt));
    private static readonly MarcCrosswalk Isbd = new(new MarcWriteOptions { Punctuation = MarcPunctuation.Isbd }, clock: new FixedClock(MarcCrosswalkTests.WrittenAt));

    // Cornell 10059966 as LC catalogued it (ISBD, leader/18 i).
    private static MarcRecord Cornell10059966() => new(new Leader("00000cam a2200000 i 4500"),
    [
        new DataField("245", '0', '0', new Subfield('a', "Bhāratīya dharma-saṃskr̥ti aura paryāvaraṇa /"), new Subfield('c', Responsibility + ".")),
        new DataField("490", '1', ' ', new Subfield('a', "Forever learning")),
        new DataField("546", ' ', ' ', new Subfield('a', "In Hindi; includes passages in Sanskrit.")),
        new DataField("830", ' ', '0', new Subfield('a', "Forever learning.")),
    ]);

    private static string Text(DataField f) => $"{f.Tag} {f.Indicator1}{f.Indicator2} " + string.Concat(f.Subfields.Select(s => s.ToString()));

    [Fact]
    public void A_real_record_reads_its_statement_of_responsibility_language_note_and_traced_series()
    {
        var hub = Minimal.ToCatalog(Cornell10059966(), NullDiagnostics.Instance);
        Assert.Equal("Bhāratīya dharma-saṃskr̥ti aura paryāvaraṇa", hub.Title);
        Assert.Equal(Responsibility, hub.StatementOfResponsibility);
        Assert.Equal("In Hindi; includes passages in Sanskrit", hub.LanguageNote);
        Assert.Equal([new SeriesStatement("Forever learning", null, "Forever learning")], hub.Series.ToArray());
        Assert.DoesNotContain(hub.SourceFields, f => f.Key is "546" or "830");
    }

    [Fact]
    public void Isbd_output_gives_the_slash_before_c_a_period_after_it_and_traces_the_series_in_830()
    {
        var hub = Minimal.ToCatalog(Cornell10059966(), NullDiagnostics.Instance);
        var m = Isbd.FromCatalog(hub, NullDiagnostics.Instance);
        Assert.Equal("245 00 $aBhāratīya dharma-saṃskr̥ti aura paryāvaraṇa /$c" + Responsibility + ".", Text(m.DataFields("245").Single()));
        Assert.Equal("490 1  $aForever learning", Text(m.DataFields("490").Single()));
        Assert.Equal("830  0 $aForever learning.", Text(m.DataFields("830").Single()));
        Assert.Equal("546    $aIn Hindi; includes passages in Sanskrit.", Text(m.DataFields("546").Single()));
        var back = Isbd.ToCatalog(m, NullDiagnostics.Instance);
        Assert.Equal((hub.StatementOfResponsibility, hub.LanguageNote), (back.StatementOfResponsibility, back.LanguageNote));
        Assert.Equal(hub.Series.ToArray(), back.Series.ToArray());
    }

    [Fact]
    public void With_a_subtitle_the_slash_follows_b_and_a_numbered_series_carries_its_number_in_490_and_830()
    {
        var r = new CatalogRecord
        {
            Title = "Heavy drinking", Subtitle = "the myth of alcoholism as a disease", StatementOfResponsibility = "Herbert Fingarette",
            Series = [new SeriesStatement("Quantum books", "12", "Quantum books (Berkeley, Calif.)"), new SeriesStatement("A transcribed series", "v. 3")],
        };
        var m = Isbd.FromCatalog(r, NullDiagnostics.Instance);
        Assert.Equal("245 00 $aHeavy drinking :$bthe myth of alcoholism as a disease /$cHerbert Fingarette.", Text(m.DataFields("245").Single()));
        Assert.Equal(["490 1  $aQuantum books ;$v12", "490 0  $aA transcribed series ;$vv. 3"], m.DataFields("490").Select(Text));
        Assert.Equal("830  0 $aQuantum books (Berkeley, Calif.) ;$v12.", Text(m.DataFields("830").Single()));
        Assert.Equal(MarcCrosswalkTests.Carried(r), Isbd.ToCatalog(m, NullDiagnostics.Instance));
        var minimal = Minimal.FromCatalog(r, NullDiagnostics.Instance);
        Assert.Equal("830  0 $aQuantum books (Berkeley, Calif.)$v12", Text(minimal.DataFields("830").Single()));
        Assert.Equal(MarcCrosswalkTests.Carried(r), Minimal.ToCatalog(minimal, NullDiagnostics.Instance));
    }

    [Fact]
    public void A_series_traced_elsewhere_than_in_a_matching_830_is_read_as_transcribed_and_its_8XX_kept()
    {
        // 490 1# traced by an 800 (a personal name series): the hub cannot hold that heading.
        var m = new MarcRecord(new Leader("00000cam a2200000 i 4500"),
        [
            new DataField("245", '1', '0', new Subfield('a', "T.")),
            new DataField("490", '1', ' ', new Subfield('a', "Works of Shakespeare ;"), new Subfield('v', "3")),
            new DataField("800", '1', ' ', new Subfield('a', "Shakespeare, William,"), new Subfield('t', "Works ;"), new Subfield('v', "3.")),
        ]);
        var hub = Minimal.ToCatalog(m, NullDiagnostics.Instance);
        Assert.Equal([new SeriesStatement("Works of Shakespeare", "3")], hub.Series.ToArray());
        Assert.Contains(hub.SourceFields, f => f.Key == "800");
    }

    [Fact]
    public void Equal_traced_statements_each_take_their_own_830_in_order()
    {
        // found by HubGen: two 490 1# that are the same field (a series statement transcribed the same way twice,
        // traced under two headings) were both paired with the first 830
        var m = new MarcRecord(new Leader("00000cam a2200000 i 4500"),
        [
            new DataField("245", '1', '0', new Subfield('a', "T.")),
            new DataField("490", '1', ' ', new Subfield('a', "Papers")),
            new DataField("490", '1', ' ', new Subfield('a', "Papers")),
            new DataField("830", ' ', '0', new Subfield('a', "Papers (Society A)"), new Subfield('v', "v. 3")),
            new DataField("830", ' ', '0', new Subfield('a', "Papers (Society B)")),
        ]);
        var hub = Minimal.ToCatalog(m, NullDiagnostics.Instance);
        Assert.Equal([new SeriesStatement("Papers", null, "Papers (Society A)", "v. 3"), new SeriesStatement("Papers", null, "Papers (Society B)")], hub.Series.ToArray());
        Assert.DoesNotContain(hub.SourceFields, f => f.Key == "830");
    }

    [Fact]
    public void A_546_with_more_than_a_stays_a_source_field()
    {
        var m = new MarcRecord(new Leader("00000cam a2200000 i 4500"),
        [
            new DataField("245", '0', '0', new Subfield('a', "T.")),
            new DataField("546", ' ', ' ', new Subfield('a', "Serbian"), new Subfield('b', "Cyrillic alphabet.")),
        ]);
        var hub = Minimal.ToCatalog(m, NullDiagnostics.Instance);
        Assert.Null(hub.LanguageNote);
        Assert.Contains(hub.SourceFields, f => f.Key == "546");
    }

    [Fact]
    public void Record_1665456_an_830_numbering_otherwise_keeps_its_number_as_the_heading_number()
    {
        // marc-perl/record_title_proper.usmarc#5 (001 1665456).
        var m = new MarcRecord(new Leader("00000cam a2200000 a 4500"),
        [
            new DataField("245", '0', '0', new Subfield('a', "T.")),
            new DataField("490", '1', ' ', new Subfield('a', "Library of international relations ;"), new Subfield('v', "10")),
            new DataField("830", ' ', '0', new Subfield('a', "Library of international relations (Series) ;"), new Subfield('v', "v. 10.")),
        ]);
        var hub = Isbd.ToCatalog(m, NullDiagnostics.Instance);
        Assert.Equal([new SeriesStatement("Library of international relations", "10", "Library of international relations (Series)", "v. 10")], hub.Series.ToArray());
        var again = Isbd.FromCatalog(hub, NullDiagnostics.Instance);
        Assert.Equal("490 1  $aLibrary of international relations ;$v10", Text(again.DataFields("490").Single()));
        Assert.Equal("830  0 $aLibrary of international relations (Series) ;$vv. 10.", Text(again.DataFields("830").Single()));
    }

    [Fact]
    public void An_830_without_the_number_its_490_has_is_not_paired()
    {
        var m = new MarcRecord(new Leader("00000cam a2200000 i 4500"),
        [
            new DataField("245", '0', '0', new Subfield('a', "T.")),
            new DataField("490", '1', ' ', new Subfield('a', "Reclam-Bibliothek ;"), new Subfield('v', "Bd. 1729")),
            new DataField("830", ' ', '0', new Subfield('a', "Reclam-Bibliothek.")),
        ]);
        var hub = Minimal.ToCatalog(m, NullDiagnostics.Instance);
        Assert.Null(Assert.Single(hub.Series).Heading);
        Assert.Contains(hub.SourceFields, f => f.Key == "830");
    }
}
