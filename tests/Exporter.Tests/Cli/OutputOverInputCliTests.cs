using Exporter.Tests.Support;

namespace Exporter.Tests.Cli;

/// <summary>
/// An output, rejects or report path that is an input, or the same file as another output, or two streams on standard
/// output, is a usage error (exit 2) naming both, and nothing is touched. Files are compared by identity (device and
/// inode), so hard links, symlinks and other spellings of a path are caught too.
/// </summary>
public class OutputOverInputCliTests
{
    // Read strictly: convert's default reading repairs this file's records instead of rejecting them.
    private static readonly string Pp = TestEnvironment.TestData("corpus", "marc", "marc4j", "pride-and-prejudice-with-many-errors.mrc");
    private static readonly string Ok = TestEnvironment.TestData("corpus", "marc", "marc4j", "pride-and-prejudice-fixed.mrc");

    [Fact]
    public void Out_dir_that_would_overwrite_a_directory_input_is_refused()
    {
        using var dir = new TempDir();
        var sd = dir.File("sd");
        Directory.CreateDirectory(sd);
        File.Copy(Pp, Path.Combine(sd, "pp.mrc"));

        var r = ExporterCli.Run("convert", sd, "--strict", "--to", "marc21", "--out-dir", sd, "--on-error", "skip");

        AssertRefused(r, "CLI0040", Path.Combine(sd, "pp.mrc"));
        Assert.Equal(File.ReadAllBytes(Pp), File.ReadAllBytes(Path.Combine(sd, "pp.mrc")));
        Assert.Equal(["pp.mrc"], Directory.GetFiles(sd).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("-o")]
    [InlineData("--rejects")]
    [InlineData("--report")]
    public void An_output_naming_the_input_is_refused(string option)
    {
        using var dir = new TempDir();
        File.Copy(Ok, dir.File("x.mrc"));
        var args = new List<string> { "convert", dir.File("x.mrc"), "--to", "marc21", "--on-error", "skip" };
        if (option != "-o") args.AddRange(["-o", dir.File("out.mrc")]);
        args.AddRange([option, dir.File("x.mrc")]);

        var r = ExporterCli.Run(args);

        AssertRefused(r, "CLI0040", dir.File("x.mrc"));
        Assert.Contains(option, r.StdErr, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Ok), File.ReadAllBytes(dir.File("x.mrc")));
        Assert.Equal(["x.mrc"], dir.Files());
    }

    [Fact]
    public void A_hard_link_a_symlink_or_another_spelling_of_the_input_is_the_input()
    {
        using var dir = new TempDir();
        File.Copy(Ok, dir.File("x.mrc"));
        Directory.CreateDirectory(dir.File("sub"));
        Privileged.Run("ln", dir.File("x.mrc"), dir.File("hard.mrc"));
        File.CreateSymbolicLink(dir.File("soft.mrc"), dir.File("x.mrc"));

        foreach (var output in new[] { dir.File("hard.mrc"), dir.File("soft.mrc"), dir.File("sub/../x.mrc") })
        {
            var r = ExporterCli.Run("convert", dir.File("x.mrc"), "--to", "marc21", "-o", output);
            AssertRefused(r, "CLI0040", dir.File("x.mrc"));
        }

        Assert.Equal(File.ReadAllBytes(Ok), File.ReadAllBytes(dir.File("x.mrc")));
    }

    [Theory]
    [InlineData("--report")]
    [InlineData("--rejects")]
    public void Two_outputs_on_one_file_are_refused_even_when_it_does_not_exist_yet(string option)
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("sub"));
        File.CreateSymbolicLink(dir.File("link"), dir.File("sub"));

        var r = ExporterCli.Run("convert", Pp, "--strict", "--to", "json", "-o", dir.File("sub/o.jsonl"), "--on-error", "skip", option, dir.File("link/o.jsonl"));

        AssertRefused(r, "CLI0041", dir.File("sub/o.jsonl"));
        Assert.Empty(Directory.GetFileSystemEntries(dir.File("sub")));
    }

    [Theory]
    [InlineData("--rejects")]
    [InlineData("--report")]
    public void Two_streams_on_standard_output_are_refused(string option)
    {
        var r = ExporterCli.Run("convert", Pp, "--strict", "--to", "marcxml", "-o", "-", "--on-error", "skip", option, "-");

        AssertRefused(r, "CLI0042", option);
        Assert.Empty(r.StdOutBytes);
    }

    [Fact]
    public void Report_on_dev_stdout_beside_output_on_standard_output_is_refused()
    {
        var r = ExporterCli.Run("convert", Ok, "--to", "marcxml", "-o", "-", "--report", "/dev/stdout");

        AssertRefused(r, "CLI0041", "/dev/stdout");
    }

    [SkippableFact]
    public void Several_outputs_may_share_a_null_device()
    {
        Privileged.RequireRoot("mknod");
        using var dir = new TempDir();
        Privileged.Run("mknod", dir.File("null"), "c", "1", "3");
        var null1 = dir.File("null");

        var r = ExporterCli.Run("convert", Pp, "--strict", "--to", "json", "-o", null1, "--on-error", "skip", "--rejects", null1, "--report", null1);

        Assert.True(r.ExitCode == 1, r.StdErr);
        Assert.Contains("read 383, written 298, rejected 85", r.StdErr, StringComparison.Ordinal);
        Assert.Equal("character special file", Privileged.Run("stat", "-c", "%F", null1).Trim());
    }

    private static void AssertRefused(ExporterCli.Result r, string code, string named)
    {
        Assert.True(r.ExitCode == 2, $"exit {r.ExitCode}: {r.StdErr}");
        Assert.StartsWith("error " + code + ":", r.StdErr.TrimStart(), StringComparison.Ordinal);
        Assert.Contains(named, r.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.StdErr, StringComparison.Ordinal);
    }
}
