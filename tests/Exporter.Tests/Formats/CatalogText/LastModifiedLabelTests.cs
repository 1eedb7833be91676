using Exporter.Diagnostics;
using Exporter.Formats.CatalogText;
using Exporter.Model;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.CatalogText;

/// <summary>The catalog page's <c>Last Modified</c> label (docs/formats/catalog-text.md; issue 14: OAI datestamps).</summary>
public class LastModifiedLabelTests
{
    private const string Nbsp = "\u00a0";

    private static string Page(string lastModified) =>
        "A Title\n\nDoe, Jane\nPublisher:" + Nbsp + " Monad Press\nCx Number:" + Nbsp + " CX1\nLast Modified:" + Nbsp + " " + lastModified + "\n\nA blurb.\n\nSubject Headings\n\n";

    [Theory]
    [InlineData("2024-03-01", "2024-03-01")]
    [InlineData("2024-03-01T12:30:05Z", "2024-03-01T12:30:05Z")]
    [InlineData("2024-03-01T14:30:05+02:00", "2024-03-01T12:30:05Z")]
    public void Is_read_and_written_back(string written, string canonical)
    {
        var result = Assert.Single(RecordFactory.ParseText(Page(written)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TEXT0107");
        var r = result.GetCatalog(NullDiagnostics.Instance);
        Assert.Equal(canonical, Exporter.Formats.Common.Text.LastModifiedText.Format(r.LastModified!.Value));
        var text = RecordFactory.Write(new CatalogTextFormat(), [r]);
        Assert.Contains("Last Modified:" + Nbsp + " " + canonical + "\n", text, StringComparison.Ordinal);
        Assert.Equal(r, RecordFactory.ParseText(text).Single().GetCatalog(NullDiagnostics.Instance));
    }

    [Fact]
    public void A_value_that_is_no_date_is_a_warning_and_left_out()
    {
        var result = Assert.Single(RecordFactory.ParseText(Page("last Tuesday")));
        var d = Assert.Single(result.Diagnostics, d => d.Code == "TEXT0107");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("Last Modified", d.Field);
        Assert.Null(result.GetCatalog(NullDiagnostics.Instance).LastModified);
        Assert.False(result.IsRejected);
    }

    [Fact]
    public void A_page_without_it_has_none_and_writes_none()
    {
        var r = RecordFactory.ReadText(Path.Combine(TestEnvironment.Examples, "CX7118.txt")).Single();
        Assert.Null(r.LastModified);
        Assert.DoesNotContain("Last Modified", RecordFactory.Write(new CatalogTextFormat(), [r]), StringComparison.Ordinal);
    }
}
