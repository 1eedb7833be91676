using System.Text;
using Exporter.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Exporter.Tests.Cli;

/// <summary>
/// A run interrupted by SIGTERM or SIGINT (Ctrl-C), or stopped by a bad record, leaves neither output nor temporary
/// file behind, says so on stderr without a stack trace, and exits with the documented code (130, 3). The CLI is made
/// to be mid-run deterministically: its input is standard input, a pipe the test keeps open, and the signal is sent
/// only once a temporary output holds converted records.
/// </summary>
public class InterruptionCliTests
{
    private const int Interrupted = 130;
    private const int Failed = 3;
    private const int SigInt = 2;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>11 catalog-text records, the unit fed to standard input.</summary>
    private static readonly byte[] Chunk = Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(TestEnvironment.Examples, "catalog.txt")).TrimEnd('\n') + "\n\f\n");

    [SkippableTheory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public void A_signal_while_the_input_pipe_stalls_leaves_no_file(string signal)
    {
        using var dir = new TempDir();
        var outDir = dir.File("out");
        using var cli = RunningCli.Start("convert", "-", "--from", "text", "--to", "all", "--out-dir", outDir, "--on-error", "skip",
            "--report", Path.Combine(outDir, "report.jsonl"), "--rejects", Path.Combine(outDir, "rejects.txt"));
        Skip.If(signal == "INT" && cli.Ignores(SigInt), "this process inherited SIGINT ignored (a background job of a shell)");
        for (var i = 0; i < 24; i++) cli.StandardInput.Write(Chunk);
        cli.StandardInput.Flush();

        // 264 records: a batch of 256 converted and written, the rest waits for input that does not come.
        cli.WaitUntil(() => TemporaryBytes(outDir) > 0, Patience, "converted records in a temporary output");
        cli.Signal(signal);
        var r = cli.WaitForExit(Patience);

        AssertInterrupted(r);
        Assert.Empty(Directory.GetFileSystemEntries(outDir, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Sigterm_while_input_flows_leaves_no_file()
    {
        using var dir = new TempDir();
        using var cli = RunningCli.Start("convert", "-", "--from", "text", "--to", "marcxml,json", "--out-dir", dir.Path, "--report", dir.File("report.jsonl"));
        using var stop = new CancellationTokenSource();
        var feeder = new Thread(() =>
        {
            try
            {
                while (!stop.IsCancellationRequested) cli.StandardInput.Write(Chunk);
            }
            catch (IOException)
            {
                // The process is gone: broken pipe.
            }
        }) { IsBackground = true };
        feeder.Start();

        cli.WaitUntil(() => TemporaryBytes(dir.Path) > 0, Patience, "converted records in a temporary output");
        cli.Signal("TERM");
        var r = cli.WaitForExit(Patience);
        stop.Cancel();
        Assert.True(feeder.Join(Patience), "the feeder did not stop");

        AssertInterrupted(r);
        Assert.Empty(dir.Files());
    }

    [Fact]
    public void Sigterm_at_the_second_input_of_a_folder_keeps_only_the_first_inputs_complete_outputs()
    {
        using var dir = new TempDir();
        var inDir = dir.File("in");
        Directory.CreateDirectory(inDir);
        File.WriteAllBytes(Path.Combine(inDir, "a.txt"), Chunk);
        MakeFifo(Path.Combine(inDir, "b.txt")); // nobody writes to it: opening it blocks
        var outDir = dir.File("out");
        using var cli = RunningCli.Start("convert", inDir, "--from", "text", "--to", "marcxml,json", "--out-dir", outDir);

        cli.WaitUntil(() => Directory.Exists(outDir) && Directory.GetFiles(outDir, ".b.*.tmp").Length == 2, Patience, "the second input's temporary outputs");
        cli.Signal("TERM");
        var r = cli.WaitForExit(Patience);

        Assert.Equal(Interrupted, r.ExitCode);
        Assert.Contains("interrupted: no partial output; kept the 2 complete output file(s) of the inputs finished before: ", r.StdErr, StringComparison.Ordinal);
        AssertNoStackTrace(r.StdErr);
        Assert.Equal(["a.jsonl", "a.marc.xml"], Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(11, File.ReadAllLines(Path.Combine(outDir, "a.jsonl")).Length);
    }

    [Fact]
    public void Sigterm_at_the_second_input_keeps_the_report_and_rejects_of_the_first()
    {
        using var dir = new TempDir();
        var inDir = dir.File("in");
        Directory.CreateDirectory(inDir);
        File.WriteAllBytes(Path.Combine(inDir, "a.txt"), [.. Chunk, .. "Publisher:\u00a0 no title here\n"u8]);
        MakeFifo(Path.Combine(inDir, "b.txt")); // nobody writes to it: opening it blocks
        var outDir = dir.File("out");
        using var cli = RunningCli.Start("convert", inDir, "--from", "text", "--to", "json", "--out-dir", outDir, "--on-error", "skip",
            "--report", dir.File("report.jsonl"), "--rejects", dir.File("rejects.txt"));

        cli.WaitUntil(() => Directory.Exists(outDir) && Directory.GetFiles(outDir, ".b.*.tmp").Length == 1, Patience, "the second input's temporary output");
        cli.Signal("TERM");
        var r = cli.WaitForExit(Patience);

        Assert.Equal(Interrupted, r.ExitCode);
        Assert.Contains("read 12, written 11, rejected 1", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("kept the 1 complete output file(s)", r.StdErr, StringComparison.Ordinal);
        Assert.Equal(["a.jsonl"], Directory.GetFiles(outDir).Select(Path.GetFileName));
        Assert.Equal(["in", "out"], Directory.GetDirectories(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["rejects.txt", "report.jsonl"], dir.Files());
        Assert.Equal("Publisher:\u00a0 no title here\n", File.ReadAllText(dir.File("rejects.txt")));
        var report = File.ReadAllLines(dir.File("report.jsonl")).Select(JObject.Parse).ToList();
        Assert.Single(report, j => (string?)j["type"] == "rejected");
        var summary = report[^1];
        Assert.Equal(("summary", 12L, 11L, 1L, false), ((string?)summary["type"], (long)summary["read"]!, (long)summary["written"]!, (long)summary["rejected"]!, (bool)summary["completed"]!));
    }

    [Fact]
    public void An_input_deleted_mid_run_keeps_the_finished_inputs_with_their_report_and_rejects()
    {
        using var dir = new TempDir();
        var inDir = dir.File("in");
        Directory.CreateDirectory(inDir);
        MakeFifo(Path.Combine(inDir, "a.txt")); // the run waits here until the test feeds it
        File.WriteAllBytes(Path.Combine(inDir, "b.txt"), [.. Chunk, .. "Publisher:\u00a0 no title here\n"u8]);
        File.WriteAllBytes(Path.Combine(inDir, "c.txt"), Chunk);
        var outDir = dir.File("out");
        using var cli = RunningCli.Start("convert", inDir, "--from", "text", "--to", "json", "--out-dir", outDir, "--on-error", "skip",
            "--report", dir.File("report.jsonl"), "--rejects", dir.File("rejects.txt"));

        cli.WaitUntil(() => Directory.Exists(outDir) && Directory.GetFiles(outDir, ".a.*.tmp").Length == 1, Patience, "the first input's temporary output");
        File.Delete(Path.Combine(inDir, "c.txt"));
        using (var feed = new FileStream(Path.Combine(inDir, "a.txt"), FileMode.Open, FileAccess.Write))
        {
            feed.Write(Chunk);
        }

        var r = cli.WaitForExit(Patience);

        Assert.True(r.ExitCode == Failed, $"exit {r.ExitCode}: {r.StdErr}");
        Assert.Contains("c.txt", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("read 23, written 22, rejected 1", r.StdErr, StringComparison.Ordinal);
        AssertNoStackTrace(r.StdErr);
        Assert.Equal(["a.jsonl", "b.jsonl"], Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["rejects.txt", "report.jsonl"], dir.Files());
        Assert.Equal("Publisher:\u00a0 no title here\n", File.ReadAllText(dir.File("rejects.txt")));
        var summary = JObject.Parse(File.ReadAllLines(dir.File("report.jsonl"))[^1]);
        Assert.Equal((23L, 22L, 1L, false), ((long)summary["read"]!, (long)summary["written"]!, (long)summary["rejected"]!, (bool)summary["completed"]!));
    }

    [Fact]
    public void An_input_made_unreadable_mid_run_is_reported_and_the_other_inputs_go_on_under_skip()
    {
        // b.txt was planned as a file and is a folder when its turn comes (chmod 000 does not stop root, so the
        // replacement is the unreadable input here): the run names it, drops its outputs, converts c.txt, and ends
        // as failed with every count reconciled and the report saying it did not complete.
        using var dir = new TempDir();
        var inDir = dir.File("in");
        Directory.CreateDirectory(inDir);
        MakeFifo(Path.Combine(inDir, "a.txt")); // the run waits here until the test feeds it
        File.WriteAllBytes(Path.Combine(inDir, "b.txt"), Chunk);
        File.WriteAllBytes(Path.Combine(inDir, "c.txt"), [.. Chunk, .. "Publisher:\u00a0 no title here\n"u8]);
        var outDir = dir.File("out");
        using var cli = RunningCli.Start("convert", inDir, "--from", "text", "--to", "json,marcxml", "--out-dir", outDir, "--on-error", "skip",
            "--report", dir.File("report.jsonl"), "--rejects", dir.File("rejects.txt"));

        cli.WaitUntil(() => Directory.Exists(outDir) && Directory.GetFiles(outDir, ".a.*.tmp").Length == 2, Patience, "the first input's temporary outputs");
        File.Delete(Path.Combine(inDir, "b.txt"));
        Directory.CreateDirectory(Path.Combine(inDir, "b.txt"));
        using (var feed = new FileStream(Path.Combine(inDir, "a.txt"), FileMode.Open, FileAccess.Write))
        {
            feed.Write(Chunk);
        }

        var r = cli.WaitForExit(Patience);

        Assert.True(r.ExitCode == Failed, $"exit {r.ExitCode}: {r.StdErr}");
        Assert.Contains("INPUT0002", r.StdErr, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(inDir, "b.txt"), r.StdErr, StringComparison.Ordinal);
        Assert.Contains("read 23, written 22, rejected 1", r.StdErr, StringComparison.Ordinal);
        AssertNoStackTrace(r.StdErr);
        Assert.Equal(["a.jsonl", "a.marc.xml", "c.jsonl", "c.marc.xml"], Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetFiles(outDir, ".*")); // no temporary file left
        Assert.Equal(11, File.ReadAllLines(Path.Combine(outDir, "c.jsonl")).Length);
        Assert.Equal(["rejects.txt", "report.jsonl"], dir.Files());
        Assert.Equal("Publisher:\u00a0 no title here\n", File.ReadAllText(dir.File("rejects.txt")));
        var report = File.ReadAllLines(dir.File("report.jsonl")).Select(JObject.Parse).ToList();
        var dropped = Assert.Single(report, j => (string?)j["code"] == "INPUT0002");
        Assert.Contains("b.txt", dropped.ToString(), StringComparison.Ordinal);
        var summary = report[^1];
        Assert.Equal((23L, 22L, 1L, false), ((long)summary["read"]!, (long)summary["written"]!, (long)summary["rejected"]!, (bool)summary["completed"]!));
    }

    [Fact]
    public void A_bad_record_mid_run_stops_without_output_files_and_the_report_says_so()
    {
        using var dir = new TempDir();
        var input = dir.File("mixed.txt");
        using (var f = File.Create(input))
        {
            for (var i = 0; i < 24; i++) f.Write(Chunk);
            f.Write("Publisher:\u00a0 no title here\n\f\n"u8);
            for (var i = 0; i < 5; i++) f.Write(Chunk);
        }

        var outDir = dir.File("out");
        var r = ExporterCli.Run("convert", input, "--to", "all", "--out-dir", outDir, "--report", dir.File("report.jsonl"));

        Assert.Equal(Failed, r.ExitCode);
        Assert.Contains("stopped: read 265, written 0, rejected 1, discarded 264", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("no output written", r.StdErr, StringComparison.Ordinal);
        AssertNoStackTrace(r.StdErr);
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir, "*", SearchOption.AllDirectories).Any(),
            "output folder is not empty: " + string.Join(", ", Directory.Exists(outDir) ? Directory.GetFiles(outDir) : []));
        Assert.Equal(["mixed.txt", "report.jsonl"], dir.Files());
        var summary = JObject.Parse(File.ReadAllLines(dir.File("report.jsonl"))[^1]);
        Assert.Equal(("summary", 265L, 0L, 264L, false), ((string?)summary["type"], (long)summary["read"]!, (long)summary["written"]!, (long)summary["discarded"]!, (bool)summary["completed"]!));
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static long TemporaryBytes(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, ".*.tmp").Sum(f => new FileInfo(f).Length) : 0;

    private static void AssertInterrupted(ExporterCli.Result r)
    {
        Assert.True(r.ExitCode == Interrupted, $"exit code {r.ExitCode}: {r.StdErr}");
        Assert.Contains("interrupted: no output written", r.StdErr, StringComparison.Ordinal);
        AssertNoStackTrace(r.StdErr);
    }

    private static void AssertNoStackTrace(string stderr)
    {
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
    }
}
