using Exporter.Tests.Formats.Marc;
using Exporter.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Exporter.Tests.Cli;

/// <summary>
/// How <c>exporter</c> reads MARC from elsewhere and writes it back: convert repairs what yaz-marcdump and MARC4J
/// repair (warnings), validate and --strict reject; records keep their characters unless --normalize nfc is given.
/// </summary>
public class MarcPassThroughCliTests
{
    private static string Corpus(string file) => Path.Combine(MarcCorpus.Root, file);

    [Fact]
    public void Convert_reads_a_stray_byte_before_the_first_delimiter_with_a_warning_and_strict_rejects_it()
    {
        // pymarc/regression45.dat records 1-11: a 752 with a '\' byte between the indicators and the first delimiter
        using var dir = new TempDir();
        var input = Corpus("pymarc/regression45.dat");
        var lenient = ExporterCli.Run("convert", input, "--to", "marcxml", "-o", dir.File("a.marc.xml"));
        Assert.True(lenient.ExitCode == 0, lenient.StdErr);
        Assert.Contains("warning MARC0124", lenient.StdErr, StringComparison.Ordinal);
        Assert.Contains("record 1 ", lenient.StdErr, StringComparison.Ordinal);
        Assert.Contains("read 12, written 12, rejected 0", lenient.StdErr, StringComparison.Ordinal);
        Assert.Equal(0, ExporterCli.Run("convert", input, "--to", "marcxml", "-o", dir.File("b.marc.xml"), "--permissive", "-q").ExitCode);

        var strict = ExporterCli.Run("convert", input, "--to", "marcxml", "-o", dir.File("c.marc.xml"), "--strict", "--on-error", "skip", "-q");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("read 12, written 1, rejected 11", strict.StdErr, StringComparison.Ordinal);

        var validate = ExporterCli.Run("validate", input, "-q");
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains("error MARC0124", validate.StdErr, StringComparison.Ordinal);
        Assert.Equal(0, ExporterCli.Run("validate", input, "--permissive", "-q").ExitCode);
    }

    [Fact]
    public void Strict_and_permissive_together_and_an_unknown_normalization_are_usage_errors()
    {
        var input = Corpus("pymarc/regression45.dat");
        var both = ExporterCli.Run("validate", input, "--strict", "--permissive");
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("CLI0023", both.StdErr, StringComparison.Ordinal);
        var nfd = ExporterCli.Run("validate", input, "--normalize", "nfd");
        Assert.Equal(2, nfd.ExitCode);
        Assert.Contains("CLI0024", nfd.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Pride_and_prejudice_passes_through_unchanged_but_for_reported_indicator_repairs_and_nfc_only_on_request()
    {
        // marc4j/pride-and-prejudice-fixed.mrc: 383 records, 42 of them not NFC, 7 with a 876 indicator '-'
        using var dir = new TempDir();
        var input = Corpus("marc4j/pride-and-prejudice-fixed.mrc");
        var plain = ExporterCli.Run("convert", input, "--to", "marc21", "-o", dir.File("plain.mrc"), "--report", dir.File("plain.jsonl"));
        Assert.True(plain.ExitCode == 0, plain.StdErr);
        var warned = Report(dir.File("plain.jsonl")).Where(l => (string?)l["code"] == "MARC0306").Select(l => (long)l["index"]!).ToHashSet();
        Assert.Equal(7, warned.Count);
        var changed = ChangedRecords(File.ReadAllBytes(input), File.ReadAllBytes(dir.File("plain.mrc")));
        Assert.Equal(warned.Order(), changed.Select(i => (long)i + 1).Order()); // report indexes are 1-based

        var nfc = ExporterCli.Run("convert", input, "--to", "marc21", "-o", dir.File("nfc.mrc"), "--normalize", "nfc", "--report", dir.File("nfc.jsonl"));
        Assert.True(nfc.ExitCode == 0, nfc.StdErr);
        var normalized = Report(dir.File("nfc.jsonl")).Where(l => (string?)l["code"] == "MARC0132").ToList();
        Assert.Equal(42, normalized.Count);
        Assert.All(normalized, l => Assert.Equal("info", (string?)l["type"]));
        var reported = warned.Union(normalized.Select(l => (long)l["index"]!)).Order();
        Assert.Equal(reported, ChangedRecords(File.ReadAllBytes(input), File.ReadAllBytes(dir.File("nfc.mrc"))).Select(i => (long)i + 1).Order());
    }

    private static List<JObject> Report(string path) => [.. File.ReadAllLines(path).Select(JObject.Parse)];

    /// <summary>0-based numbers of the records (split on 0x1D) that differ.</summary>
    private static List<int> ChangedRecords(byte[] a, byte[] b)
    {
        var x = MarcCorpus.Split(a).ToList();
        var y = MarcCorpus.Split(b).ToList();
        Assert.Equal(x.Count, y.Count);
        return [.. Enumerable.Range(0, x.Count).Where(i => !x[i].AsSpan().SequenceEqual(y[i]))];
    }

    [Fact]
    public void Decomposed_folio_records_pass_through_byte_for_byte()
    {
        // folio-srm/CornellFOLIOExemplars_Bibs.mrc holds decomposed (NFD) text, e.g. record 2's 245 $a: pass-through
        // keeps it as it is (no NFC rewrite without --normalize nfc)
        using var dir = new TempDir();
        var input = Corpus("folio-srm/CornellFOLIOExemplars_Bibs.mrc");
        var r = ExporterCli.Run("convert", input, "--to", "marc21", "-o", dir.File("out.mrc"), "-q");
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Contains("read 62, written 62, rejected 0", r.StdErr, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(input), File.ReadAllBytes(dir.File("out.mrc")));
    }
}
