using Exporter.Diagnostics;
using Exporter.Formats.CatalogText;
using Exporter.Model;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.CatalogText;

/// <summary>
/// The catalog page's <c>Statement of Responsibility</c>, <c>Language Note</c> and <c>Series Heading</c> labels
/// (docs/formats/catalog-text.md; issue 13).
/// </summary>
public class ResponsibilityLanguageNoteSeriesLabelTests
{
    private const string Nbsp = "\u00a0";

    private static string Page(params string[] labels) =>
        "Heavy drinking\nthe myth of alcoholism as a disease\n\nFingarette, Herbert\n" + string.Concat(labels.Select(l => l + "\n"))
        + "Cx Number:" + Nbsp + " CX1\n\nA blurb.\n\nSubject Headings\n\n";

    private static (CatalogRecord Record, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics) Read(string page)
    {
        var result = Assert.Single(RecordFactory.ParseText(page));
        return (result.GetCatalog(NullDiagnostics.Instance), result.Diagnostics);
    }

    [Fact]
    public void Each_label_is_read_into_the_hub_and_written_back_the_same()
    {
        var page = Page(
            "Statement of Responsibility:" + Nbsp + " Herbert Fingarette",
            "Language:" + Nbsp + " eng",
            "Translated From:" + Nbsp + " ger",
            "Language Note:" + Nbsp + " Text in English; summaries in German.",
            "Series:" + Nbsp + " Quantum books ; 12",
            "Series Heading:" + Nbsp + " Quantum books (Berkeley, Calif.)",
            "Series:" + Nbsp + " A series transcribed only",
            "Series:" + Nbsp + " Library of international relations ; 10",
            "Series Heading:" + Nbsp + " Library of international relations (Series) ; v. 10");
        var (r, diagnostics) = Read(page);
        Assert.Empty(diagnostics);
        Assert.Equal("Herbert Fingarette", r.StatementOfResponsibility);
        Assert.Equal("Text in English; summaries in German.", r.LanguageNote);
        Assert.Equal(["ger"], r.TranslatedFrom.ToArray());
        Assert.Equal(
            [
                new SeriesStatement("Quantum books", "12", "Quantum books (Berkeley, Calif.)"), new SeriesStatement("A series transcribed only"),
                new SeriesStatement("Library of international relations", "10", "Library of international relations (Series)", "v. 10"),
            ],
            r.Series.ToArray());
        Assert.Empty(r.Notes);
        var text = RecordFactory.Write(new CatalogTextFormat(), [r]);
        Assert.Contains("Series:" + Nbsp + " Quantum books ; 12\nSeries Heading:" + Nbsp + " Quantum books (Berkeley, Calif.)\n", text, StringComparison.Ordinal);
        Assert.Equal(r, Read(text).Record);
    }

    [Theory]
    [InlineData("Responsibility")]
    [InlineData("STATEMENT OF RESPONSIBILITY")]
    public void Responsibility_is_accepted_as_the_label_too(string label)
    {
        Assert.Equal("Herbert Fingarette", Read(Page(label + ":" + Nbsp + " Herbert Fingarette")).Record.StatementOfResponsibility);
    }

    [Fact]
    public void Original_language_is_an_alias_of_translated_from()
    {
        Assert.Equal(["fre"], Read(Page("Original Language:" + Nbsp + " French")).Record.TranslatedFrom.ToArray());
    }

    [Fact]
    public void A_series_heading_with_no_series_line_above_is_a_series_traced_under_its_own_title_with_a_warning()
    {
        var (r, diagnostics) = Read(Page("Series Heading:" + Nbsp + " Forever learning"));
        Assert.Equal([new SeriesStatement("Forever learning", null, "Forever learning")], r.Series.ToArray());
        var d = Assert.Single(diagnostics, d => d.Code == "TEXT0108");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("Series Heading", d.Field);
    }

    [Fact]
    public void A_page_without_them_has_none_and_writes_none()
    {
        var r = RecordFactory.ReadText(Path.Combine(TestEnvironment.Examples, "CX7118.txt")).Single();
        Assert.Null(r.StatementOfResponsibility);
        Assert.Null(r.LanguageNote);
        var text = RecordFactory.Write(new CatalogTextFormat(), [r]);
        Assert.DoesNotContain("Responsibility", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Language Note", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Series Heading", text, StringComparison.Ordinal);
    }
}
