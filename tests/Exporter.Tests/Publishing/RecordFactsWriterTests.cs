using System.Text;
using Exporter.Model;
using Exporter.Publishing;

namespace Exporter.Tests.Publishing;

/// <summary>The visible facts of a record page; here its rights (issue 14): a URI is a licence link, a text is text.</summary>
public class RecordFactsWriterTests
{
    [Fact]
    public void Rights_are_visible_facts_a_uri_as_a_license_link()
    {
        var html = new HtmlWriter(new StringBuilder());
        RecordFactsWriter.Write(html, new CatalogRecord { Title = "T", Rights = ["http://rightsstatements.org/vocab/InC/1.0/", "In copyright <& free>."] });
        var page = html.Output.ToString();
        Assert.Contains("<dt lang=\"en\">Rights</dt><dd><a href=\"http://rightsstatements.org/vocab/InC/1.0/\" rel=\"license\">http://rightsstatements.org/vocab/InC/1.0/</a></dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dt lang=\"en\">Rights</dt><dd>In copyright &lt;&amp; free&gt;.</dd>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_without_rights_shows_none()
    {
        var html = new HtmlWriter(new StringBuilder());
        RecordFactsWriter.Write(html, new CatalogRecord { Title = "T" });
        Assert.DoesNotContain("Rights", html.Output.ToString(), StringComparison.Ordinal);
    }
}
