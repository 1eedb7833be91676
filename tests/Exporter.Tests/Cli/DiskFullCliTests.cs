using System.Text.RegularExpressions;
using Exporter.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Exporter.Tests.Cli;

/// <summary>
/// A full file system (a small tmpfs, or /dev/full) stops the run with exit 3 and a message naming the output, never
/// the temporary file; the summary line is printed; the rejects and report are never lost while outputs are kept, the
/// previous files are put back when the commit fails, and no temporary file is left.
/// </summary>
public partial class DiskFullCliTests
{
    // Read strictly: convert's default reading repairs this file's records instead of rejecting them.
    private static readonly string Pp = TestEnvironment.TestData("corpus", "marc", "marc4j", "pride-and-prejudice-with-many-errors.mrc");

    [Fact]
    public void Rejects_on_dev_full_stop_the_run_and_nothing_is_committed()
    {
        using var dir = new TempDir();

        var r = ExporterCli.Run("convert", Pp, "--strict", "--to", "json", "-o", dir.File("out.jsonl"), "--on-error", "skip", "--rejects", "/dev/full", "--report", dir.File("report.jsonl"));

        Assert.True(r.ExitCode == 3, $"exit {r.ExitCode}: {r.StdErr}");
        Assert.Contains("error IO0001: cannot write /dev/full: No space left on device", r.StdErr, StringComparison.Ordinal);
        AssertSummaryLine(r.StdErr);
        Assert.Contains("no output written", r.StdErr, StringComparison.Ordinal);
        Assert.Empty(dir.Files());
    }

    [SkippableTheory]
    [InlineData("200k")]
    [InlineData("420k")]
    [InlineData("460k")]
    [InlineData("490k")]
    public void A_full_file_system_puts_every_previous_file_back_and_leaves_no_temporary_file(string size)
    {
        using var fs = new TmpfsMount(size);
        File.WriteAllText(fs.File("out.jsonl"), "old output\n");
        File.WriteAllText(fs.File("rejects.mrc"), "old rejects");
        File.WriteAllText(fs.File("report.jsonl"), "old report\n");

        // Needs about 405 KB of output, 64 KB of rejects and 48 KB of report.
        var r = ExporterCli.Run("convert", Pp, "--strict", "--to", "json", "-o", fs.File("out.jsonl"), "--on-error", "skip",
            "--rejects", fs.File("rejects.mrc"), "--report", fs.File("report.jsonl"));

        Assert.True(r.ExitCode == 3, $"exit {r.ExitCode}: {r.StdErr}");
        Assert.Matches(@"error IO0001: cannot write " + Regex.Escape(fs.Path) + @"/(out\.jsonl|rejects\.mrc|report\.jsonl): No space left on device", r.StdErr);
        Assert.DoesNotContain(".tmp", r.StdErr, StringComparison.Ordinal);
        AssertSummaryLine(r.StdErr);
        Assert.Equal(["out.jsonl", "rejects.mrc", "report.jsonl"], fs.Files());
        Assert.Equal("old output\n", File.ReadAllText(fs.File("out.jsonl")));
        Assert.Equal("old rejects", File.ReadAllText(fs.File("rejects.mrc")));
        Assert.Equal("old report\n", File.ReadAllText(fs.File("report.jsonl")));
    }

    [SkippableFact]
    public void Out_dir_on_a_full_file_system_keeps_only_what_agrees_with_the_report()
    {
        using var fs = new TmpfsMount("700k");
        using var dir = new TempDir();
        File.Copy(Pp, dir.File("a.mrc"));
        File.Copy(Pp, dir.File("b.mrc"));

        var r = ExporterCli.Run("convert", dir.File("a.mrc"), dir.File("b.mrc"), "--strict", "--to", "json", "--out-dir", fs.File("out"), "--on-error", "skip",
            "--rejects", fs.File("rejects.mrc"), "--report", fs.File("report.jsonl"));

        Assert.True(r.ExitCode == 3, $"exit {r.ExitCode}: {r.StdErr}");
        AssertSummaryLine(r.StdErr);
        var outputs = Directory.GetFiles(fs.File("out")).Select(Path.GetFileName).ToList();
        Assert.DoesNotContain(outputs, f => f!.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.DoesNotContain(fs.Files(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
        // b's output filled the disk; a's output was kept, and so were its report (completed: false, a's counts) and
        // its rejects, cut back to a's.
        Assert.Equal(["a.jsonl"], outputs);
        Assert.Contains("kept the 1 complete output file(s)", r.StdErr, StringComparison.Ordinal);
        var summary = JObject.Parse(File.ReadAllLines(fs.File("report.jsonl"))[^1]);
        Assert.False((bool)summary["completed"]!);
        Assert.Contains("cannot write " + Path.Combine(fs.File("out"), "b.jsonl") + ": No space left on device", r.StdErr, StringComparison.Ordinal);
        Assert.Equal(298L, (long)summary["written"]!);
        Assert.Equal(85L, (long)summary["rejected"]!);
        Assert.Equal(298, File.ReadAllLines(Path.Combine(fs.File("out"), "a.jsonl")).Length);
        Assert.Equal(85, File.ReadAllLines(fs.File("report.jsonl")).Count(l => l.Contains("\"type\":\"rejected\"", StringComparison.Ordinal)));
        var whole = ExporterCli.Run("convert", Pp, "--strict", "--to", "json", "-o", Path.Combine(dir.Path, "whole.jsonl"), "--on-error", "skip", "--rejects", "-").StdOutBytes;
        Assert.Equal(whole, File.ReadAllBytes(fs.File("rejects.mrc")));
    }

    /// <summary>"read N, written W, rejected R[, discarded D]" with N = W + R + D.</summary>
    internal static void AssertSummaryLine(string stderr)
    {
        var m = SummaryLine().Match(stderr);
        Assert.True(m.Success, "no summary line: " + stderr);
        var n = m.Groups.Cast<Group>().Skip(1).Select(g => g.Success ? long.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture) : 0).ToArray();
        Assert.Equal(n[0], n[1] + n[2] + n[3]);
    }

    [GeneratedRegex(@"read (\d+), written (\d+), rejected (\d+)(?:, discarded (\d+))?")]
    private static partial Regex SummaryLine();
}
