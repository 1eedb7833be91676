using System.Xml.Linq;
using Exporter.Publishing;
using Exporter.Tests.Support;

namespace Exporter.Tests.Publishing;

public class SitemapWriterTests
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly SiteLayout Layout = new(new Uri("https://lib.example.net/a&b/"), RecordPathTemplate.Default);
    private static readonly DateTimeOffset When = DateTimeOffset.FromUnixTimeSeconds(1767225600);

    [Fact]
    public void Within_the_limits_there_is_one_sitemap_with_lastmod()
    {
        using var dir = new TempDir();
        Write(dir.Path, SitemapLimits.Protocol, 5);
        Assert.Equal(["sitemap.xml"], dir.Files());
        var doc = XDocument.Load(dir.File("sitemap.xml"));
        Assert.Equal(Sm + "urlset", doc.Root!.Name);
        var urls = doc.Root.Elements(Sm + "url").ToList();
        Assert.Equal(5, urls.Count);
        Assert.Equal("https://lib.example.net/a&b/records/R0.html", (string?)urls[0].Element(Sm + "loc"));
        Assert.All(urls, u => Assert.Equal("2026-01-01T00:00:00Z", (string?)u.Element(Sm + "lastmod")));
    }

    [Fact]
    public void Past_the_url_limit_sitemap_xml_is_an_index_of_numbered_sitemaps()
    {
        using var dir = new TempDir();
        Write(dir.Path, new SitemapLimits { MaxUrls = 3 }, 7);
        Assert.Equal(["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"], dir.Files());
        var index = XDocument.Load(dir.File("sitemap.xml")).Root!;
        Assert.Equal(Sm + "sitemapindex", index.Name);
        Assert.Equal(["https://lib.example.net/a&b/sitemap-1.xml", "https://lib.example.net/a&b/sitemap-2.xml", "https://lib.example.net/a&b/sitemap-3.xml"],
            index.Elements(Sm + "sitemap").Select(s => (string)s.Element(Sm + "loc")!));
        int[] counts = [.. Enumerable.Range(1, 3).Select(i => XDocument.Load(dir.File($"sitemap-{i}.xml")).Root!.Elements(Sm + "url").Count())];
        Assert.Equal([3, 3, 1], counts);
    }

    [Fact]
    public void The_protocol_limits_are_50000_urls_and_50_mib_and_the_50001st_url_starts_a_second_sitemap()
    {
        Assert.Equal(50_000, SitemapLimits.Protocol.MaxUrls);          // sitemaps.org: "no more than 50,000 URLs"
        Assert.Equal(52_428_800, SitemapLimits.Protocol.MaxBytes);     // "no larger than 50MB (52,428,800 bytes)"
        using var dir = new TempDir();
        Write(dir.Path, SitemapLimits.Protocol, 50_001);
        Assert.Equal(["sitemap-1.xml", "sitemap-2.xml", "sitemap.xml"], dir.Files());
        Assert.Equal(50_000, XDocument.Load(dir.File("sitemap-1.xml")).Root!.Elements(Sm + "url").Count());
        Assert.Equal(["https://lib.example.net/a&b/records/R50000.html"],
            XDocument.Load(dir.File("sitemap-2.xml")).Root!.Elements(Sm + "url").Select(u => (string)u.Element(Sm + "loc")!));
    }

    [Fact]
    public void Past_the_byte_limit_a_new_sitemap_starts_and_none_exceeds_it()
    {
        using var dir = new TempDir();
        const long max = 600;
        Write(dir.Path, new SitemapLimits { MaxBytes = max }, 10);
        var numbered = dir.Files().Where(f => f.StartsWith("sitemap-", StringComparison.Ordinal)).ToList();
        Assert.True(numbered.Count > 1);
        Assert.All(numbered, f => Assert.True(new FileInfo(dir.File(f)).Length <= max, f));
        Assert.Equal(10, numbered.Sum(f => XDocument.Load(dir.File(f)).Root!.Elements(Sm + "url").Count()));
    }

    [Fact]
    public void No_urls_still_gives_a_valid_empty_sitemap()
    {
        using var dir = new TempDir();
        Write(dir.Path, SitemapLimits.Protocol, 0);
        Assert.Empty(XDocument.Load(dir.File("sitemap.xml")).Root!.Elements());
    }

    private static void Write(string root, SitemapLimits limits, int urls)
    {
        using var sitemap = new SitemapWriter(root, Layout, limits, When);
        for (var i = 0; i < urls; i++) sitemap.Add($"records/R{i}.html");
        sitemap.Finish();
    }
}
