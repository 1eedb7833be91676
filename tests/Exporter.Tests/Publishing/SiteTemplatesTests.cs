using Exporter.Diagnostics;
using Exporter.Model;
using Exporter.Publishing;
using Exporter.Tests.Support;

namespace Exporter.Tests.Publishing;

public class SiteTemplatesTests
{
    private static readonly PageRenderer Default = new(SiteTemplates.Default, new SiteLayout(new Uri("https://lib.example.net/"), RecordPathTemplate.Default), "Town library");

    [Fact]
    public void The_default_templates_are_embedded_and_parse()
    {
        var templates = SiteTemplates.Open(null);
        Assert.Same(SiteTemplates.Default, templates);
        var index = IndexPageWriter.Write(Default, 1, []);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n", index, StringComparison.Ordinal);
        Assert.Contains("<title>Town library</title>", index, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://lib.example.net/index.html\">", index, StringComparison.Ordinal);
        Assert.Contains("<p>1 record.</p>", index, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", index, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_gives_its_own_templates_and_keeps_the_default_for_a_file_it_lacks()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File(SiteTemplates.IndexFile), "<h1>{{ site.title | upcase }}</h1>{{ record_count }} {% for l in browse_lists %}[{{ l.name }}:{{ l.pages.size }}:{{ l.pages[0].href }}]{% endfor %} {{ page.canonical_url }}");
        var own = new PageRenderer(SiteTemplates.Open(dir.Path), Default.Layout, "Town <library>");
        var lists = new List<(BrowseList, List<BrowsePageSummary>)> { (BrowseList.Titles, [new BrowsePageSummary("browse/title-1.html", "A", "B")]) };

        Assert.Equal("<h1>TOWN &lt;LIBRARY&gt;</h1>12 [title:1:browse/title-1.html] https://lib.example.net/index.html", IndexPageWriter.Write(own, 12, lists));
        var record = own.Record(new RecordPage(new CatalogRecord { Title = "Ulysses", Identifiers = [new Identifier(IdentifierType.Local, "U1")] }, "records/U1.html", "https://lib.example.net/records/U1.html", [], "{}"));
        Assert.Contains("<h1>Ulysses</h1>\n<dl>\n<dt lang=\"en\">Type</dt>", record, StringComparison.Ordinal);
        using var pages = new TempDir();
        BrowsePagesWriter.Write(pages.Path, own, BrowseList.Titles, [], 0, 10, _ => { });
        Assert.Contains("<h1>Titles A-Z</h1>", File.ReadAllText(Path.Combine(pages.Path, "browse", "title-1.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{% for r in records %}\n<p>{{ r }}</p>\n", 3, "'{% endfor %}' was expected")]
    [InlineData("<p>\n{{ record.title | }}</p>", 2, "An identifier was expected after the '|' sign")]
    public void A_template_that_does_not_parse_is_refused_with_its_file_line_and_column(string text, int line, string message)
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File(SiteTemplates.RecordFile), text);
        var ex = Assert.Throws<ExporterException>(() => SiteTemplates.Open(dir.Path));
        Assert.Equal(SiteTemplates.TemplateError, ex.Diagnostic.Code);
        Assert.Equal(line, ex.Diagnostic.Line);
        Assert.NotNull(ex.Diagnostic.Column);
        Assert.Equal(dir.File(SiteTemplates.RecordFile), ex.Diagnostic.Source);
        Assert.StartsWith("--template: " + message, ex.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_is_missing_or_holds_no_template_is_refused()
    {
        using var dir = new TempDir();
        var missing = Assert.Throws<ExporterException>(() => SiteTemplates.Open(dir.File("nope")));
        Assert.Equal(SiteTemplates.TemplateError, missing.Diagnostic.Code);
        Assert.Contains("no such folder", missing.Diagnostic.Message, StringComparison.Ordinal);
        File.WriteAllText(dir.File("record.html"), "x");
        var empty = Assert.Throws<ExporterException>(() => SiteTemplates.Open(dir.Path));
        Assert.Contains("has none of record.liquid, index.liquid, browse.liquid", empty.Diagnostic.Message, StringComparison.Ordinal);
    }
}
