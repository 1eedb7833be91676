using System.Text;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Exporter.Tests.Cli;

/// <summary><c>exporter convert</c> to and from marc21, marcxml and mrk.</summary>
public class MarcConvertCliTests
{
    private static string Example(string name) => Path.Combine(TestEnvironment.Examples, name);

    [Fact]
    public void Examples_convert_to_the_three_marc_formats_and_back()
    {
        using var dir = new TempDir();
        var r = ExporterCli.Run("convert", Example("CX7118.txt"), Example("catalog.txt"), "--to", "marc21,marcxml,mrk", "--out-dir", dir.Path);
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Equal(["CX7118.marc.xml", "CX7118.mrc", "CX7118.mrk", "catalog.marc.xml", "catalog.mrc", "catalog.mrk"], dir.Files());
        var json = new[] { "mrc", "marc.xml", "mrk" }.Select(ext =>
        {
            var back = ExporterCli.Run("convert", dir.File("catalog." + ext), "--to", "json", "-o", "-");
            Assert.True(back.ExitCode == 0, back.StdErr);
            return back.StdOut;
        }).ToList();
        Assert.Equal(11, json[0].Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.All(json, j => Assert.Equal(json[0], j));
    }

    [Fact]
    public void Marc_options_reach_the_writer()
    {
        var r = ExporterCli.Run(["convert", Example("CX7118.txt"), "--to", "mrk", "-o", "-", "--marc-org", "XxExp", "--punctuation", "isbd"]);
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Contains("=003  XxExp\n", r.StdOut, StringComparison.Ordinal);
        Assert.Contains("=245  10$aFrom Lenin to Stalin.", r.StdOut, StringComparison.Ordinal);
        var marc8 = ExporterCli.Run("convert", Example("catalog.txt"), "--to", "marc21", "-o", "-", "--marc-charset", "marc8");
        Assert.Equal((byte)' ', marc8.StdOutBytes[9]);
        Assert.Contains((byte)0x1B, marc8.StdOutBytes);
    }

    [Fact]
    public void Without_an_organization_code_the_run_warns_once_and_says_how_to_set_one()
    {
        var r = ExporterCli.Run("convert", Example("catalog.txt"), "--to", "mrk", "-o", "-");
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Single(r.StdErr.Split('\n'), l => l.Contains("MARC0312", StringComparison.Ordinal));
        Assert.Contains("--marc-org", r.StdErr, StringComparison.Ordinal);
        var withOrg = ExporterCli.Run("convert", Example("catalog.txt"), "--to", "mrk", "-o", "-", "--marc-org", "XxExp");
        Assert.DoesNotContain("MARC0312", withOrg.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--marc-org", "has space", "CLI0015")]
    [InlineData("--punctuation", "aacr", "CLI0016")]
    [InlineData("--marc-charset", "latin1", "CLI0017")]
    [InlineData("--marc-encoding", "ebcdic", "CLI0011")]
    public void Bad_marc_option_values_are_usage_errors(string option, string value, string code)
    {
        var r = ExporterCli.Run("convert", Example("CX7118.txt"), "--to", "mrk", "-o", "-", option, value);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(code, r.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Marc_encoding_option_reaches_the_reader()
    {
        using var dir = new TempDir();
        var record = new MarcRecord(new Leader("00000nam a2200000 a 4500"), [new ControlField("001", "e1"), new DataField("245", '0', '0', new Subfield('a', "Café"))]);
        File.WriteAllBytes(dir.File("m8.mrc"), Iso2709Writer.Encode(record, new Iso2709WriterOptions { Encoding = Iso2709OutputEncoding.Marc8 }));
        var asLabelled = ExporterCli.Run("convert", dir.File("m8.mrc"), "--to", "mrk", "-o", "-");
        Assert.Contains("$aCafé", asLabelled.StdOut, StringComparison.Ordinal);
        var forced = ExporterCli.Run("convert", dir.File("m8.mrc"), "--to", "mrk", "-o", "-", "--marc-encoding", "utf8", "--on-error", "skip");
        Assert.DoesNotContain("$aCafé", forced.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void A_10000_byte_summary_becomes_two_valid_520_fields()
    {
        using var dir = new TempDir();
        var summary = string.Join(" ", Enumerable.Repeat("Ten bytes.", 1000))[..10_000];
        File.WriteAllText(dir.File("long.jsonl"), new JObject { ["title"] = "Long", ["description"] = summary }.ToString(Newtonsoft.Json.Formatting.None) + "\n");
        var r = ExporterCli.Run("convert", dir.File("long.jsonl"), "--to", "marc21", "-o", dir.File("long.mrc"));
        Assert.True(r.ExitCode == 0, r.StdErr);
        var read = Iso2709Parser.Parse(File.ReadAllBytes(dir.File("long.mrc")));
        Assert.Empty(read.Diagnostics);
        var fields = read.Record!.DataFields("520").ToList();
        Assert.Equal(2, fields.Count);
        Assert.All(fields, f => Assert.InRange(Encoding.UTF8.GetByteCount(f.ToString()), 1000, 9999));
        var back = ExporterCli.Run("convert", dir.File("long.mrc"), "--to", "json", "-o", "-");
        Assert.Equal(summary, (string?)JObject.Parse(back.StdOut)["description"]);
    }

    [Fact]
    public void A_record_over_the_iso2709_limit_is_an_error_naming_it_but_marcxml_takes_it()
    {
        using var dir = new TempDir();
        var huge = string.Join(" ", Enumerable.Repeat("A sentence of text.", 6400)); // about 120 KB
        var lines = new JObject { ["title"] = "Small", ["identifiers"] = new JArray(new JObject { ["type"] = "local", ["value"] = "OK1" }) }.ToString(Newtonsoft.Json.Formatting.None) + "\n"
            + new JObject { ["title"] = "Huge", ["description"] = huge, ["identifiers"] = new JArray(new JObject { ["type"] = "local", ["value"] = "BIG1" }) }.ToString(Newtonsoft.Json.Formatting.None) + "\n";
        File.WriteAllText(dir.File("in.jsonl"), lines);

        var fail = ExporterCli.Run("convert", dir.File("in.jsonl"), "--to", "marc21", "-o", dir.File("fail.mrc"));
        Assert.Equal(3, fail.ExitCode);
        Assert.Contains(MarcDiagnosticCodes.RecordTooLong, fail.StdErr, StringComparison.Ordinal);
        Assert.Contains("BIG1", fail.StdErr, StringComparison.Ordinal);
        Assert.Contains("99,999", fail.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("fail.mrc")));

        var skip = ExporterCli.Run("convert", dir.File("in.jsonl"), "--to", "marc21", "-o", dir.File("skip.mrc"), "--on-error", "skip", "--rejects", dir.File("rejects.jsonl"));
        Assert.Equal(1, skip.ExitCode);
        Assert.Contains("read 2, written 1, rejected 1", skip.StdErr, StringComparison.Ordinal);
        Assert.Contains("BIG1", File.ReadAllText(dir.File("rejects.jsonl")), StringComparison.Ordinal);
        Assert.Equal("OK1", Iso2709Parser.Parse(File.ReadAllBytes(dir.File("skip.mrc"))).Record!.ControlValue("001"));

        var xml = ExporterCli.Run("convert", dir.File("in.jsonl"), "--to", "marcxml", "-o", dir.File("ok.marc.xml"));
        Assert.True(xml.ExitCode == 0, xml.StdErr);
        Assert.True(new FileInfo(dir.File("ok.marc.xml")).Length > 120_000);
    }
}
