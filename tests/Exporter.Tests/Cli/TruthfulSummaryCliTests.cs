using Exporter.Tests.Support;

namespace Exporter.Tests.Cli;

/// <summary>The summary says what really reached its destination: records streamed before a stop are written,
/// records in a discarded output file are not.</summary>
public class TruthfulSummaryCliTests
{
    // Read strictly: convert's default reading repairs this file's records instead of rejecting them.
    private static readonly string Pp = TestEnvironment.TestData("corpus", "marc", "marc4j", "pride-and-prejudice-with-many-errors.mrc");

    [Fact]
    public void A_stop_after_records_went_to_standard_output_says_so()
    {
        var r = ExporterCli.Run("convert", Pp, "--strict", "--to", "json", "-o", "-");

        Assert.Equal(3, r.ExitCode);
        Assert.Single(r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("stopped: read 2, written 1, rejected 1; 1 record(s) were already written to standard output", r.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("no output written", r.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stop_with_an_output_file_counts_its_records_as_discarded()
    {
        using var dir = new TempDir();

        var r = ExporterCli.Run("convert", Pp, "--strict", "--to", "json", "-o", dir.File("out.jsonl"));

        Assert.Equal(3, r.ExitCode);
        Assert.Contains("stopped: read 2, written 0, rejected 1, discarded 1; no output written", r.StdErr, StringComparison.Ordinal);
        Assert.Empty(dir.Files());
    }
}
