using System.Text.Json;
using Exporter.Interop.Tests.Support;

namespace Exporter.Interop.Tests.Publishing;

/// <summary>
/// Lighthouse 12.2.3 (tools/lighthouse, an npm peer) scores the README's site, published with
/// <c>--base-url http://127.0.0.1:PORT/</c> and served on loopback by Python's static server, in headless Chromium
/// offline: a record page and the index score 100 for SEO and for accessibility. A page stripped of its title,
/// description and language, served beside them, scores less, so the scores are not a rubber stamp.
/// </summary>
public sealed class LighthouseTests : IDisposable
{
    private const string Lighthouse = "tools/lighthouse/node_modules/.bin/lighthouse";
    private readonly string _dir = Directory.CreateTempSubdirectory("publish-lighthouse-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [SkippableFact]
    public void A_record_page_and_the_index_score_100_for_seo_and_accessibility()
    {
        var lighthouse = PeerTool.RequireNpm(Lighthouse);
        var chromium = PeerTool.Require("chromium");
        var node = PeerTool.Require("node");
        var python = PeerTool.Require("/usr/bin/python3");
        var port = LoopbackStaticServer.FreePort();
        var site = Path.Combine(_dir, "site");
        var cli = PeerTool.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "exporter.dll"), "publish", "examples/CX7118.txt", "examples/catalog.txt",
            "--site", site, "--base-url", $"http://127.0.0.1:{port}/", "--quiet"]);
        Assert.True(cli.ExitCode == 0, cli.StdErr);
        var record = File.ReadAllText(Path.Combine(site, "records", "CX1001.html"));
        File.WriteAllText(Path.Combine(site, "records", "stripped.html"), record
            .Replace("<html lang=\"en\">", "<html>", StringComparison.Ordinal)
            .Replace("<meta name=\"description\"", "<meta name=\"x-description\"", StringComparison.Ordinal)
            .Replace("<title>", "<!--", StringComparison.Ordinal).Replace("</title>", "-->", StringComparison.Ordinal));

        using var server = LoopbackStaticServer.Start(python, site, port);
        foreach (var (page, expected) in new[] { ("records/CX7118.html", true), ("index.html", true), ("records/stripped.html", false) })
        {
            var report = Path.Combine(_dir, Path.GetFileName(page) + ".json");
            var run = PeerTool.Run(node, [lighthouse, $"http://127.0.0.1:{port}/{page}", "--only-categories=seo,accessibility", "--output=json",
                "--output-path=" + report, "--quiet", "--throttling-method=provided", "--disable-full-page-screenshot",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-extensions --no-first-run"],
                timeoutSeconds: 300, environment: new Dictionary<string, string> { ["CHROME_PATH"] = chromium });
            Assert.True(run.ExitCode == 0 && File.Exists(report), $"{page}: lighthouse exit {run.ExitCode}\n{run.StdErr}");
            var (seo, accessibility, failed) = Scores(report);
            if (expected) Assert.True(seo == 1 && accessibility == 1, $"{page}: SEO {seo * 100}, accessibility {accessibility * 100}; failed: {failed}");
            else Assert.True(seo < 1 && accessibility < 1, $"{page} (no title, description or lang) still scores SEO {seo * 100}, accessibility {accessibility * 100}");
        }
    }

    /// <summary>The two category scores (0 to 1) and the ids of the audits that failed.</summary>
    private static (double Seo, double Accessibility, string Failed) Scores(string report)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(report));
        var categories = json.RootElement.GetProperty("categories");
        double Score(string name) => categories.GetProperty(name).GetProperty("score") is { ValueKind: JsonValueKind.Number } s ? s.GetDouble() : 0;
        var failed = json.RootElement.GetProperty("audits").EnumerateObject()
            .Where(a => a.Value.TryGetProperty("score", out var s) && s.ValueKind == JsonValueKind.Number && s.GetDouble() < 1)
            .Select(a => a.Name);
        return (Score("seo"), Score("accessibility"), string.Join(", ", failed));
    }
}
