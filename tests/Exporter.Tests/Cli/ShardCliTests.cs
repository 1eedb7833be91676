using Exporter.Tests.Support;

namespace Exporter.Tests.Cli;

/// <summary>convert --shard K/N and merge on the command line: usage errors exit 2 and write nothing; a run merges.</summary>
public sealed class ShardCliTests
{
    private static readonly string Input = TestEnvironment.TestData("corpus", "marc", "marc4j", "pride-and-prejudice-fixed.mrc");

    [Theory]
    [InlineData("4/3", "CLI0090")]
    [InlineData("0/3", "CLI0090")]
    [InlineData("1/0", "CLI0090")]
    [InlineData("2", "CLI0090")]
    [InlineData("a/b", "CLI0090")]
    [InlineData("-1/2", "CLI0090")]
    public void A_bad_shard_is_a_usage_error(string shard, string code)
    {
        using var dir = new TempDir();
        var r = ExporterCli.Run(["convert", Input, "--to", "json", "-o", dir.File("out.jsonl"), "--report", dir.File("r.jsonl"), "--shard", shard]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(code, r.StdErr, StringComparison.Ordinal);
        Assert.Empty(dir.Files());
    }

    [Fact]
    public void A_shard_needs_a_report_and_a_file()
    {
        using var dir = new TempDir();
        var noReport = ExporterCli.Run(["convert", Input, "--to", "json", "-o", dir.File("out.jsonl"), "--shard", "1/2"]);
        Assert.Equal(2, noReport.ExitCode);
        Assert.Contains("CLI0091", noReport.StdErr, StringComparison.Ordinal);
        var stdout = ExporterCli.Run(["convert", Input, "--to", "json", "-o", "-", "--report", dir.File("r.jsonl"), "--shard", "1/2"]);
        Assert.Equal(2, stdout.ExitCode);
        Assert.Contains("CLI0092", stdout.StdErr, StringComparison.Ordinal);
        Assert.Empty(stdout.StdOutBytes);
        Assert.Empty(dir.Files());
    }

    [Fact]
    public void Shards_merged_on_the_command_line_are_the_single_run()
    {
        using var dir = new TempDir();
        Assert.Equal(0, ExporterCli.Run(["convert", Input, "--to", "marcxml", "-o", dir.File("single.xml")]).ExitCode);
        for (var k = 1; k <= 3; k++)
        {
            var r = ExporterCli.Run(["convert", Input, "--to", "marcxml", "-o", dir.File($"s{k}.xml"), "--report", dir.File($"s{k}.jsonl"), "--shard", $"{k}/3"]);
            Assert.Equal(0, r.ExitCode);
        }

        var merge = ExporterCli.Run(["merge", dir.File("s1.jsonl"), dir.File("s2.jsonl"), dir.File("s3.jsonl"), "-o", dir.File("merged.xml")]);
        Assert.Equal(0, merge.ExitCode);
        Assert.Equal(File.ReadAllBytes(dir.File("single.xml")), File.ReadAllBytes(dir.File("merged.xml")));
        var missing = ExporterCli.Run(["merge", dir.File("s1.jsonl"), dir.File("s3.jsonl"), "-o", dir.File("m2.xml")]);
        Assert.Equal(3, missing.ExitCode);
        Assert.Contains("MERGE0002", missing.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("m2.xml")));
        var usage = ExporterCli.Run(["merge", dir.File("s1.jsonl")]);
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("CLI0094", usage.StdErr, StringComparison.Ordinal);
    }
}
