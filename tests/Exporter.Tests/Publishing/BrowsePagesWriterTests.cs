using Exporter.Publishing;
using Exporter.Tests.Support;

namespace Exporter.Tests.Publishing;

public class BrowsePagesWriterTests
{
    private static readonly PageRenderer Pages = new(SiteTemplates.Default, new SiteLayout(new Uri("https://lib.example.net/"), RecordPathTemplate.Default), "Library catalog");

    [Fact]
    public void Entries_are_cut_into_pages_linked_in_sequence()
    {
        using var dir = new TempDir();
        var entries = Enumerable.Range(0, 7).Select(i => new BrowseEntry($"k{i}", $"Title {i}", "Someone", $"records/R{i}.html")).ToList();
        var written = new List<string>();
        var pages = BrowsePagesWriter.Write(dir.Path, Pages, BrowseList.Titles, entries, entries.Count, 3, written.Add);

        Assert.Equal(["browse/title-1.html", "browse/title-2.html", "browse/title-3.html"], written);
        Assert.Equal(written, pages.Select(p => p.Path));
        Assert.Equal(("Title 3", "Title 5"), (pages[1].First, pages[1].Last));
        var second = File.ReadAllText(Path.Combine(dir.Path, "browse", "title-2.html"));
        Assert.Contains("<h1>Titles A-Z, page 2 of 3</h1>", second, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../records/R3.html\">Title 3</a> \u2014 Someone", second, StringComparison.Ordinal);
        Assert.DoesNotContain("R2.html", second, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"prev\" href=\"title-1.html\">", second, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"next\" href=\"title-3.html\">", second, StringComparison.Ordinal);
        var last = File.ReadAllText(Path.Combine(dir.Path, "browse", "title-3.html"));
        Assert.DoesNotContain("rel=\"next\"", last, StringComparison.Ordinal);
        Assert.Contains("R6.html", last, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_list_still_has_its_first_page()
    {
        using var dir = new TempDir();
        var pages = BrowsePagesWriter.Write(dir.Path, Pages, BrowseList.Authors, [], 0, 500, _ => { });
        Assert.Equal("browse/author-1.html", Assert.Single(pages).Path);
        Assert.Contains("No entries.", File.ReadAllText(Path.Combine(dir.Path, "browse", "author-1.html")), StringComparison.Ordinal);
    }
}
