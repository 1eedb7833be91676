using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Exporter.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Exporter.Tests.Cli;

/// <summary>The real <c>exporter publish</c>: the site it makes, its determinism, its error policy, and that a failed
/// run leaves the previous site as it was.</summary>
public partial class PublishCliTests
{
    private const string Epoch = "1767225600";
    private const string BaseUrl = "https://library.example.net/";
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly string Good = File.ReadAllText(Path.Combine(TestEnvironment.Examples, "catalog.txt"));
    private const string Broken = "Publisher:\u00a0 no title here\n";

    [Fact]
    public void The_examples_give_twelve_linked_record_pages_a_sitemap_and_robots_txt()
    {
        using var dir = new TempDir();
        var site = dir.File("site");
        var r = Publish(site, Example("CX7118.txt"), Example("catalog.txt"));
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Contains("read 12, written 12, rejected 0", r.StdErr, StringComparison.Ordinal);

        var pages = Directory.GetFiles(Path.Combine(site, "records"), "*.html");
        Assert.Equal(12, pages.Length);
        foreach (var ext in new[] { ".jsonld", ".ttl", ".marc.xml", ".mrc", ".dc.xml" })
            Assert.Equal(12, Directory.GetFiles(Path.Combine(site, "records"), "*" + ext).Length);

        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://library.example.net/sitemap.xml\n", File.ReadAllText(Path.Combine(site, "robots.txt")));
        var urls = XDocument.Load(Path.Combine(site, "sitemap.xml")).Root!.Elements(Sm + "url").ToList();
        Assert.Equal(12 + 1 + 2, urls.Count);
        Assert.All(urls, u => Assert.Equal("2026-01-01T00:00:00Z", (string?)u.Element(Sm + "lastmod")));
        foreach (var loc in urls.Select(u => (string)u.Element(Sm + "loc")!))
        {
            Assert.StartsWith(BaseUrl, loc, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(site, loc[BaseUrl.Length..])), loc);
        }

        // Every record page is reachable from the index by links, and every link resolves to a file.
        var reached = Crawl(site);
        Assert.All(pages, p => Assert.Contains(Path.GetFullPath(p), reached));

