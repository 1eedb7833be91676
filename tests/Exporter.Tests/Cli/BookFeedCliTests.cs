using Exporter.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Exporter.Tests.Cli;

/// <summary>
/// <c>convert --to bookfeed</c>: the library options, their usage errors, the omitted count on stderr and in the
/// report, <c>--to all</c> leaving the feed out, and shards of a feed merged into the single run's feed.
/// </summary>
public sealed class BookFeedCliTests
{
    private static readonly string Catalog = Path.Combine(TestEnvironment.Examples, "catalog.txt");

    private static readonly string[] Library = ["--library-name", "Example Library", "--library-url", "https://library.example.net/", "--borrow-url-template", "https://opac.example.org/record/{id}"];

    /// <summary>Runs the CLI with SOURCE_DATE_EPOCH set, so that the feed's dateModified is the same in every run.</summary>
    private static (int ExitCode, string StdErr) Run(params string[] args)
    {
        var r = ExporterCli.RunAt("1700000000", args);
        return (r.ExitCode, r.StdErr);
    }

    private static JObject SummaryOf(string report) => JObject.Parse(File.ReadLines(report).Last());

    /// <summary>Parses JSON keeping date strings as strings.</summary>
    private static JObject Json(string text)
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(text)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
        return JObject.Load(reader);
    }

    [Fact]
    public void The_feed_omits_what_the_spec_cannot_carry_and_counts_it()
    {
        using var dir = new TempDir();
        var (code, err) = Run(["convert", Catalog, "--to", "bookfeed", "-o", dir.File("feed.jsonld"), "--report", dir.File("r.jsonl"), .. Library]);

        Assert.True(code == 0, err);
        Assert.EndsWith("read 11, written 2, omitted 9, rejected 0", err.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("warning FEED0001", err, StringComparison.Ordinal);
        var feed = Json(File.ReadAllText(dir.File("feed.jsonld")));
        Assert.Equal("2023-11-14T22:13:20Z", (string?)feed["dateModified"]);
        Assert.Equal(2, ((JArray)feed["dataFeedElement"]!).Count);
        var summary = SummaryOf(dir.File("r.jsonl"));
        Assert.Equal((11L, 2L, 9L, 0L, 0L), ((long)summary["read"]!, (long)summary["written"]!, (long)summary["omitted"]!, (long)summary["rejected"]!, (long)summary["discarded"]!));
        Assert.Equal(9, File.ReadLines(dir.File("r.jsonl")).Count(l => l.Contains("\"code\":\"FEED000", StringComparison.Ordinal) && !l.Contains("FEED0006", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_default_book_format_carries_more_records()
    {
        using var dir = new TempDir();
        var (code, err) = Run(["convert", Catalog, "--to", "bookfeed", "-o", dir.File("feed.jsonld"), "--book-format", "Paperback", .. Library]);

        Assert.True(code == 0, err);
        Assert.EndsWith("read 11, written 5, omitted 6, rejected 0", err.TrimEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CLI0163")]
    [InlineData("CLI0162", "--library-name", "L", "--library-url", "https://l.example/", "--borrow-url-template", "https://opac.example.org/{oclc}")]
    [InlineData("CLI0161", "--library-name", "L", "--library-url", "l.example")]
    [InlineData("CLI0164", "--library-name", "L", "--library-url", "https://l.example/", "--book-format", "Comic")]
    public void Bad_or_missing_library_options_are_usage_errors_that_write_nothing(string expected, params string[] options)
    {
        using var dir = new TempDir();
        var (code, err) = Run(["convert", Catalog, "--to", "bookfeed", "-o", dir.File("feed.jsonld"), "--report", dir.File("r.jsonl"), .. options]);

        Assert.Equal(2, code);
        Assert.Contains(expected, err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.Empty(dir.Files());
    }

    [Fact]
    public void All_leaves_the_feed_out_and_its_report_has_no_omitted_count()
    {
        using var dir = new TempDir();
        var (code, err) = Run(["convert", Catalog, "--to", "all", "--out-dir", dir.File("out"), "--report", dir.File("r.jsonl")]);

        Assert.True(code == 0, err);
        Assert.DoesNotContain(Directory.GetFiles(dir.File("out")), f => f.EndsWith(".feed.jsonld", StringComparison.Ordinal));
        Assert.Contains(Directory.GetFiles(dir.File("out")), f => f.EndsWith(".jsonld", StringComparison.Ordinal));
        Assert.Null(SummaryOf(dir.File("r.jsonl"))["omitted"]);
        Assert.DoesNotContain("omitted", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Shards_of_a_feed_merge_into_the_single_run_with_the_omitted_counts_summed()
    {
        using var dir = new TempDir();
        Assert.Equal(0, Run(["convert", Catalog, "--to", "bookfeed", "-o", dir.File("single.jsonld"), "--report", dir.File("single.jsonl"), .. Library]).ExitCode);
        for (var k = 1; k <= 3; k++)
        {
            var (code, err) = Run(["convert", Catalog, "--to", "bookfeed", "-o", dir.File($"s{k}.jsonld"), "--report", dir.File($"s{k}.jsonl"), "--shard", $"{k}/3", .. Library]);
            Assert.True(code == 0, err);
        }

        var merge = Run(["merge", dir.File("s1.jsonl"), dir.File("s2.jsonl"), dir.File("s3.jsonl"), "-o", dir.File("merged.jsonld"), "--report", dir.File("merged.jsonl")]);

        Assert.True(merge.ExitCode == 0, merge.StdErr);
        Assert.Equal(File.ReadAllBytes(dir.File("single.jsonld")), File.ReadAllBytes(dir.File("merged.jsonld")));
        Assert.Equal(SummaryOf(dir.File("single.jsonl")).ToString(), SummaryOf(dir.File("merged.jsonl")).ToString());
        Assert.Contains("omitted 9", merge.StdErr, StringComparison.Ordinal);
    }
}
