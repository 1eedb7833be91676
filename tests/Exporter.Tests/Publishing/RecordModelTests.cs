using Exporter.Model;
using Exporter.Publishing;

namespace Exporter.Tests.Publishing;

/// <summary>The visible facts of a record page, rendered by the default template; here its rights (issue 14): a URI is a licence link, a text is text.</summary>
public class RecordModelTests
{
    private static readonly PageRenderer Default = new(SiteTemplates.Default, new SiteLayout(new Uri("https://lib.example.net/"), RecordPathTemplate.Default), "Town library");

    private static string Page(CatalogRecord record) =>
        Default.Record(new RecordPage(record, "records/R1.html", "https://lib.example.net/records/R1.html", [], "{}"));

    [Fact]
    public void Rights_are_visible_facts_a_uri_as_a_license_link()
    {
        var page = Page(new CatalogRecord { Title = "T", Identifiers = [new Identifier(IdentifierType.Local, "R1")], Rights = ["http://rightsstatements.org/vocab/InC/1.0/", "In copyright <& free>."] });
        Assert.Contains("<dt lang=\"en\">Rights</dt><dd><a href=\"http://rightsstatements.org/vocab/InC/1.0/\" rel=\"license\">http://rightsstatements.org/vocab/InC/1.0/</a></dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dt lang=\"en\">Rights</dt><dd>In copyright &lt;&amp; free&gt;.</dd>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_without_rights_shows_none()
    {
        var page = Page(new CatalogRecord { Title = "T", Identifiers = [new Identifier(IdentifierType.Local, "R1")] });
        Assert.DoesNotContain("Rights", page, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"license\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_web_address_is_a_link_without_a_link_type()
    {
        var page = Page(new CatalogRecord { Title = "T", Identifiers = [new Identifier(IdentifierType.Local, "R1"), new Identifier(IdentifierType.Url, "https://example.org/a")] });
        Assert.Contains("<dd><a href=\"https://example.org/a\">https://example.org/a</a></dd>", page, StringComparison.Ordinal);
    }
}
