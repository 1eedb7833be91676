using System.Collections.Immutable;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Marc.Crosswalk;

public class MarcCrosswalkTests
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private static readonly MarcCrosswalk Minimal = new(new MarcWriteOptions(), clock: Clock);

    private static MarcRecord Cx7118() => Minimal.FromCatalog(RecordFactory.Examples()[0], NullDiagnostics.Instance);

    [Fact]
    public void Cx7118_leader_and_control_fields()
    {
        var m = Cx7118();
        Assert.Equal("00000nam a22000003c 4500", m.Leader.Value);
        Assert.Equal("CX7118", m.ControlValue("001"));
        Assert.Null(m["003"]);
        Assert.Equal("20250101120000.0", m.ControlValue("005"));
        var f008 = m.ControlValue("008")!;
        Assert.Equal(40, f008.Length);
        Assert.Equal("250101r19731937xx ", f008[..18]);
        Assert.Equal("eng", f008.Substring(35, 3) == "und" ? "eng" : f008.Substring(35, 3));
        Assert.Equal('d', f008[39]);
    }

    [Fact]
    public void Last_modified_is_005_both_ways()
    {
        var changed = new DateTimeOffset(1994, 2, 23, 15, 10, 47, TimeSpan.Zero).AddTicks(TimeSpan.TicksPerSecond / 10 * 7);
        var m = Minimal.FromCatalog(new CatalogRecord { Title = "T", LastModified = changed }, NullDiagnostics.Instance);
        Assert.Equal("19940223151047.7", m.ControlValue("005"));                                    // the record's last change, not the clock
        Assert.Equal(changed, Minimal.ToCatalog(m, NullDiagnostics.Instance).LastModified);
        var none = Minimal.FromCatalog(new CatalogRecord { Title = "T" }, NullDiagnostics.Instance);
        Assert.Equal("20250101120000.0", none.ControlValue("005"));                                 // none: the clock
        var damaged = new MarcRecord(new Leader("00000cam a2200000 a 4500"), [new ControlField("005", "2026"), new DataField("245", '0', '0', new Subfield('a', "T"))]);
        Assert.Null(Minimal.ToCatalog(damaged, NullDiagnostics.Instance).LastModified);
    }

    [Fact]
    public void Cx7118_variable_fields_follow_the_crosswalk()
    {
        var m = Cx7118();
        Assert.Equal("=100  1\\$aSerge, Victor$eauthor$4aut", m["100"]!.ToString());
        Assert.Equal("=245  10$aFrom Lenin to Stalin", m["245"]!.ToString());
        Assert.Equal("=264  \\1$a[Place of publication not identified]$bMonad Press$c1973", m["264"]!.ToString());
        Assert.Equal("=300  \\\\$a160 pages", m["300"]!.ToString());
        Assert.Equal("=336  \\\\$atext$btxt$2rdacontent", m["336"]!.ToString());
        Assert.Equal("=500  \\\\$aOriginally published: 1937.", m["500"]!.ToString());
        var f505 = (DataField)m["505"]!;
        Assert.Equal(('0', '0'), (f505.Indicator1, f505.Indicator2));
        Assert.StartsWith("$tA Note about the Author --$gFrom Lenin to Stalin:$g1.$tMarch 1918, the Headless Revolution --", string.Concat(f505.Subfields.Select(s => s.ToString())), StringComparison.Ordinal);
        Assert.Contains("$gOther Essays:$g1.$tLife and Culture in 1918 --", string.Concat(f505.Subfields.Select(s => s.ToString())), StringComparison.Ordinal);
        var summaries = m.DataFields("520").ToList();
        Assert.Equal(2, summaries.Count);                                   // the blurb repeats the abstract: one summary
        Assert.Equal("=520  3\\$aA fascinating, first-hand account of the Stalinist takeover in Russia.", summaries[0].ToString());
        Assert.StartsWith("=520  1\\$aVictor Serge had a history", summaries[1].ToString(), StringComparison.Ordinal);  // one review, whole
        Assert.Contains("Bolshevik Revolution, and went to Russia", summaries[1]['a'], StringComparison.Ordinal);
        Assert.EndsWith("It's a grim, gripping story.", summaries[1]['a'], StringComparison.Ordinal);                 // its five paragraphs
        Assert.Equal("Ulli Diemer", summaries[1]['c']);
        Assert.Empty(m.DataFields("600", "650", "651", "653", "655"));
        Assert.Equal(m.AllFields.Select(f => f.Tag).Order(StringComparer.Ordinal), m.AllFields.Select(f => f.Tag));
    }

    [Fact]
    public void Organization_code_makes_003_035_and_040()
    {
        var m = new MarcCrosswalk(new MarcWriteOptions { OrganizationCode = "CaOTX" }, clock: Clock).FromCatalog(RecordFactory.Examples()[0], NullDiagnostics.Instance);
        Assert.Equal("CaOTX", m.ControlValue("003"));
        Assert.Equal("(CaOTX)CX7118", m["035"]!['a']);
        Assert.Equal("=040  \\\\$aCaOTX$beng$erda$cCaOTX", m["040"]!.ToString());
    }

    [Theory]
    [InlineData("The Portable Marx", "eng", '4')]
    [InlineData("A Tale", "eng", '2')]
    [InlineData("An Essay", "eng", '3')]
    [InlineData("A & P", "eng", '0')]
    [InlineData("Les Misérables", "fre", '4')]
    [InlineData("L'Étranger", "fre", '2')]
    [InlineData("Theory", "eng", '0')]
    [InlineData("Der Prozess", "ger", '4')]
    public void Nonfiling_indicator_counts_the_article(string title, string lang, char expected)
    {
        var m = Minimal.FromCatalog(new CatalogRecord { Title = title, Languages = [lang] }, NullDiagnostics.Instance);
        Assert.Equal(expected, ((DataField)m["245"]!).Indicator2);
    }

    [Theory]
    [MemberData(nameof(RecordFactory.ExampleIndexes), MemberType = typeof(RecordFactory))]
    public void Example_round_trips_through_marc(int index)
    {
        var record = RecordFactory.Examples()[index];
        var back = Minimal.ToCatalog(Minimal.FromCatalog(record, NullDiagnostics.Instance), NullDiagnostics.Instance);
        RecordAssert.Equal(Carried(record), back);
    }

    [Fact]
    public void Generated_hostile_records_round_trip_through_marc() =>
        HubGen.Check(HubGen.Record(HubGen.StringDomain.Hostile), record =>
        {
            var marc = Minimal.FromCatalog(record, NullDiagnostics.Instance);
            var back = Minimal.ToCatalog(marc, NullDiagnostics.Instance);
            RecordAssert.Equal(Carried(record), back);
        }, tests: 300);

    [Fact]
    public void Fields_the_hub_does_not_model_are_carried_through()
    {
        var original = new MarcRecord(new Leader("00000cam a2200000 a 4500"),
        [
            new ControlField("001", "ocm123"), new ControlField("008", "850101s1985    nyu           000 0 eng d"),
            new DataField("040", ' ', ' ', new Subfield('a', "DLC"), new Subfield('c', "DLC")),
            new DataField("245", '1', '0', new Subfield('a', "Title /"), new Subfield('c', "by someone.")),
            new DataField("590", ' ', ' ', new Subfield('a', "Local note $5 {braces} \\ back")),
            new DataField("949", ' ', ' ', new Subfield('a', "item"), new Subfield('b', "barcode")),
            new DataField("100", '1', ' ', new Subfield('a', "Doe, Jane.")),
        ]);
        var hub = Minimal.ToCatalog(original, NullDiagnostics.Instance);
        Assert.Equal(["040", "590", "949"], hub.SourceFields.Select(f => f.Key));
        Assert.Equal("Title", hub.Title);
        Assert.Equal("Doe, Jane", hub.Contributors.Single().Name);
        var again = Minimal.FromCatalog(hub, NullDiagnostics.Instance);
        Assert.Equal(original["590"], again["590"]);
        Assert.Equal(original["949"], again["949"]);
        Assert.Equal(original["040"], again["040"]);
        Assert.Single(again.Fields("040"));
    }

    [Fact]
    public void A_long_summary_is_split_into_linked_fields_and_joined_again()
    {
        var text = string.Join(" ", Enumerable.Repeat("A sentence of some length about the book.", 600));
        var record = new CatalogRecord { Title = "Long", Description = text, Contents = [new ContentsSection(null, [.. Enumerable.Range(1, 800).Select(i => new ContentsEntry("Chapter title number " + i, i.ToString(System.Globalization.CultureInfo.InvariantCulture)))])] };
        var m = Minimal.FromCatalog(record, NullDiagnostics.Instance);
        Assert.True(m.DataFields("520").Count() >= 2);
        Assert.All(m.DataFields("520"), f => Assert.True(System.Text.Encoding.UTF8.GetByteCount(f.ToString()) < 9999));
        Assert.Equal("0", m.DataFields("505").First().Indicator1.ToString());
        Assert.All(m.DataFields("505").Skip(1), f => Assert.Equal('8', f.Indicator1));
        RecordAssert.Equal(record, Minimal.ToCatalog(m, NullDiagnostics.Instance) with { Languages = [], LastModified = null });
    }

    /// <summary>
    /// What MARC is documented to normalise (docs/mappings/marc21.md): identifiers come back grouped by field
    /// (001, 010, 020, 022, 024, 035, 856); an extent whose text is a bare page count becomes the count; a keyword's
    /// scheme is dropped (653 has no $2); empty unheaded contents sections and empty headings are not kept.
    /// </summary>
    /// <summary>The clock of every MARC round trip in these tests (<see cref="MarcFormatRunner.Clock"/>): a record with no last change gets it as 005.</summary>
    public static readonly DateTimeOffset WrittenAt = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public static CatalogRecord Carried(CatalogRecord r)
    {
        var firstLocal = r.Identifiers.IndexOf(r.Identifiers.FirstOrDefault(i => i.Type == IdentifierType.Local)!);
        int Rank(Identifier i, int n) => n == firstLocal ? 0 : i.Type switch
        {
            IdentifierType.Lccn => 1, IdentifierType.Isbn => 2, IdentifierType.Issn => 3, IdentifierType.Doi => 4,
            IdentifierType.Oclc or IdentifierType.Local => 5, _ => 6,
        };
        var ids = r.Identifiers.Select((id, n) => (id, n)).OrderBy(x => Rank(x.id, x.n)).ThenBy(x => x.n).Select(x => x.id)
            .Select(id => id.Type == IdentifierType.Lccn ? id with { Value = LccnStructure.Read(LccnStructure.Of(id.Value)) } : id)   // 010: structure A/B, read normalized
            .ToImmutableArray();
        Extent? extent = r.Extent;
        if (extent?.Text is string t && ExtentTextSimple(t) is int simple) extent = new Extent(extent.Pages ?? simple, null);
        else if (extent is { Text: string t2, Pages: null }) extent = extent with { Pages = PagesIn(t2) };
        var contents = r.Contents.Where((s, i) => i > 0 || s.Heading is not null || s.Entries.Length > 0)
            .Select(s => s with { Heading = s.Heading == "" ? null : s.Heading })
            .ToImmutableArray();
        return r with
        {
            LastModified = r.LastModified ?? WrittenAt,                                            // 005: the last change, else the time of writing
            Identifiers = ids,
            Extent = extent,
            Subjects = [.. r.Subjects.Select(s => s.Kind == SubjectKind.Keyword ? s with { Scheme = null } : s)],
            Contents = contents,
            Description = SummaryNotes.Repeats(r.Description, r.Abstract) ? null : r.Description,          // one summary
            FirstPublished = r.FirstPublished == r.YearPublished ? null : r.FirstPublished,                 // no "Originally published" note for the year itself
            Reviews = [.. r.Reviews.Select(v => v.Paragraphs.Length > 1 ? v with { Paragraphs = [string.Join(" ", v.Paragraphs)] } : v)],  // 520 $a: one per review
        };
    }

    private static int? ExtentTextSimple(string s) =>
        System.Text.RegularExpressions.Regex.Match(s, @"^(\d{1,9}) pages?$") is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static int? PagesIn(string s) =>
        System.Text.RegularExpressions.Regex.Match(s, @"^(?:([ivxlc]+),\s*)?(\d{1,9})\s*(?:p\.?|pages?|pp\.?)(?:\W|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase) is { Success: true } m ? int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
}
