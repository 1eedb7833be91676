using Exporter.Diagnostics;
using Exporter.Formats.CatalogText;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.CatalogText;

/// <summary>The catalog page's <c>Rights</c> label (docs/formats/catalog-text.md; issue 14: rights in the hub).</summary>
public class RightsLabelTests
{
    private const string Nbsp = "\u00a0";

    private static string Page(params string[] rights) =>
        "A Title\n\nDoe, Jane\nPublisher:" + Nbsp + " Monad Press\nCx Number:" + Nbsp + " CX1\n"
        + string.Concat(rights.Select(r => "Rights:" + Nbsp + " " + r + "\n")) + "\nA blurb.\n\nSubject Headings\n\n";

    [Fact]
    public void Each_label_is_one_statement_in_order_and_is_written_back()
    {
        var result = Assert.Single(RecordFactory.ParseText(Page("http://rightsstatements.org/vocab/InC/1.0/", "In copyright.  ")));
        Assert.Empty(result.Diagnostics);
        var r = result.GetCatalog(NullDiagnostics.Instance);
        Assert.Equal(["http://rightsstatements.org/vocab/InC/1.0/", "In copyright."], r.Rights.ToArray());
        Assert.Empty(r.Notes);
        var text = RecordFactory.Write(new CatalogTextFormat(), [r]);
        Assert.Contains("Rights:" + Nbsp + " http://rightsstatements.org/vocab/InC/1.0/\nRights:" + Nbsp + " In copyright.\n", text, StringComparison.Ordinal);
        Assert.Equal(r, RecordFactory.ParseText(text).Single().GetCatalog(NullDiagnostics.Instance));
    }

    [Fact]
    public void A_page_without_it_states_none()
    {
        var r = RecordFactory.ReadText(Path.Combine(TestEnvironment.Examples, "CX7118.txt")).Single();
        Assert.Empty(r.Rights);
        Assert.DoesNotContain("Rights", RecordFactory.Write(new CatalogTextFormat(), [r]), StringComparison.Ordinal);
    }
}
