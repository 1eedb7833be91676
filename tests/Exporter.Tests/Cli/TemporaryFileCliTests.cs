using System.Diagnostics;
using System.Text;
using System.Xml.Linq;
using Exporter.Tests.Support;

namespace Exporter.Tests.Cli;

/// <summary>
/// Temporary files have unique names (not per process id: two runs in separate PID namespaces never share one), and a
/// run killed with SIGKILL leaves one that the next run writing the same output removes.
/// </summary>
public class TemporaryFileCliTests
{
    private static readonly string Ok = TestEnvironment.TestData("corpus", "marc", "marc4j", "pride-and-prejudice-fixed.mrc");
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public void A_temporary_file_left_by_sigkill_is_removed_by_the_next_run()
    {
        using var dir = new TempDir();
        var chunk = Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(TestEnvironment.Examples, "catalog.txt")).TrimEnd('\n') + "\n\f\n");
        using (var cli = RunningCli.Start("convert", "-", "--from", "text", "--to", "json", "-o", dir.File("b.jsonl")))
        {
            for (var i = 0; i < 24; i++) cli.StandardInput.Write(chunk);
            cli.StandardInput.Flush();
            cli.WaitUntil(() => Temporaries(dir).Any(f => new FileInfo(dir.File(f)).Length > 0), Patience, "converted records in a temporary output");
            cli.Signal("KILL");
            cli.WaitForExit(Patience);
        }

        Assert.Single(Temporaries(dir));

        var r = ExporterCli.Run("convert", Path.Combine(TestEnvironment.Examples, "catalog.txt"), "--to", "json", "-o", dir.File("b.jsonl"));

        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Equal(["b.jsonl"], dir.Files());
        Assert.Equal(11, File.ReadAllLines(dir.File("b.jsonl")).Length);
    }

    [SkippableFact]
    public void Two_runs_in_separate_pid_namespaces_writing_one_output_leave_a_well_formed_file()
    {
        Privileged.RequireRoot("unshare --pid");
        using var dir = new TempDir();
        var target = dir.File("same.marc.xml");
        var runs = Enumerable.Range(0, 2).Select(_ => StartInNewPidNamespace("convert", Ok, "--to", "marcxml", "-o", target, "--threads", "1")).ToList();
        foreach (var p in runs)
        {
            Assert.True(p.WaitForExit(120_000), "a run did not finish");
            Assert.True(p.ExitCode == 0, p.StandardError.ReadToEnd());
            p.Dispose();
        }

        var xml = XDocument.Load(target);
        Assert.Equal(383, xml.Root!.Elements().Count());
        Assert.Equal(["same.marc.xml"], dir.Files());
    }

    private static Process StartInNewPidNamespace(params string[] args)
    {
        var inner = ExporterCli.StartInfo(args);
        var psi = new ProcessStartInfo("unshare") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = inner.WorkingDirectory };
        foreach (var a in new[] { "--pid", "--fork", "--", inner.FileName }.Concat(inner.ArgumentList)) psi.ArgumentList.Add(a);
        var p = Process.Start(psi)!;
        p.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        return p;
    }

    private static string[] Temporaries(TempDir dir) =>
        Directory.GetFiles(dir.Path, ".b.jsonl.exporter-*.tmp").Select(Path.GetFileName).ToArray()!;
}
