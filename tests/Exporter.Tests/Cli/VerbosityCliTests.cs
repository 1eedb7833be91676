using Exporter.Tests.Support;

namespace Exporter.Tests.Cli;

/// <summary>What --quiet and --verbose change on stderr; the summary line is printed at every level.</summary>
public class VerbosityCliTests
{
    /// <summary>A MARCXML record without a leader: read with an informational note (MARC0207).</summary>
    private const string NoLeader = "<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record><controlfield tag=\"001\">x1</controlfield>"
        + "<datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">Title</subfield></datafield></record></collection>\n";

    [Theory]
    [InlineData(null, false)]
    [InlineData("--verbose", true)]
    [InlineData("-v", true)]
    [InlineData("--quiet", false)]
    public void Informational_notes_are_printed_only_when_verbose(string? flag, bool shown)
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("in.marc.xml"), NoLeader);
        string[] args = ["convert", dir.File("in.marc.xml"), "--to", "marc21", "-o", dir.File("out.mrc")];
        var r = ExporterCli.Run(flag is null ? args : [.. args, flag]);

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(shown, r.StdErr.Contains("info MARC0207", StringComparison.Ordinal));
        Assert.Contains("read 1, written 1, rejected 0", r.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--quiet")]
    [InlineData("-q")]
    public void Quiet_hides_warnings_but_keeps_the_summary(string flag)
    {
        var r = ExporterCli.Run("convert", Path.Combine(TestEnvironment.Examples, "CX7118.txt"), "--to", "json", "-o", "-", flag);

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("read 1, written 1, rejected 0", r.StdErr.Trim());
    }
}
