using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Exporter.Tests.Support;

namespace Exporter.Tests.Cli;

/// <summary>Nothing lost on the input side: damaged gzip, pipes and FIFOs, symbolic-link loops, skipped files, BOMs,
/// output names of twin inputs. OK is a clean 383-record ISO 2709 file of the corpus.</summary>
public class InputsCliTests
{
    private const string Read383 = "read 383, written 383, rejected 0";

    private static string Ok => TestEnvironment.TestData("corpus", "marc", "marc4j", "pride-and-prejudice-fixed.mrc");

    private static byte[] Gzip(byte[] data)
    {
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Optimal, leaveOpen: true)) gz.Write(data);
        return ms.ToArray();
    }

    private static void AssertOk(ExporterCli.Result r, string expected = Read383)
    {
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Contains(expected, r.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_gzip_is_an_error_with_its_compressed_offset_and_the_records_before_reconcile()
    {
        using var dir = new TempDir();
        File.WriteAllBytes(dir.File("cut.mrc.gz"), Gzip(File.ReadAllBytes(Ok))[..9198]);
        File.WriteAllBytes(dir.File("two.mrc.gz"), [0x1F, 0x8B]);
        var r = ExporterCli.Run("convert", dir.File("cut.mrc.gz"), "--to", "json", "-o", dir.File("cut.jsonl"), "-q");
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("error GZIP0001 " + dir.File("cut.mrc.gz") + " record 31 byte 9198: gzip file truncated", r.StdErr, StringComparison.Ordinal);
        Assert.Matches(@"stopped: read (\d+), written 0, rejected 1, discarded", r.StdErr);
        Assert.False(File.Exists(dir.File("cut.jsonl")));
        var skip = ExporterCli.Run("convert", dir.File("cut.mrc.gz"), "--to", "json", "-o", dir.File("cut.jsonl"), "-q", "--on-error", "skip", "--threads", "3");
        Assert.Equal(3, skip.ExitCode);
        Assert.Contains("stopped: read 31, written 0, rejected 1, discarded 30", skip.StdErr, StringComparison.Ordinal);
        var two = ExporterCli.Run("convert", dir.File("two.mrc.gz"), "--to", "json", "-o", dir.File("two.jsonl"));
        Assert.Equal(3, two.ExitCode);
        Assert.Contains("GZIP0001", two.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("3")]
    public void The_record_a_truncated_gzip_cuts_is_kept_in_rejects_with_the_bytes_inflated_before_the_cut(string threads)
    {
        using var dir = new TempDir();
        var ok = File.ReadAllBytes(Ok);
        File.WriteAllBytes(dir.File("cut.mrc.gz"), Gzip(ok)[..9198]);
        var r = ExporterCli.Run("convert", dir.File("cut.mrc.gz"), "--to", "json", "-o", dir.File("cut.jsonl"), "--on-error", "skip", "--threads", threads,
            "--rejects", dir.File("rejects.mrc"), "--report", dir.File("report.jsonl"));
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("read 31, written 0, rejected 1, discarded 30", r.StdErr, StringComparison.Ordinal);
        var report = File.ReadAllLines(dir.File("report.jsonl")).Select(Newtonsoft.Json.Linq.JObject.Parse).ToList();
        var cut = Assert.Single(report, j => (string?)j["type"] == "rejected");
        Assert.Equal(31L, (long)cut["index"]!);
        Assert.Equal("GZIP0001", (string?)cut["code"]);
        Assert.False((bool)report[^1]["completed"]!);

        // record 31 begins where the 30 before it end; what was inflated of it before the cut is kept, byte for byte
        var start = 0;
        for (var i = 0; i < 30; i++) start = ok.AsSpan(start).IndexOf((byte)0x1D) + start + 1;
        var recordEnd = ok.AsSpan(start).IndexOf((byte)0x1D) + start + 1;
        var kept = File.ReadAllBytes(dir.File("rejects.mrc"));
        Assert.Equal(start, (long)cut["start"]!);
        Assert.InRange(kept.Length, 1, recordEnd - start - 1);
        Assert.Equal(ok.AsSpan(start, kept.Length).ToArray(), kept);
    }

    [Fact]
    public void A_corrupt_gzip_is_a_coded_diagnostic_not_an_internal_error()
    {
        using var dir = new TempDir();
        var gz = Gzip(File.ReadAllBytes(Ok));
        gz[3] = 0xE0; // reserved flags
        File.WriteAllBytes(dir.File("bad.mrc.gz"), gz);
        var r = ExporterCli.Run("convert", dir.File("bad.mrc.gz"), "--to", "json", "-o", dir.File("bad.jsonl"));
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("error GZIP0002", r.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("INT0001", r.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_and_dev_stdin_are_read_whole()
    {
        var bytes = File.ReadAllBytes(Ok);
        AssertOk(ExporterCli.Run(["convert", "-", "--to", "json", "-o", "-", "-q"], bytes));
        AssertOk(ExporterCli.Run(["convert", "/dev/stdin", "--to", "json", "-o", "-", "-q"], bytes));
        AssertOk(ExporterCli.Run(["convert", "/dev/stdin", "--to", "json", "-o", "-", "-q"], Gzip(bytes)));
    }

    [Theory]
    [InlineData("cat")]
    [InlineData("gzip -c")]
    public void Process_substitution_is_read_whole_as_input(string through)
    {
        // <(cat OK) is a /dev/fd/N pipe: sniffed from the one stream read, every record read.
        var expected = ExporterCli.Run("convert", Ok, "--to", "json", "-o", "-", "-q").StdOutBytes;
        var r = Bash($"dotnet \"$0\" convert <({through} \"$1\") --to json -o - -q", Ok);
        AssertOk(r);
        Assert.Equal(expected, r.StdOutBytes);
    }

    [Fact]
    public void Process_substitution_as_output_is_written_straight()
    {
        // -o >(cat > FILE): a pipe of the process, written as the records come (no rename over it).
        using var dir = new TempDir();
        var expected = ExporterCli.Run("convert", Ok, "--to", "json", "-o", "-", "-q").StdOutBytes;
        var r = Bash("dotnet \"$0\" convert \"$1\" --to json -o >(cat > \"$2\") -q; rc=$?; wait $!; exit $rc", Ok, dir.File("out.jsonl"));
        AssertOk(r);
        Assert.Equal(expected, File.ReadAllBytes(dir.File("out.jsonl")));
        Assert.Equal(["out.jsonl"], dir.Files());
    }

    /// <summary>Runs <paramref name="script"/> in bash with $0 the CLI's dll and $1.. the arguments.</summary>
    private static ExporterCli.Result Bash(string script, params string[] args)
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = TestEnvironment.RepoRoot };
        foreach (var a in (string[])["-c", script, ExporterCli.Dll, .. args]) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = Task.Run(() =>
        {
            using var ms = new MemoryStream();
            p.StandardOutput.BaseStream.CopyTo(ms);
            return ms.ToArray();
        });
        var error = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(120_000), "bash did not finish in 120 s");
        return new ExporterCli.Result(p.ExitCode, Encoding.UTF8.GetString(output.Result), error.Result, output.Result);
    }

    [SkippableTheory]
    [InlineData("records.xml")]
    [InlineData("records")]
    [InlineData("records.marc.xml")]
    public void A_named_fifo_is_opened_once(string name)
    {
        Skip.If(!OperatingSystem.IsLinux(), "mkfifo");
        using var dir = new TempDir();
        var xml = ExporterCli.Run("convert", Ok, "--to", "marcxml", "-o", "-", "-q").StdOutBytes;
        var fifo = dir.File(name);
        using (var mk = Process.Start("mkfifo", [fifo])) mk.WaitForExit();
        var writer = Task.Run(() =>
        {
            using var w = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            w.Write(xml);
        });
        var r = ExporterCli.Run("convert", fifo, "--to", "json", "-o", dir.File("out.jsonl"), "-q");
        if (!writer.Wait(TimeSpan.FromSeconds(5)))
        {
            using var unblock = new FileStream(fifo, FileMode.Open, FileAccess.Read); // the CLI never opened it: release the writer
            Assert.Fail("the CLI did not open the FIFO: " + r.StdErr);
        }

        AssertOk(r);
        Assert.Equal(383, File.ReadAllLines(dir.File("out.jsonl")).Length);
    }

    [SkippableFact]
    public void A_symbolic_link_loop_is_not_followed()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File(Path.Combine("lp", "a")));
        File.Copy(Ok, dir.File(Path.Combine("lp", "a", "ok.mrc")));
        Directory.CreateSymbolicLink(dir.File(Path.Combine("lp", "a", "up")), "..");
        var r = ExporterCli.Run("convert", dir.File("lp"), "--to", "json", "--out-dir", dir.File("o"), "-q");
        AssertOk(r);
        Assert.Contains("skipped 1 symbolic link to a folder (not followed)", r.StdErr, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(dir.File("o"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_directory_run_reads_usmarc_and_counts_and_names_what_it_skipped()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("in"));
        File.Copy(Ok, dir.File(Path.Combine("in", "ok.usmarc")));
        File.WriteAllText(dir.File(Path.Combine("in", "README")), "catalog export\n");
        File.WriteAllBytes(dir.File(Path.Combine("in", "photo.jpg")), [0xFF, 0xD8, 0xFF]);
        var quiet = ExporterCli.Run("convert", dir.File("in"), "--to", "json", "--out-dir", dir.File("o"), "-q");
        AssertOk(quiet);
        Assert.Contains("skipped 2 files of unknown format (--verbose names them)", quiet.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("photo.jpg", quiet.StdErr, StringComparison.Ordinal);
        var verbose = ExporterCli.Run("convert", dir.File("in"), "--to", "json", "--out-dir", dir.File("o2"), "-v");
        Assert.Contains("INPUT0001 " + dir.File(Path.Combine("in", "photo.jpg")) + ": not read: file of unknown format", verbose.StdErr, StringComparison.Ordinal);
        Assert.Contains("INPUT0001 " + dir.File(Path.Combine("in", "README")), verbose.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void With_from_stray_files_in_a_directory_are_skipped_not_read_as_records()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("in"));
        File.Copy(Ok, dir.File(Path.Combine("in", "ok.mrc")));
        File.Copy(Ok, dir.File(Path.Combine("in", "export.bin")));
        File.WriteAllText(dir.File(Path.Combine("in", "README")), "catalog export\n");
        File.WriteAllBytes(dir.File(Path.Combine("in", "photo.jpg")), [0xFF, 0xD8, 0xFF, 0xE0]);
        var r = ExporterCli.Run("convert", dir.File("in"), "--from", "marc21", "--to", "json", "-o", dir.File("all.jsonl"), "-q");
        AssertOk(r, "read 766, written 766, rejected 0");
        Assert.Contains("skipped 2 files not of the --from format", r.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_beside_its_gzip_twin_gets_an_output_name_of_its_own()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("in"));
        File.Copy(Ok, dir.File(Path.Combine("in", "x.mrc")));
        File.WriteAllBytes(dir.File(Path.Combine("in", "x.mrc.gz")), Gzip(File.ReadAllBytes(Ok)));
        var r = ExporterCli.Run("convert", dir.File("in"), "--to", "json", "--out-dir", dir.File("o"), "-q");
        AssertOk(r, "read 766, written 766, rejected 0");
        Assert.Equal(["x.mrc.gz.jsonl", "x.mrc.jsonl"], Directory.GetFiles(dir.File("o")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("bom.mrk", "mrk")]
    [InlineData("bom.jsonl", "json")]
    [InlineData("bom.txt", "text")]
    public void A_byte_order_mark_does_not_reject_or_change_the_first_record(string name, string via)
    {
        using var dir = new TempDir();
        var plain = ExporterCli.Run("convert", Path.Combine(TestEnvironment.Examples, "catalog.txt"), "--to", via, "-o", "-", "-q").StdOutBytes;
        File.WriteAllBytes(dir.File(name), [0xEF, 0xBB, 0xBF, .. plain]);
        var r = ExporterCli.Run("convert", dir.File(name), "--to", "json", "-o", "-", "-q");
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.StartsWith("{\"title\":\"Manufacturing Consent\"", r.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFEFF", Encoding.UTF8.GetString(r.StdOutBytes), StringComparison.Ordinal);
    }
}
