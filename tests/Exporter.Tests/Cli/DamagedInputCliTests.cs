using System.Text;
using Exporter.Tests.Pipeline;
using Exporter.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Exporter.Tests.Cli;

/// <summary>The reproductions of "Nothing lost, ever": a syntax error mid-file never drops the rest silently.</summary>
public class DamagedInputCliTests
{
    private static List<JObject> Report(TempDir dir) => [.. File.ReadAllLines(dir.File("report.jsonl")).Select(JObject.Parse)];

    private static ExporterCli.Result Convert(TempDir dir, string input, params string[] more) =>
        ExporterCli.Run(["convert", input, "--to", "json", "-o", dir.File("out.jsonl"), "--rejects", dir.File("rejects"), "--report", dir.File("report.jsonl"), .. more]);

    [Fact]
    public void NTriples_with_line_200_garbled_reads_every_record_and_rejects_one()
    {
        using var dir = new TempDir();
        var lines = File.ReadAllLines(Path.Combine(TestEnvironment.Examples, "out", "catalog.nt"));
        lines[199] = "@@garbage " + lines[199];
        File.WriteAllText(dir.File("bad.nt"), string.Join('\n', lines) + "\n");
        var r = Convert(dir, dir.File("bad.nt"), "--on-error", "skip");
        Assert.True(r.ExitCode == 1, r.StdErr);
        Assert.Contains("read 11, written 10, rejected 1", r.StdErr, StringComparison.Ordinal);
        var report = Report(dir);
        var rejected = Assert.Single(report, j => (string?)j["type"] == "rejected");
        Assert.Equal((3L, 200L), ((long)rejected["index"]!, (long)rejected["line"]!)); // the third record, numbered from 1
        Assert.True((bool)report[^1]["completed"]!);
        Assert.Contains(lines[199] + "\n", File.ReadAllText(dir.File("rejects")), StringComparison.Ordinal); // the raw line, as written
    }

    [Theory]
    [InlineData("marcxml", "catalog.marc.xml", "</subfield>")]
    [InlineData("dc", "catalog.dc.xml", "</dc:title>")]
    public void Xml_broken_in_record_3_loses_nothing_and_keeps_the_record_in_rejects(string format, string file, string removed)
    {
        using var dir = new TempDir();
        var input = DamagedInputTests.Damage(format, file, removed, "");
        File.WriteAllBytes(dir.File("bad.xml"), input);
        var r = Convert(dir, dir.File("bad.xml"), "--from", format, "--on-error", "skip");
        Assert.True(r.ExitCode == 1, r.StdErr);
        Assert.Contains("read 11, written 10, rejected 1", r.StdErr, StringComparison.Ordinal);
        var kept = File.ReadAllBytes(dir.File("rejects"));
        Assert.NotEmpty(kept);
        var rejected = Assert.Single(Report(dir), j => (string?)j["type"] == "rejected");
        var offset = (int)(long)rejected["diagnostics"]![0]!["offset"]!;
        Assert.Equal(input.AsSpan(offset, kept.Length).ToArray(), kept); // raw bytes from the input, at the reported offset
    }

    [Fact]
    public void Turtle_broken_in_record_1_stops_keeps_the_unread_rest_and_exits_3()
    {
        using var dir = new TempDir();
        var input = DamagedInputTests.Damage("turtle", "catalog.ttl", "schema:name", "@@garbage");
        File.WriteAllBytes(dir.File("bad.ttl"), input);
        var r = Convert(dir, dir.File("bad.ttl"), "--on-error", "skip");
        Assert.True(r.ExitCode == 3, r.StdErr);
        Assert.Contains("PIPE0005", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("could not be read to its end", r.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("out.jsonl")));
        var report = Report(dir);
        Assert.False((bool)report[^1]["completed"]!);
        var offset = (long)Assert.Single(report, j => (string?)j["type"] == "rejected")["offset"]!;
        Assert.Equal(input.AsSpan((int)offset).ToArray(), File.ReadAllBytes(dir.File("rejects"))); // the raw rest, not a re-serialisation
    }

    [Fact]
    public void JsonLd_with_a_syntax_error_stops_keeps_the_document_and_exits_3()
    {
        using var dir = new TempDir();
        var input = DamagedInputTests.Damage("jsonld", "catalog.jsonld", "\"name\":", "\"name\"");
        File.WriteAllBytes(dir.File("bad.jsonld"), input);
        var r = Convert(dir, dir.File("bad.jsonld"), "--on-error", "skip");
        Assert.True(r.ExitCode == 3, r.StdErr);
        Assert.False((bool)Report(dir)[^1]["completed"]!);
        Assert.Equal(input, File.ReadAllBytes(dir.File("rejects")));
    }

    [Fact]
    public void Zeros_read_as_marc_are_an_error_with_their_offset()
    {
        using var dir = new TempDir();
        File.WriteAllBytes(dir.File("zeros.mrc"), new byte[2_000_000]);
        var r = Convert(dir, dir.File("zeros.mrc"), "--from", "marc21", "--on-error", "skip");
        Assert.True(r.ExitCode == 3, r.StdErr);
        Assert.Contains("MARC0107", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("byte 0", r.StdErr, StringComparison.Ordinal);
        Assert.False((bool)Report(dir)[^1]["completed"]!);
    }

    [SkippableFact]
    public void Dev_zero_read_as_marc_ends()
    {
        Skip.IfNot(File.Exists("/dev/zero"), "no /dev/zero on this system");
        using var dir = new TempDir();
        var r = ExporterCli.Run("convert", "/dev/zero", "--from", "marc21", "--to", "json", "-o", dir.File("out.jsonl"));
        Assert.True(r.ExitCode == 3, r.StdErr);
        Assert.Contains("MARC0107", r.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_a_warning_and_exit_0()
    {
        using var dir = new TempDir();
        File.WriteAllBytes(dir.File("empty.mrc"), []);
        var r = Convert(dir, dir.File("empty.mrc"));
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Contains("warning PIPE0004", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("read 0, written 0, rejected 0", r.StdErr, StringComparison.Ordinal);
        Assert.True((bool)Report(dir)[^1]["completed"]!);
        Assert.Equal(Encoding.UTF8.GetBytes(""), File.ReadAllBytes(dir.File("out.jsonl")));
    }

    [Theory]
    [InlineData("catalog.marc.xml", "<record>")]
    [InlineData("catalog.dc.xml", "<record>")]
    public void Utf16_xml_broken_in_record_3_stops_the_run_instead_of_ending_it_silently(string example, string recordTag)
    {
        // UTF-16 XML is read with the XML parser, which cannot go on past a syntax error: the run must say it stopped.
        using var dir = new TempDir();
        var text = File.ReadAllText(Path.Combine(TestEnvironment.Examples, "out", example));
        var third = IndexOfNth(text, recordTag, 3);
        text = text[..third] + "<broken attr=>" + text[third..];
        text = text.Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.OrdinalIgnoreCase);
        File.WriteAllBytes(dir.File("bad.xml"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        var r = Convert(dir, dir.File("bad.xml"), "--on-error", "skip");

        Assert.True(r.ExitCode == 3, r.StdErr);
        Assert.Contains("stopped", r.StdErr, StringComparison.Ordinal);
        Assert.False((bool)Report(dir)[^1]["completed"]!);
        Assert.False(File.Exists(dir.File("out.jsonl")));
    }

    private static int IndexOfNth(string text, string value, int n)
    {
        var at = -1;
        for (var i = 0; i < n; i++) at = text.IndexOf(value, at + 1, StringComparison.Ordinal);
        return at;
    }
}
