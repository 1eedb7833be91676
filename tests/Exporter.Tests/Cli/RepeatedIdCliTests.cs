using System.Text.RegularExpressions;
using Exporter.Tests.Support;

namespace Exporter.Tests.Cli;

/// <summary>
/// Issue #15, "IRIs never collide silently": a 001 repeated in the input gives the later records suffixed IRIs in
/// BIBFRAME and schema.org, with a PIPE0006 warning naming the record, the same bytes whatever --threads.
/// </summary>
public partial class RepeatedIdCliTests
{
    private const string Input =
        "=LDR  00000nam\\\\2200000\\a\\4500\n=001  x-1\n=245  10$aFirst\n\n" +
        "=LDR  00000nam\\\\2200000\\a\\4500\n=001  x-2\n=245  10$aSecond\n\n" +
        "=LDR  00000nam\\\\2200000\\a\\4500\n=001  x-1\n=245  10$aThird\n\n";

    [Fact]
    public void A_repeated_001_is_told_apart_in_every_linked_data_output_with_a_warning()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("in.mrk"), Input);
        var run = ExporterCli.Run("convert", dir.File("in.mrk"), "--to", "bibframe,jsonld", "--out-dir", dir.File("out"), "--threads", "2");
        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.Matches(@"warning PIPE0006 \S*in\.mrk record 3 \(id x-1\) line 9: record id 'x-1' is also the id of record 1: this record's linked-data IRIs get the suffix '-h[0-9a-f]{8}' so that the two never collide", run.StdErr);

        var bibframe = File.ReadAllText(dir.File("out/in.bf.rdf"));
        var works = WorkIri().Matches(bibframe).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, works.Distinct().Count());
        Assert.Equal(["x-1", "x-2"], works.Take(2));
        Assert.Matches("^x-1-h[0-9a-f]{8}$", works[2]);

        var jsonld = File.ReadAllText(dir.File("out/in.jsonld"));
        Assert.Contains("/record/" + works[2] + "#edition\"", jsonld, StringComparison.Ordinal);   // the same suffix
    }

    [Fact]
    public void One_thread_or_several_give_the_same_bytes()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("in.mrk"), Input + Input);
        Assert.Equal(0, Run("convert", dir.File("in.mrk"), "--to", "bibframe", "-o", dir.File("one.rdf"), "--threads", "1", "--quiet"));
        Assert.Equal(0, Run("convert", dir.File("in.mrk"), "--to", "bibframe", "-o", dir.File("two.rdf"), "--threads", "2", "--quiet"));
        var one = File.ReadAllText(dir.File("one.rdf"));
        Assert.Equal(one, File.ReadAllText(dir.File("two.rdf")));
        Assert.Equal(6, WorkIri().Matches(one).Select(m => m.Groups[1].Value).Distinct().Count());
    }

    /// <summary>Runs the CLI with SOURCE_DATE_EPOCH set, so that the admin metadata's bf:date is the same in every run.</summary>
    private static int Run(params string[] args)
    {
        var r = ExporterCli.RunAt("1700000000", args);
        Assert.True(r.ExitCode == 0, r.StdErr);
        return r.ExitCode;
    }

    [GeneratedRegex("<bf:Work rdf:about=\"[^\"]*/bibframe/([^\"#]*)#Work\"")]
    private static partial Regex WorkIri();
}