        var page = File.ReadAllText(Path.Combine(site, "records", "CX7118.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://library.example.net/records/CX7118.html\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>From Lenin to Stalin</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Serge, Victor (author)", page, StringComparison.Ordinal);
        var script = Regex.Match(page, "<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        Assert.True(JToken.DeepEquals(JToken.Parse(File.ReadAllText(Path.Combine(site, "records", "CX7118.jsonld"))), JToken.Parse(script)));
        Assert.Contains("\"@id\": \"https://library.example.net/records/CX7118.html#work\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_jsonld_beside_a_page_is_what_convert_writes_for_that_record_named_by_its_page_url()
    {
        using var dir = new TempDir();
        var site = dir.File("site");
        Assert.Equal(0, Publish(site, Example("CX7118.txt")).ExitCode);
        var convert = ExporterCli.Run(["convert", Example("CX7118.txt"), "--to", "jsonld", "-o", dir.File("c.jsonld"), "--base-uri", BaseUrl]);
        Assert.Equal(0, convert.ExitCode);
        var published = File.ReadAllText(Path.Combine(site, "records", "CX7118.jsonld"));
        Assert.Contains("\"@id\": \"" + BaseUrl + "records/CX7118.html#edition\"", published, StringComparison.Ordinal);
        Assert.DoesNotContain(BaseUrl + "record/", published, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(dir.File("c.jsonld")).Replace(BaseUrl + "record/CX7118", BaseUrl + "records/CX7118.html", StringComparison.Ordinal), published);
    }

    [Fact]
    public void The_site_is_the_same_bytes_whatever_the_threads()
    {
        using var dir = new TempDir();
        Assert.Equal(0, Publish(dir.File("a"), Example("CX7118.txt"), Example("catalog.txt"), "--threads", "1", "--page-size", "5").ExitCode);
        Assert.Equal(0, Publish(dir.File("b"), Example("CX7118.txt"), Example("catalog.txt"), "--threads", "2", "--page-size", "5").ExitCode);
        var a = Snapshot(dir.File("a"));
        Assert.Equal(a, Snapshot(dir.File("b")));
        Assert.Contains("browse/title-3.html", a.Keys);
    }

    [Fact]
    public void A_run_stopped_by_a_bad_record_leaves_the_previous_site_untouched()
    {
        using var dir = new TempDir();
        var site = dir.File("site");
        Assert.Equal(0, Publish(site, Example("catalog.txt")).ExitCode);
        var before = Snapshot(site);
        File.WriteAllText(dir.File("bad.txt"), Good + "\f\n" + Broken);
        var r = Publish(site, dir.File("bad.txt"), "--report", dir.File("report.jsonl"));
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("stopped:", r.StdErr, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(site));
        Assert.Equal(["report.jsonl"], Directory.GetFiles(dir.Path).Select(Path.GetFileName).Where(n => n!.EndsWith(".jsonl", StringComparison.Ordinal)));
        Assert.Empty(Directory.GetDirectories(dir.Path, ".site.exporter-*"));
        var summary = JObject.Parse(File.ReadAllLines(dir.File("report.jsonl"))[^1]);
        Assert.False((bool)summary["completed"]!);
        Assert.Equal(0, (int)summary["written"]!);
    }

    [Fact]
    public void Sigterm_mid_run_leaves_the_previous_site_untouched_and_no_staging_folder()
    {
        using var dir = new TempDir();
        var site = dir.File("site");
        Assert.Equal(0, Publish(site, Example("CX7118.txt")).ExitCode);
        var before = Snapshot(site);
        using var cli = RunningCli.Start("publish", "-", "--from", "text", "--site", site, "--base-url", BaseUrl, "--alternates", "none");
        for (var i = 0; i < 24; i++) cli.StandardInput.Write(System.Text.Encoding.UTF8.GetBytes(Good.Replace("CX10", $"C{i}X10", StringComparison.Ordinal).TrimEnd('\n') + "\n\f\n"));
        cli.StandardInput.Flush();

        // 264 records: a batch of 256 becomes pages in the staging folder, the rest waits for input that does not come.
        cli.WaitUntil(() => Directory.GetDirectories(dir.Path, ".site.exporter-*.tmp").Any(d => Directory.Exists(Path.Combine(d, "records"))), TimeSpan.FromSeconds(60), "pages in the staging folder");
        cli.Signal("TERM");
        var r = cli.WaitForExit(TimeSpan.FromSeconds(60));

        Assert.True(r.ExitCode == 130, $"exit code {r.ExitCode}: {r.StdErr}");
        Assert.Contains("interrupted", r.StdErr, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(site));
        Assert.Empty(Directory.GetDirectories(dir.Path, ".site.exporter-*"));
    }

    [Fact]
    public void A_run_with_a_new_site_replaces_the_previous_one_whole()
    {
        using var dir = new TempDir();
        var site = dir.File("site");
        Assert.Equal(0, Publish(site, Example("catalog.txt")).ExitCode);
        Assert.Equal(0, Publish(site, Example("CX7118.txt")).ExitCode);
        Assert.Equal(["CX7118.html"], Directory.GetFiles(Path.Combine(site, "records"), "*.html").Select(Path.GetFileName));
        Assert.Empty(Directory.GetDirectories(dir.Path, ".site.exporter-*"));
    }

    [Fact]
    public void Skip_publishes_the_good_records_and_the_counts_reconcile()
    {
        using var dir = new TempDir();
        var site = dir.File("site");
        File.WriteAllText(dir.File("mixed.txt"), Good + "\f\n" + Broken + "\f\n" + Good.Replace("CX10", "CY10", StringComparison.Ordinal));
        var r = Publish(site, dir.File("mixed.txt"), "--on-error", "skip", "--rejects", dir.File("rejects.txt"), "--report", dir.File("report.jsonl"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("read 23, written 22, rejected 1", r.StdErr, StringComparison.Ordinal);
        Assert.Equal(22, Directory.GetFiles(Path.Combine(site, "records"), "*.html").Length);
        Assert.Equal(Broken, File.ReadAllText(dir.File("rejects.txt")));
        var summary = JObject.Parse(File.ReadAllLines(dir.File("report.jsonl"))[^1]);
        Assert.Equal((23, 22, 1, true), ((int)summary["read"]!, (int)summary["written"]!, (int)summary["rejected"]!, (bool)summary["completed"]!));
        Assert.Equal(22 + 1 + 2, XDocument.Load(Path.Combine(site, "sitemap.xml")).Root!.Elements().Count());
    }

    [Fact]
    public void Two_records_with_one_id_stop_the_run_naming_the_record_and_the_page()
    {
        using var dir = new TempDir();
        var site = dir.File("site");
        Assert.Equal(0, Publish(site, Example("CX7118.txt")).ExitCode);
        var before = Snapshot(site);
        File.WriteAllText(dir.File("a.txt"), Good);
        File.WriteAllText(dir.File("b.txt"), Good);
        var r = Publish(site, dir.File("a.txt"), dir.File("b.txt"), "--on-error", "skip");
        Assert.Equal(3, r.ExitCode);
        Assert.Matches("error PUB0002 .*b.txt record 1 \\(id CX1001\\).*records/CX1001.html", r.StdErr);
        Assert.Equal(before, Snapshot(site));
    }

    [Fact]
    public void A_record_whose_id_is_not_safe_in_a_path_is_rejected()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("r.jsonl"), "{\"title\":\"ok\",\"identifiers\":[{\"type\":\"local\",\"value\":\"A1\"}]}\n{\"title\":\"evil\",\"identifiers\":[{\"type\":\"local\",\"value\":\"../../x\"}]}\n");
        var r = Publish(dir.File("site"), dir.File("r.jsonl"), "--on-error", "skip");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("PUB0001", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("read 2, written 1, rejected 1", r.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("x.html")));
    }

    [Theory]
    [InlineData("CLI0065", "--base-url", "ftp://x/")]
    [InlineData("CLI0068", "--record-path", "../{id}.html")]
    [InlineData("CLI0067", "--alternates", "jsonld,bogus")]
    [InlineData("CLI0021", "--page-size", "0")]
    public void Bad_option_values_are_usage_errors(string code, string option, string value)
    {
        using var dir = new TempDir();
        string[] url = option == "--base-url" ? [] : ["--base-url", BaseUrl];
        var r = ExporterCli.Run(["publish", Example("CX7118.txt"), "--site", dir.File("site"), .. url, option, value]);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith($"error {code}: ", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("see 'exporter publish --help'", r.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("site")));
    }

    [Fact]
    public void Site_and_base_url_are_required()
    {
        Assert.Equal(2, ExporterCli.Run("publish", Example("CX7118.txt"), "--base-url", BaseUrl).ExitCode);
        Assert.Equal(2, ExporterCli.Run("publish", Example("CX7118.txt"), "--site", "x").ExitCode);
    }

    [Fact]
    public void A_folder_that_is_not_a_published_site_or_holds_the_inputs_is_never_replaced()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("docs"));
        File.WriteAllText(dir.File("docs/keep.txt"), "mine");
        var r = Publish(dir.File("docs"), Example("CX7118.txt"));
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("error CLI0063", r.StdErr, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(dir.File("docs/keep.txt")));

        File.Copy(Example("CX7118.txt"), dir.File("docs/in.txt"));
        File.WriteAllText(dir.File("docs/.exporter-site"), "");
        r = Publish(dir.File("docs"), dir.File("docs/in.txt"));
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("error CLI0066", r.StdErr, StringComparison.Ordinal);
        Assert.True(File.Exists(dir.File("docs/in.txt")));
    }

    [Fact]
    public void Alternates_none_writes_only_pages_and_a_record_path_keeps_an_opac_scheme()
    {
        using var dir = new TempDir();
        var site = dir.File("site");
        Assert.Equal(0, Publish(site, Example("CX7118.txt"), "--alternates", "none", "--record-path", "cgi-bin/koha/opac-detail/{id}.html").ExitCode);
        Assert.Equal(["CX7118.html"], Directory.GetFiles(Path.Combine(site, "cgi-bin", "koha", "opac-detail")).Select(Path.GetFileName));
        var page = File.ReadAllText(Path.Combine(site, "cgi-bin", "koha", "opac-detail", "CX7118.html"));
        Assert.DoesNotContain("rel=\"alternate\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"../../../index.html\"", page, StringComparison.Ordinal);
        Assert.Contains(Path.GetFullPath(Path.Combine(site, "cgi-bin", "koha", "opac-detail", "CX7118.html")), Crawl(site));
    }

    [Fact]
    public void Help_lists_examples_and_exit_codes()
    {
        var r = ExporterCli.Run("publish", "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("exporter publish examples/CX7118.txt", r.StdOut, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", r.StdOut, StringComparison.Ordinal);
        Assert.Contains("--base-url", r.StdOut, StringComparison.Ordinal);
    }

    private static string Example(string name) => Path.Combine(TestEnvironment.Examples, name);

    private static ExporterCli.Result Publish(string site, params string[] args) =>
        ExporterCli.RunAt(Epoch, ["publish", .. args, "--site", site, "--base-url", BaseUrl]);

    /// <summary>Every file of a site by relative path, with its SHA-256.</summary>
    private static SortedDictionary<string, string> Snapshot(string site) =>
        new(Directory.GetFiles(site, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(site, f).Replace('\\', '/'),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    /// <summary>The pages reached by following href links from index.html; fails on a link to no file.</summary>
    private static HashSet<string> Crawl(string site)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([Path.GetFullPath(Path.Combine(site, "index.html"))]);
        while (queue.TryDequeue(out var page))
        {
            if (!seen.Add(page) || !page.EndsWith(".html", StringComparison.Ordinal)) continue;
            foreach (Match m in Href().Matches(File.ReadAllText(page)))
            {
                var href = System.Net.WebUtility.HtmlDecode(m.Groups[1].Value);
                if (href.StartsWith("http", StringComparison.Ordinal)) continue; // canonical (checked by its path) and outside links
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, href));
                Assert.True(File.Exists(target), $"{page} links to {href}, which is no file");
                queue.Enqueue(target);
            }
        }

        return seen;
    }

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
