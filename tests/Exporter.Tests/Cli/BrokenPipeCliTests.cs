using System.Diagnostics;
using System.Text.RegularExpressions;
using Exporter.Tests.Support;

namespace Exporter.Tests.Cli;

/// <summary>
/// Standard output closed by its reader (<c>exporter ... -o - | head -c 100</c>): the broken pipe stops the run with
/// exit 3 and a message, and the summary does not count as written what never reached the pipe.
/// </summary>
public partial class BrokenPipeCliTests
{
    private static readonly string Ok = TestEnvironment.TestData("corpus", "marc", "marc4j", "pride-and-prejudice-fixed.mrc");

    [Fact]
    public async Task A_reader_that_goes_away_stops_the_run_with_exit_3()
    {
        using var p = Process.Start(ExporterCli.StartInfo(["convert", Ok, "--to", "turtle", "-o", "-"]))!;
        p.StandardInput.Close();
        var stderr = p.StandardError.ReadToEndAsync();
        var head = new byte[100];
        p.StandardOutput.BaseStream.ReadExactly(head);
        p.StandardOutput.BaseStream.Dispose(); // as head does after 100 bytes
        Assert.True(p.WaitForExit(120_000), "exporter did not stop");
        var err = await stderr;

        Assert.True(p.ExitCode == 3, $"exit {p.ExitCode}: {err}");
        Assert.Contains("error IO0001: cannot write standard output: Broken pipe", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        var m = Summary().Match(err);
        Assert.True(m.Success, err);
        var (read, written) = (long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), long.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(written < 383 && written < read, $"claims {written} of {read} records written: {err}");
        DiskFullCliTests.AssertSummaryLine(err);
    }

    [GeneratedRegex(@"read (\d+), written (\d+), rejected \d+")]
    private static partial Regex Summary();
}
