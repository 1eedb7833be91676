using Exporter.Interop.Tests.Support;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Publishing;

namespace Exporter.Interop.Tests.Publishing;

/// <summary>
/// A site made by the real CLI (<c>exporter publish</c> over the examples and records of hostile text), read by
/// independent tools: HTML Tidy finds no error or warning in any page (HTML5), extruct finds each record page's
/// JSON-LD and it is the document beside the page, rdflib finds that graph isomorphic to the Turtle beside it,
/// xmllint validates sitemap.xml against the sitemap protocol's schema, and headless Chromium renders the pages.
/// </summary>
public sealed class PublishPeerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("publish-peer-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Script => Path.Combine(TestEnvironment.RepoRoot, "tests", "Exporter.Interop.Tests", "Publishing", "publish_peer.py");

    [SkippableFact]
    public void Tidy_finds_no_error_or_warning_in_any_page()
    {
        PeerTool.Require("tidy");
        var site = PublishExamplesAndHostileRecords();
        var pages = Directory.GetFiles(site, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length >= 12 + 10 + 3, string.Join(", ", pages));
        foreach (var page in pages)
        {
            var tidy = PeerTool.Run("tidy", ["-q", "-e", "--gnu-emacs", "yes", page]);
            Assert.True(tidy.ExitCode == 0 && tidy.StdErr.Length == 0, $"{page}: exit {tidy.ExitCode}\n{tidy.StdErr}");
        }
    }

    [SkippableFact]
    public void Extruct_finds_each_records_jsonld_and_rdflib_finds_it_the_turtles_graph()
    {
        PeerTool.Require("/usr/bin/python3");
        PeerTool.RequirePythonModule("extruct");
        PeerTool.RequirePythonModule("rdflib");
        var site = PublishExamplesAndHostileRecords();
        var peer = PeerTool.Run("/usr/bin/python3", [Script, site, "records"]);
        Assert.True(peer.ExitCode == 0, peer.StdOut + peer.StdErr);
        Assert.Equal("ok 22", peer.StdOut.Trim());
    }

    /// <summary>The official sitemaps.org schemas (tests/data/reference/xsd, MANIFEST.md) and the project's own
    /// stricter one (schemas/sitemap.xsd: http(s) locs, at most 50,000 entries).</summary>
    private static readonly string[] SitemapSchemas =
        [TestEnvironment.TestData("reference", "xsd", "sitemap.xsd"), Path.Combine(TestEnvironment.RepoRoot, "schemas", "sitemap.xsd")];

    [SkippableFact]
    public void The_sitemap_validates_against_the_official_sitemap_schema_and_ours()
    {
        PeerTool.Require("xmllint");
        var site = PublishExamplesAndHostileRecords();
        foreach (var schema in SitemapSchemas)
        {
            var result = PeerTool.Run("xmllint", ["--nonet", "--noout", "--schema", schema, Path.Combine(site, "sitemap.xml")]);
            Assert.True(result.ExitCode == 0, schema + ": " + result.StdErr);

            // The schema is not a rubber stamp: a lastmod that is no W3C datetime fails it, and so does a url without loc.
            var bad = Path.Combine(_dir, "bad.xml");
            File.WriteAllText(bad, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://x.example/a</loc><lastmod>yesterday</lastmod></url></urlset>\n");
            Assert.NotEqual(0, PeerTool.Run("xmllint", ["--nonet", "--noout", "--schema", schema, bad]).ExitCode);
            File.WriteAllText(bad, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><lastmod>2026-01-01</lastmod></url></urlset>\n");
            Assert.NotEqual(0, PeerTool.Run("xmllint", ["--nonet", "--noout", "--schema", schema, bad]).ExitCode);
        }
    }

    /// <summary>Past its URL limit the sitemap is a sitemap index (official siteindex.xsd) of sitemaps that each
    /// validate (sitemap.xsd), and together they list every page once.</summary>
    [SkippableFact]
    public void A_sitemap_index_and_its_sitemaps_validate_against_the_official_schemas()
    {
        PeerTool.Require("xmllint");
        var site = Path.Combine(_dir, "index-site");
        var result = new PublishJob(FormatRegistry.CreateDefault()).Run(new PublishJobOptions
        {
            Inputs = [Path.Combine(TestEnvironment.Examples, "CX7118.txt"), Path.Combine(TestEnvironment.Examples, "catalog.txt")],
            Site = site,
            Publish = new PublishOptions { BaseUrl = new Uri("https://library.example.net/"), Alternates = [], Sitemap = new SitemapLimits { MaxUrls = 4 } },
        });
        Assert.Equal(12, result.Summary.Written);
        var index = PeerTool.Run("xmllint", ["--nonet", "--noout", "--schema", TestEnvironment.TestData("reference", "xsd", "siteindex.xsd"), Path.Combine(site, "sitemap.xml")]);
        Assert.True(index.ExitCode == 0, index.StdErr);
        var sitemaps = Directory.GetFiles(site, "sitemap-*.xml");
        Assert.Equal(4, sitemaps.Length); // 12 records, the index page and 2 browse pages: 15 URLs, 4 a file
        foreach (var sitemap in sitemaps)
        {
            var check = PeerTool.Run("xmllint", ["--nonet", "--noout", "--schema", SitemapSchemas[0], sitemap]);
            Assert.True(check.ExitCode == 0, sitemap + ": " + check.StdErr);
        }

        // A sitemap index is not a sitemap: each schema refuses the other's root.
        Assert.NotEqual(0, PeerTool.Run("xmllint", ["--nonet", "--noout", "--schema", SitemapSchemas[0], Path.Combine(site, "sitemap.xml")]).ExitCode);
        Assert.NotEqual(0, PeerTool.Run("xmllint", ["--nonet", "--noout", "--schema", TestEnvironment.TestData("reference", "xsd", "siteindex.xsd"), sitemaps[0]]).ExitCode);
    }

    private static string BrowserScript => Path.Combine(TestEnvironment.RepoRoot, "tests", "Exporter.Interop.Tests", "Publishing", "publish_browser.py");

    /// <summary>
    /// The "done when": the README's publish command gives a site whose 12 record pages headless Chromium
    /// renders with the structured data (from the rendered DOM) equal to the .jsonld beside each page and the title
    /// and authors visible, and every page passes the SEO checks Lighthouse makes (publish_browser.py).
    /// </summary>
    [SkippableFact]
    public void Chromium_renders_every_page_with_its_json_ld_and_visible_facts_and_the_seo_basics()
    {
        var chromium = PeerTool.Require("chromium");
        PeerTool.Require("/usr/bin/python3");
        var site = PublishExamples("https://library.example.net/", "jsonld,turtle,marcxml,marc21,dc");
        var peer = PeerTool.Run("/usr/bin/python3", [BrowserScript, chromium, site, "https://library.example.net/"], timeoutSeconds: 1200);
        Assert.True(peer.ExitCode == 0, peer.StdOut + peer.StdErr);
        Assert.Equal("ok 13", peer.StdOut.Trim());
    }

    [SkippableFact]
    public void The_browser_check_fails_a_page_whose_json_ld_is_not_the_records_and_a_link_to_nowhere()
    {
        var chromium = PeerTool.Require("chromium");
        PeerTool.Require("/usr/bin/python3");
        var site = PublishExamples("http://127.0.0.1:8080/", "jsonld");
        foreach (var page in Directory.GetFiles(Path.Combine(site, "records"), "*.html").Where(p => !p.EndsWith("CX7118.html", StringComparison.Ordinal))) File.Delete(page);
        File.Delete(Path.Combine(site, "browse", "title-1.html"));
        var jsonLd = Path.Combine(site, "records", "CX7118.jsonld");
        File.WriteAllText(jsonLd, File.ReadAllText(jsonLd).Replace("From Lenin to Stalin", "Another title", StringComparison.Ordinal));
        var peer = PeerTool.Run("/usr/bin/python3", [BrowserScript, chromium, site, "http://127.0.0.1:8080/"], timeoutSeconds: 1200);
        Assert.Equal(1, peer.ExitCode);
        Assert.Contains("records/CX7118.html: the rendered JSON-LD is not the .jsonld beside the page", peer.StdOut, StringComparison.Ordinal);
        Assert.Contains("names no file of the site", peer.StdOut, StringComparison.Ordinal);
    }

    private string PublishExamples(string baseUrl, string alternates)
    {
        var site = Path.Combine(_dir, "examples-site");
        var cli = PeerTool.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "exporter.dll"), "publish", "examples/CX7118.txt", "examples/catalog.txt",
            "--site", site, "--base-url", baseUrl, "--alternates", alternates]);
        Assert.True(cli.ExitCode == 0, cli.StdErr);
        return site;
    }

    /// <summary>Publishes the two examples and ten records of hostile text; returns the site folder.</summary>
    private string PublishExamplesAndHostileRecords()
    {
        var hostile = Path.Combine(_dir, "hostile.jsonl");
        WriteHostile(hostile);
        var site = Path.Combine(_dir, "site");
        var cli = PeerTool.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "exporter.dll"), "publish", "examples/CX7118.txt", "examples/catalog.txt", hostile,
            "--site", site, "--base-url", "http://127.0.0.1:8080/", "--alternates", "jsonld,turtle", "--page-size", "7"]);
        Assert.True(cli.ExitCode == 0, cli.StdErr);
        return site;
    }

    private static void WriteHostile(string path)
    {
        string[] hard =
        [
            "</script><script>alert(1)</script>", "<!-- not a comment -->", "say \"hi\" & 'bye' \\ \\u003c", "line one\nline two\r\nthree\ttab",
            "Война и мир · 红楼梦 · עברית · العربية", "astral 😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ctl \u0001\u001F\u007F \u0085 \u2028 \u00A0 \uFFFD", "]]> <![CDATA[ x",
            "&amp; &lt; &#x3c; &nbsp", "\u0301 starts with a mark",
        ];
        var records = hard.Select((h, i) => new CatalogRecord
        {
            Title = h,
            Subtitle = hard[(i + 1) % hard.Length],
            Contributors = [new Contributor(h, [ContributorRoles.Author]), new Contributor("Serge, " + h, ["translator"])],
            Publisher = h,
            Abstract = h,
            Notes = [h],
            Reviews = [new Review([h, h], h)],
            Contents = [new ContentsSection(h, [new ContentsEntry(h, "7")])],
            Subjects = [new Subject(h + "--" + h, "lcsh")],
            Series = [new SeriesStatement(h, "1")],
            Identifiers = [new Identifier(IdentifierType.Local, "H" + i), new Identifier(IdentifierType.Url, "https://example.org/?q=" + Uri.EscapeDataString(h) + "&x=1")],
        });
        using var writer = new CatalogRecordWriter(File.Create(path), FormatRegistry.CreateDefault().Get("json").CreateEncoder(new WriteOptions()));
        foreach (var r in records) writer.Write(r);
        writer.Complete();
    }
}
