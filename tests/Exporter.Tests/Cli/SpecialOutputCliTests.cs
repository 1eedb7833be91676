using Exporter.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Exporter.Tests.Cli;

/// <summary>
/// Only regular files are replaced by renaming a temporary file over them. Devices, FIFOs and standard output are
/// written straight (they stay what they are); a symlink's target is replaced and the link kept; the replaced file's
/// mode and owner are kept.
/// </summary>
public class SpecialOutputCliTests
{
    private static string Catalog => Path.Combine(TestEnvironment.Examples, "catalog.txt");

    [SkippableFact]
    public void A_null_device_named_by_o_stays_a_device()
    {
        Privileged.RequireRoot("mknod");
        using var dir = new TempDir();
        Privileged.Run("mknod", dir.File("null"), "c", "1", "3");

        var r = ExporterCli.Run("convert", Catalog, "--to", "json", "-o", dir.File("null"));

        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Equal("character special file 1:3", Privileged.Run("stat", "-c", "%F %t:%T", dir.File("null")).Trim());
        Assert.Equal(["null"], dir.Files());
    }

    [Fact]
    public async Task A_fifo_named_by_o_receives_the_records_and_stays_a_fifo()
    {
        using var dir = new TempDir();
        Privileged.Run("mkfifo", dir.File("fifo"));
        var reader = Task.Run(() => File.ReadAllLines(dir.File("fifo")));

        var r = ExporterCli.Run("convert", Catalog, "--to", "json", "-o", dir.File("fifo"));

        Assert.True(r.ExitCode == 0, r.StdErr);
        var lines = await reader.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(11, lines.Length);
        Assert.Equal("fifo", Privileged.Run("stat", "-c", "%F", dir.File("fifo")).Trim());
    }

    [Fact]
    public void Dev_stdout_is_written_straight_to_standard_output()
    {
        var r = ExporterCli.Run("convert", Catalog, "--to", "json", "-o", "/dev/stdout");

        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Equal(11, r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal("symbolic link", Privileged.Run("stat", "-c", "%F", "/dev/stdout").Trim());
    }

    [Fact]
    public void A_symlink_keeps_pointing_at_its_target_which_gets_the_output()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("real"));
        File.WriteAllText(dir.File("real/out.jsonl"), "old\n");
        File.CreateSymbolicLink(dir.File("link.jsonl"), dir.File("real/out.jsonl"));

        var r = ExporterCli.Run("convert", Catalog, "--to", "json", "-o", dir.File("link.jsonl"));

        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Equal(dir.File("real/out.jsonl"), new FileInfo(dir.File("link.jsonl")).LinkTarget);
        Assert.Equal(11, File.ReadAllLines(dir.File("real/out.jsonl")).Length);
        Assert.Equal(["out.jsonl"], Directory.GetFiles(dir.File("real")).Select(Path.GetFileName));
    }

    [SkippableFact]
    public void Replacing_a_file_keeps_its_mode_and_owner()
    {
        Privileged.RequireRoot("chown");
        using var dir = new TempDir();
        File.WriteAllText(dir.File("out.jsonl"), "old\n");
        Privileged.Run("chmod", "600", dir.File("out.jsonl"));
        Privileged.Run("chown", "1234:4321", dir.File("out.jsonl"));

        var r = ExporterCli.Run("convert", Catalog, "--to", "json", "-o", dir.File("out.jsonl"), "--report", dir.File("report.jsonl"));

        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Equal(11, File.ReadAllLines(dir.File("out.jsonl")).Length);
        Assert.Equal("600 1234:4321", Privileged.Run("stat", "-c", "%a %u:%g", dir.File("out.jsonl")).Trim());
        Assert.Equal("summary", (string?)JObject.Parse(File.ReadAllLines(dir.File("report.jsonl"))[^1])["type"]);
    }
}
