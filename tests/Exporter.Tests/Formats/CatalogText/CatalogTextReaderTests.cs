using Exporter.Diagnostics;
using Exporter.Model;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.CatalogText;

public class CatalogTextReaderTests
{
    private const string Nbsp = "\u00a0";

    private static string Cx7118Path => Path.Combine(TestEnvironment.Examples, "CX7118.txt");

    [Fact]
    public void Cx7118_every_fact_lands_in_its_field()
    {
        var results = RecordFactory.ParseText(File.ReadAllText(Cx7118Path));
        var result = Assert.Single(results);
        var r = result.GetCatalog(NullDiagnostics.Instance);

        Assert.Equal("From Lenin to Stalin", r.Title);
        Assert.Null(r.Subtitle);
        var author = Assert.Single(r.Contributors.ToArray());
        Assert.Equal("Serge, Victor", author.Name);
        Assert.Equal([ContributorRoles.Author], author.Roles.ToArray());
        Assert.Equal(AgentKind.Person, author.Kind);
        Assert.Equal("Monad Press", r.Publisher);
        Assert.Equal(1973, r.YearPublished);
        Assert.Equal(1937, r.FirstPublished);
        Assert.Equal(new Extent(160), r.Extent);
        Assert.Equal(ResourceType.Book, r.ResourceType);
        Assert.Equal("CX7118", r.CatalogNumber);
        Assert.Equal("A fascinating, first-hand account of the Stalinist takeover in Russia.", r.Description);
        Assert.Equal("A fascinating, first-hand account of the Stalinist takeover in Russia.", r.Abstract);
        var review = Assert.Single(r.Reviews);
        Assert.Equal("Ulli Diemer", review.Reviewer);
        Assert.Equal(5, review.Paragraphs.Length);
        Assert.StartsWith("Victor Serge had a history", review.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("It's a grim, gripping story.", review.Paragraphs[4]);
        Assert.Empty(r.Subjects.ToArray());
        Assert.Empty(r.Notes);
    }

    [Fact]
    public void Cx7118_contents_front_matter_then_two_numbered_sections()
    {
        var r = RecordFactory.ReadText(Cx7118Path).Single();
        Assert.Equal(3, r.Contents.Length);
        var front = r.Contents[0];
        Assert.Null(front.Heading);
        Assert.Equal([new ContentsEntry("A Note about the Author")], front.Entries.ToArray());
        Assert.Equal("From Lenin to Stalin", r.Contents[1].Heading);
        Assert.Equal(27, r.Contents[1].Entries.Length);
        Assert.Equal(new ContentsEntry("March 1918, the Headless Revolution", "1"), r.Contents[1].Entries[0]);
        Assert.Equal(new ContentsEntry("The Truth in the Service of Socialism", "27"), r.Contents[1].Entries[26]);
        Assert.Equal("Other Essays", r.Contents[2].Heading);
        Assert.Equal(6, r.Contents[2].Entries.Length);
        Assert.Equal(new ContentsEntry("Life and Culture in 1918", "1"), r.Contents[2].Entries[0]);
        Assert.Equal(33, r.Contents.Sum(s => s.Entries.Count(e => e.Number is not null)));
    }

    [Fact]
    public void Cx7118_template_line_is_dropped_with_a_diagnostic()
    {
        var result = RecordFactory.ParseText(File.ReadAllText(Cx7118Path)).Single();
        var d = Assert.Single(result.Diagnostics, x => x.Code == "TEXT0101");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(69, d.Line);
        var r = result.GetCatalog(NullDiagnostics.Instance);
        Assert.DoesNotContain(r.Notes, n => n.Contains("Insert", StringComparison.Ordinal));
    }

    [Fact]
    public void Windows_line_endings_and_bom_read_the_same()
    {
        var text = File.ReadAllText(Cx7118Path);
        var crlf = "\uFEFF" + text.Replace("\n", "\r\n", StringComparison.Ordinal);
        var a = RecordFactory.ParseText(text).Single().GetCatalog(NullDiagnostics.Instance);
        var b = RecordFactory.ParseText(crlf).Single().GetCatalog(NullDiagnostics.Instance);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Several_records_are_separated_by_form_feed_lines_and_template_lines()
    {
        var one = "First\n\nResource Type:" + Nbsp + " Book\nCx Number:" + Nbsp + " A1\n";
        var two = "Second\n\nResource Type:" + Nbsp + " Pamphlet\n\nInsert T_Foo.html here\n";
        var three = "Third\n\nResource Type:" + Nbsp + " Video\n";
        var results = RecordFactory.ParseText(one + "\f\n" + two + three);
        Assert.Equal(["First", "Second", "Third"], results.Select(r => r.GetCatalog(NullDiagnostics.Instance).Title));
        Assert.Equal([0L, 1L, 2L], results.Select(r => r.Index));
        Assert.Equal(1, results[0].Source.Line);
        Assert.Equal(6, results[1].Source.Line);
    }

    [Fact]
    public void Several_contributors_with_roles_and_kinds()
    {
        var text = "T\n\nDoe, Jane\nRoe, Rick (editor; translator)\nACME Corp (organization; publisher)\nThe Smiths (family)\nResource Type:" + Nbsp + " Book\n";
        var r = RecordFactory.ParseText(text).Single().GetCatalog(NullDiagnostics.Instance);
        Assert.Equal(
            [
                Contributor.Person("Doe, Jane"),
                new Contributor("Roe, Rick", ["editor", "translator"]),
                new Contributor("ACME Corp", ["publisher"], AgentKind.Organization),
                new Contributor("The Smiths", [], AgentKind.Family),
            ],
            r.Contributors.ToArray());
    }

    [Fact]
    public void Labels_for_identifiers_languages_series_and_extent()
    {
        var text = string.Join("\n", "T", "", "ISBN:" + Nbsp + " 978-0-262-51087-5 (pbk.)", "ISSN:" + Nbsp + " 0822-6377", "Language:" + Nbsp + " English; fre",
            "Series:" + Nbsp + " Studies in Things ; 12", "Pages:" + Nbsp + " xii, 160 p. : ill.", "Edition:" + Nbsp + " 2nd ed.", "Place Published:" + Nbsp + " Toronto");
        var r = RecordFactory.ParseText(text).Single().GetCatalog(NullDiagnostics.Instance);
        Assert.Equal([new Identifier(IdentifierType.Isbn, "9780262510875", "pbk."), new Identifier(IdentifierType.Issn, "0822-6377")], r.Identifiers.ToArray());
        Assert.Equal(["eng", "fre"], r.Languages.ToArray());
        Assert.Equal([new SeriesStatement("Studies in Things", "12")], r.Series.ToArray());
        Assert.Equal(new Extent(160, "xii, 160 p. : ill."), r.Extent);
        Assert.Equal("2nd ed.", r.Edition);
        Assert.Equal("Toronto", r.Place);
    }

    [Theory]
    [InlineData("Preface\n1. One\n2. Two", null, "Preface")]
    [InlineData("Part One\n1. One\n\nPart Two\n1. Uno", "Part One", null)]
    [InlineData("§ Part One\n1. One", "Part One", null)]
    [InlineData("\\Part One\n1. One\n\nPart Two\n1. Uno", null, "Part One")]
    public void Contents_headings_versus_front_matter(string contents, string? firstHeading, string? firstUnnumbered)
    {
        var text = "Book\n\nResource Type:" + Nbsp + " Book\n\nTable of Contents\n\n" + contents + "\n\nSubject Headings\n";
        var r = RecordFactory.ParseText(text).Single().GetCatalog(NullDiagnostics.Instance);
        Assert.Equal(firstHeading, r.Contents[0].Heading);
        Assert.Equal(firstUnnumbered, r.Contents[0].Entries.FirstOrDefault(e => e.Number is null)?.Title);
    }

    [Fact]
    public void Subjects_with_scheme_and_kind()
    {
        var text = "Book\n\nResource Type:" + Nbsp + " Book\n\nSubject Headings\n\nSoviet Union--History--1925-1953 [lcsh; geographic]\nStalin [lcsh; person]\nfreedom\n";
        var r = RecordFactory.ParseText(text).Single().GetCatalog(NullDiagnostics.Instance);
        Assert.Equal(
            [new Subject("Soviet Union--History--1925-1953", "lcsh", SubjectKind.Geographic), new Subject("Stalin", "lcsh", SubjectKind.Person), new Subject("freedom")],
            r.Subjects.ToArray());
    }

    [Fact]
    public void Subject_schemes_with_a_suffix_as_in_marc_2()
    {
        // folio-srm/CornellFOLIOExemplars_Bibs.mrc (600 17 $a Ball, Charles B $2 fast/NIC/NAC), traject (650 7 $2 kauno/fin)
        var text = "Book\n\nResource Type:" + Nbsp + " Book\n\nSubject Headings\n\nBall, Charles B [fast/NIC/NAC; person]\nseikkailu [kauno/fin]\n";
        var r = RecordFactory.ParseText(text).Single().GetCatalog(NullDiagnostics.Instance);
        Assert.Equal([new Subject("Ball, Charles B", "fast/NIC/NAC", SubjectKind.Person), new Subject("seikkailu", "kauno/fin")], r.Subjects.ToArray());
    }

    [Theory]
    [InlineData("c2002", 2002, "c2002")]
    [InlineData("[1999?]", 1999, "[1999?]")]
    [InlineData("1925-", 1925, "1925-")]
    [InlineData("[199-?]", null, "[199-?]")]
    [InlineData("1973", 1973, null)]
    public void Year_published_keeps_the_date_as_stated(string value, int? year, string? stated)
    {
        var bag = new DiagnosticBag();
        var r = RecordFactory.ParseText("Book\n\nYear Published:" + Nbsp + " " + value + "\n").Single().GetCatalog(bag);
        Assert.Equal(year, r.YearPublished);
        Assert.Equal(stated, r.DateOfPublication);
        Assert.DoesNotContain(bag.Items, d => d.Code == "TEXT0104");
    }

    [Fact]
    public void Translated_from_names_the_original_languages()
    {
        var r = RecordFactory.ParseText("Book\n\nLanguage:" + Nbsp + " Polish\nTranslated From:" + Nbsp + " English\n").Single().GetCatalog(NullDiagnostics.Instance);
        Assert.Equal(["pol"], r.Languages.ToArray());
        Assert.Equal(["eng"], r.TranslatedFrom.ToArray());
    }

    [Fact]
    public void A_record_without_a_title_is_rejected_with_its_line()
    {
        var text = "Good\n\nResource Type:" + Nbsp + " Book\n\f\nPublisher:" + Nbsp + " Nobody\n";
        var results = RecordFactory.ParseText(text);
        Assert.False(results[0].IsRejected);
        Assert.True(results[1].IsRejected);
        var d = Assert.Single(results[1].Diagnostics, x => x.Severity == Severity.Error);
        Assert.Equal("TEXT0004", d.Code);
        Assert.Equal(5, d.Line);
        Assert.Equal(1, d.RecordIndex);
        Assert.Equal("Publisher:" + Nbsp + " Nobody\n", System.Text.Encoding.UTF8.GetString(results[1].Source.Raw.Span));
    }

    [Fact]
    public void Invalid_utf8_is_rejected_with_its_byte_offset()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("Title\n\nPublisher:" + Nbsp + " X\n").Concat(new byte[] { 0xC3, 0x28, 0x0A }).ToArray();
        using var reader = new Exporter.Formats.CatalogText.CatalogTextReader(new MemoryStream(bytes), new Exporter.Pipeline.ReadOptions());
        var result = Exporter.Pipeline.CatalogReaderExtensions.ReadResults(reader).Single();
        Assert.True(result.IsRejected);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("TEXT0002", d.Code);
        Assert.Equal(bytes.Length - 3, d.ByteOffset);
    }

    [Fact]
    public void Year_with_extra_text_is_kept_as_stated_and_a_non_year_is_an_error()
    {
        var stated = RecordFactory.ParseText("T\n\nYear Published:" + Nbsp + " c1973\n").Single();
        Assert.Equal((1973, "c1973"), (stated.GetCatalog(NullDiagnostics.Instance).YearPublished!.Value, stated.GetCatalog(NullDiagnostics.Instance).DateOfPublication));
        Assert.DoesNotContain(stated.Diagnostics, d => d.Code == "TEXT0104");
        var warn = RecordFactory.ParseText("T\n\nFirst Published:" + Nbsp + " c1937\n").Single();
        Assert.Contains(warn.Diagnostics, d => d.Code == "TEXT0104" && d.Severity == Severity.Warning && d.Line == 3);
        var bad = RecordFactory.ParseText("T\n\nYear Published:" + Nbsp + " unknown\n").Single();
        Assert.Contains(bad.Diagnostics, d => d.Code == "TEXT0104" && d.Severity == Severity.Error);
    }

    [Fact]
    public void Unknown_label_is_kept_as_a_note_with_a_warning()
    {
        var result = RecordFactory.ParseText("T\n\nBinding:" + Nbsp + " cloth\n").Single();
        Assert.Equal(["Binding: cloth"], result.GetCatalog(NullDiagnostics.Instance).Notes.ToArray());
        Assert.Contains(result.Diagnostics, d => d.Code == "TEXT0103");
    }
}
