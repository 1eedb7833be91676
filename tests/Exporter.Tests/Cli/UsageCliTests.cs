using System.Diagnostics;
using Exporter.Tests.Support;

namespace Exporter.Tests.Cli;

/// <summary>Usage errors: exit 2, one line on stderr in the CLI's words with a hint, nothing on stdout.</summary>
public class UsageCliTests
{
    private const string Input = "examples/CX7118.txt";

    [Theory]
    [InlineData("'--to' is required", "convert", Input, "-o", "-")]
    [InlineData("unknown command or argument 'bogus'", "bogus")]
    [InlineData("--threads must be a whole number of 1 or more, not 'abc'", "convert", Input, "--to", "json", "-o", "-", "--threads", "abc")]
    [InlineData("--threads must be a whole number of 1 or more, not '0'", "convert", Input, "--to", "json", "-o", "-", "--threads", "0")]
    [InlineData("--threads must be a whole number of 1 or more, not '-5'", "convert", Input, "--to", "json", "-o", "-", "--threads", "-5")]
    [InlineData("'-o' expects a single argument", "convert", Input, "--to", "json", "-o", "a", "-o", "b")]
    [InlineData("--to needs at least one format name", "convert", Input, "--to", "", "-o", "-")]
    [InlineData("--to needs at least one format name", "convert", Input, "--to", ",", "-o", "-")]
    [InlineData("--to: unknown format 'klingon'", "convert", Input, "--to", "json,klingon", "-o", "-")]
    [InlineData("--output needs a file name", "convert", Input, "--to", "json", "-o", "")]
    [InlineData("--out-dir needs a folder name", "convert", Input, "--to", "json", "--out-dir", "")]
    [InlineData("--report needs a file name", "validate", Input, "--report", " ")]
    [InlineData("give --quiet or --verbose, not both", "convert", Input, "--to", "json", "-o", "-", "--quiet", "--verbose")]
    [InlineData("give --quiet or --verbose, not both", "validate", Input, "-q", "-v")]
    [InlineData("--on-error must be fail or skip, not 'maybe'", "convert", Input, "--to", "json", "-o", "-", "--on-error", "maybe")]
    [InlineData("--punctuation must be minimal or isbd, not 'aacr'", "convert", Input, "--to", "marc21", "-o", "-", "--punctuation", "aacr")]
    [InlineData("--marc-charset must be utf8 or marc8, not 'latin1'", "convert", Input, "--to", "marc21", "-o", "-", "--marc-charset", "latin1")]
    [InlineData("--marc-encoding must be leader, auto, utf8 or marc8, not 'ebcdic'", "validate", Input, "--marc-encoding", "ebcdic")]
    [InlineData("--from must be", "validate", Input, "--from", "pdf")]
    [InlineData("unknown option '--bogus'", "convert", Input, "--to", "json", "-o", "-", "--bogus")]
    [InlineData("unknown option '-x'", "validate", "-x", Input)]
    [InlineData("Required argument missing", "validate")]
    [InlineData("unknown command or argument 'extra'", "formats", "extra")]
    [InlineData("nope.txt: no such file or directory", "convert", "nope.txt", "--to", "json", "-o", "-")]
    [InlineData("-o takes one target format", "convert", Input, "--to", "json,text", "-o", "x")]
    public void A_command_line_the_parser_refuses_exits_2_with_one_line_on_stderr_and_nothing_on_stdout(string message, params string[] args)
    {
        var r = ExporterCli.Run(args);

        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.StdOut);
        var line = Assert.Single(r.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error CLI00", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.EndsWith(args[0] is "convert" or "validate" or "formats" ? $"see 'exporter {args[0]} --help'" : "see 'exporter --help'", line.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("System.", line, StringComparison.Ordinal);
        Assert.DoesNotContain("`1", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_not_taken_for_an_input_file()
    {
        var r = ExporterCli.Run("convert", Input, "--to", "json", "-o", "-", "--bogus");

        Assert.DoesNotContain("no such file", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("CLI0018", r.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_named_like_an_option_is_read_after_double_dash_or_as_a_relative_path()
    {
        using var dir = new TempDir();
        File.Copy(Path.Combine(TestEnvironment.Examples, "CX7118.txt"), dir.File("-odd.txt"));

        var afterDash = ExporterCli.Run(["convert", "--to", "json", "-o", "-", "--", "-odd.txt"], workingDirectory: dir.Path);
        var relative = ExporterCli.Run(["convert", "./-odd.txt", "--to", "json", "-o", "-"], workingDirectory: dir.Path);

        Assert.True(afterDash.ExitCode == 0, afterDash.StdErr);
        Assert.True(relative.ExitCode == 0, relative.StdErr);
        Assert.Contains("\"CX7118\"", afterDash.StdOut, StringComparison.Ordinal);
        Assert.Equal(afterDash.StdOut, relative.StdOut);
    }

    [Fact]
    public void Option_values_starting_with_a_dash_are_values_not_unknown_options()
    {
        var r = ExporterCli.Run("convert", Input, "--to", "marc21", "-o", "-", "--marc-org", "-X1");

        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Contains("-X1", r.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_informational_version_of_the_build()
    {
        var r = ExporterCli.Run("--version");

        Assert.Equal(0, r.ExitCode);
        var expected = FileVersionInfo.GetVersionInfo(ExporterCli.Dll).ProductVersion;
        Assert.False(string.IsNullOrEmpty(expected));
        Assert.Equal(expected, r.StdOut.Trim());
    }

    [Fact]
    public void Version_answered_before_the_command_tree_is_what_the_command_tree_prints()
    {
        // `--version` alone is answered before the command tree is built; from a response file it goes through the
        // tree (System.CommandLine's version option).
        using var dir = new TempDir();
        File.WriteAllText(dir.File("version.rsp"), "--version\n");
        var fast = ExporterCli.Run("--version");
        var tree = ExporterCli.Run("@" + dir.File("version.rsp"));

        Assert.Equal(0, tree.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(tree.StdOut));
        Assert.Equal(tree.StdOut, fast.StdOut);
    }
}
