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
    [InlineData("marcxml", "catalog.marc.xml", "</subfield>", true)]
    [InlineData("dc", "catalog.dc.xml", "</dc:title>", true)]
    [InlineData("marcxml", "catalog.marc.xml", "</subfield>", false)]
    public void Utf16_xml_broken_in_record_3_loses_nothing_and_keeps_the_record_in_rejects(string format, string file, string removed, bool littleEndianWithBom)
    {
        // UTF-16 is framed through its UTF-8 transcoding, like UTF-8 XML: the broken record alone is rejected, its
        // bytes (of the transcoding) kept at the reported offset, and reading goes on.
        using var dir = new TempDir();
        var text = Encoding.UTF8.GetString(DamagedInputTests.Damage(format, file, removed, "")).Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.OrdinalIgnoreCase);
        var encoding = littleEndianWithBom ? Encoding.Unicode : Encoding.BigEndianUnicode;
        File.WriteAllBytes(dir.File("bad.xml"), [.. littleEndianWithBom ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)]);
        byte[] transcoding = [.. littleEndianWithBom ? "\uFEFF"u8 : [], .. Encoding.UTF8.GetBytes(text)];

        var r = Convert(dir, dir.File("bad.xml"), "--from", format, "--on-error", "skip");

        Assert.True(r.ExitCode == 1, r.StdErr);
        Assert.Contains("read 11, written 10, rejected 1", r.StdErr, StringComparison.Ordinal);
        Assert.Equal(10, File.ReadAllLines(dir.File("out.jsonl")).Length);
        var rejected = Assert.Single(Report(dir), j => (string?)j["type"] == "rejected");
        Assert.Equal(3L, (long)rejected["index"]!);
        var kept = File.ReadAllBytes(dir.File("rejects"));
        Assert.Equal(transcoding.AsSpan((int)(long)rejected["start"]!, kept.Length).ToArray(), kept);
        Assert.Equal(kept.Length, (long)rejected["length"]!);
    }

    [Theory]
    [InlineData("catalog.marc.xml", "<record>")]
    [InlineData("catalog.dc.xml", "<record>")]
    public void Utf16_xml_with_a_doctype_stops_and_keeps_the_unread_rest(string example, string recordTag)
    {
        using var dir = new TempDir();
        var text = File.ReadAllText(Path.Combine(TestEnvironment.Examples, "out", example)).Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.OrdinalIgnoreCase);
        var third = IndexOfNth(text, recordTag, 3);
        text = text[..third] + "<!DOCTYPE x [<!ENTITY e \"x\">]>" + text[third..];
        File.WriteAllBytes(dir.File("bad.xml"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        byte[] transcoding = [.. "\uFEFF"u8, .. Encoding.UTF8.GetBytes(text)];

        var r = Convert(dir, dir.File("bad.xml"), "--on-error", "skip");

        Assert.True(r.ExitCode == 3, r.StdErr);
        Assert.Contains("PIPE0005", r.StdErr, StringComparison.Ordinal);
        var report = Report(dir);
        Assert.False((bool)report[^1]["completed"]!);
        Assert.Equal(3L, (long)report[^1]["read"]!); // two records, then the stop (the format told from the UTF-16 content)
        var offset = (long)Assert.Single(report, j => (string?)j["type"] == "rejected")["start"]!;
        Assert.Equal(Encoding.UTF8.GetByteCount(text[..third]) + 3, offset); // where the DOCTYPE is, in the transcoding
        Assert.Equal(transcoding.AsSpan((int)offset).ToArray(), File.ReadAllBytes(dir.File("rejects"))); // the unread rest, whole
        Assert.False(File.Exists(dir.File("out.jsonl")));
    }

    [Fact]
    public void JsonLd_record_3_rejected_keeps_its_node_objects_raw_in_rejects()
    {
        // One record of a multi-record JSON-LD document is rejected (here: its title is longer than an ISO 2709 field
        // may be): --rejects keeps its part of the document, byte for byte, not a re-serialisation.
        using var dir = new TempDir();
        var bytes = File.ReadAllBytes(Path.Combine(TestEnvironment.Examples, "out", "catalog.jsonld"));
        var edition = bytes.AsSpan().IndexOf("\"@id\": \"https://catalog.example.org/record/CX1003#edition\","u8); // the node itself, not a reference to it
        var title = edition + bytes.AsSpan(edition).IndexOf("\"name\": "u8);                                       // a value object: the title is tagged "en"
        var name = title + bytes.AsSpan(title).IndexOf("\"@value\": \""u8) + 11;
        byte[] input = [.. bytes.AsSpan(0, name), .. Encoding.ASCII.GetBytes(new string('x', 12_000)), .. bytes.AsSpan(name)];
        File.WriteAllBytes(dir.File("catalog.jsonld"), input);

        var r = ExporterCli.Run("convert", dir.File("catalog.jsonld"), "--to", "marc21", "-o", dir.File("out.mrc"), "--on-error", "skip",
            "--rejects", dir.File("rejects"), "--report", dir.File("report.jsonl"));

        Assert.True(r.ExitCode == 1, r.StdErr);
        Assert.Contains("read 11, written 10, rejected 1", r.StdErr, StringComparison.Ordinal);
        var rejected = Assert.Single(Report(dir), j => (string?)j["type"] == "rejected");
        Assert.Equal(3L, (long)rejected["index"]!);
        var kept = File.ReadAllBytes(dir.File("rejects"));
        var start = (int)(long)rejected["start"]!;
        Assert.Equal(input.AsSpan(start, kept.Length).ToArray(), kept); // the input's own bytes, at the reported place
        var keptText = Encoding.UTF8.GetString(kept);
        Assert.StartsWith("{", keptText, StringComparison.Ordinal);
        Assert.EndsWith("}", keptText, StringComparison.Ordinal);
        Assert.Contains("record/CX1003#work", keptText, StringComparison.Ordinal);
        Assert.Contains("record/CX1003#edition", keptText, StringComparison.Ordinal);
        Assert.DoesNotContain("record/CX1002", keptText, StringComparison.Ordinal);
        Assert.DoesNotContain("record/CX1004", keptText, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLd_nodes_no_record_refers_to_are_kept_in_rejects_not_dropped()
    {
        // A node of a multi-record document that no record refers to is not any record's: it is one rejected record
        // more (LD0003), kept byte for byte in --rejects at its place, and the counts reconcile.
        using var dir = new TempDir();
        var bytes = File.ReadAllBytes(Path.Combine(TestEnvironment.Examples, "out", "catalog.jsonld"));
        var work = bytes.AsSpan().IndexOf("\"@id\": \"https://catalog.example.org/record/CX1003#work\""u8);
        var at = bytes.AsSpan(0, work).LastIndexOf((byte)'{');
        var node = "{\"@id\": \"http://ex.org/stray\", \"name\": \"nobody's\"}"u8.ToArray();
        byte[] input = [.. bytes.AsSpan(0, at), .. node, .. ",\n    "u8, .. bytes.AsSpan(at)];
        File.WriteAllBytes(dir.File("catalog.jsonld"), input);

        var r = Convert(dir, dir.File("catalog.jsonld"), "--on-error", "skip");

        Assert.True(r.ExitCode == 1, r.StdErr);
        Assert.Contains("read 12, written 11, rejected 1", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("LD0003", r.StdErr, StringComparison.Ordinal);
        Assert.Equal(11, File.ReadAllLines(dir.File("out.jsonl")).Length);
        var report = Report(dir);
        var rejected = Assert.Single(report, j => (string?)j["type"] == "rejected");
        Assert.Equal((12L, (long)at), ((long)rejected["index"]!, (long)rejected["start"]!));
        Assert.Equal(node, File.ReadAllBytes(dir.File("rejects")));
        Assert.True((bool)report[^1]["completed"]!);

        // Under the default policy the bad "record" stops the run like any other: no output, the nodes kept.
        using var strict = new TempDir();
        File.WriteAllBytes(strict.File("catalog.jsonld"), input);
        var s = Convert(strict, strict.File("catalog.jsonld"));
        Assert.True(s.ExitCode != 0, s.StdErr);
        Assert.False(File.Exists(strict.File("out.jsonl")));
        Assert.Equal(node, File.ReadAllBytes(strict.File("rejects")));
    }

    private static int IndexOfNth(string text, string value, int n)
    {
        var at = -1;
        for (var i = 0; i < n; i++) at = text.IndexOf(value, at + 1, StringComparison.Ordinal);
        return at;
    }
}
