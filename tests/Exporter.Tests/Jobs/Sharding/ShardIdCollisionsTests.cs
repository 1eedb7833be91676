using System.Text.RegularExpressions;
using Exporter.Diagnostics;
using Exporter.Jobs;
using Exporter.Jobs.Sharding;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Jobs.Sharding;

/// <summary>
/// Ids across shards (docs/sharding.md): a shard cannot know the ids of earlier shards, so an id that first occurs in
/// two shards gives two records the same linked-data IRIs after the merge. The merge finds each such record in the
/// shards' reports and warns (MERGE0008) naming it, both shards, the earlier record, the id and the outputs; without
/// such an id the merge is the single run, byte for byte.
/// </summary>
public sealed partial class ShardIdCollisionsTests
{
    private const string Fixed = "=LDR  00000nam\\\\2200000\\a\\4500\n";
    private const string Field008 = "=008  990101s1999\\\\\\\\xxu\\\\\\\\\\\\\\\\\\\\\\000\\0\\eng\\d\n";

    private static readonly WriteOptions Write = new() { Clock = new FixedClock(new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero)) };

    private static string WithId(string id, string title) => Fixed + $"=001  {id}\n" + Field008 + $"=245  10$a{title}\n\n";

    private static string NoId(string title) => Fixed + Field008 + $"=245  10$a{title}\n\n";

    /// <summary>Filler records with ids of their own, so that the first and the last records fall in different shards.</summary>
    private static string Filler(string prefix) => string.Concat(Enumerable.Range(1, 20).Select(i => WithId(prefix + i, "Filler " + i)));

    [Fact]
    public void An_id_first_in_two_shards_is_a_warning_naming_both()
    {
        using var dir = new TempDir();
        var input = WithId("A", "First") + NoId("Copied") + Filler("f") + WithId("A", "Later") + NoId("Copied");
        File.WriteAllText(dir.File("in.mrk"), input);
        var (single, merged) = SingleAndMerged(dir, 2, "bibframe");

        Assert.Equal(2, merged.Warnings.Count);
        Assert.All(merged.Warnings, w => Assert.Equal((ShardIdCollisions.Code, Severity.Warning), (w.Code, w.Severity)));
        var id = merged.Warnings[0];
        Assert.Equal(("A", 22L), (id.RecordId, id.RecordIndex));
        Assert.EndsWith("in.mrk", id.Source, StringComparison.Ordinal);
        Assert.Equal("record id 'A' is also the id of record 1 (shard 1): shard 2 could not know it, so the two records' IRIs collide in bibframe (a single run gives this record a suffix); run unsharded, or make the ids unique", id.Message);
        var content = merged.Warnings[1];
        Assert.Equal(((string?)null, 23L), (content.RecordId, content.RecordIndex));
        Assert.Matches("^record has no id, and the id its BIBFRAME 2 IRIs are minted from, 'h[0-9a-f]{16}', is also that of record 2 \\(shard 1\\): shard 2 could not know it", content.Message);

        // what the warning says: the merged output has the IRIs twice, the single run told them apart
        Assert.Equal(2, Regex.Count(File.ReadAllText(dir.File("merged.rdf")), "<bf:Work rdf:about=\"[^\"]*/bibframe/A#Work\""));
        Assert.Equal(1, Regex.Count(File.ReadAllText(dir.File("single.rdf")), "<bf:Work rdf:about=\"[^\"]*/bibframe/A#Work\""));
        Assert.Equal(single.Summary.Warnings, merged.Summary.Warnings);   // the single run's two PIPE0006 are the merge's two MERGE0008
        var report = File.ReadAllLines(dir.File("merged.jsonl"));
        Assert.Equal(2, report.Count(l => l.Contains("\"code\":\"MERGE0008\"", StringComparison.Ordinal)));
        Assert.DoesNotContain(report, l => l.Contains("shard-ids", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("bibframe")]
    [InlineData("jsonld")]
    public void Without_such_an_id_the_merge_is_the_single_run(string format)
    {
        using var dir = new TempDir();
        // repeats within a shard (A twice, a copy of a record without 001 twice) are the single run's
        var input = WithId("A", "First") + WithId("A", "Second") + NoId("Copied") + NoId("Copied") + Filler("f") + NoId("Other") + WithId("B", "Last");
        File.WriteAllText(dir.File("in.mrk"), input);
        var (single, merged) = SingleAndMerged(dir, 3, format);

        Assert.Empty(merged.Warnings);
        Assert.Equal(single.Summary, merged.Summary);
        Assert.Equal(File.ReadAllText(dir.File("single.rdf")), File.ReadAllText(dir.File("merged.rdf")));
        Assert.Equal(File.ReadAllText(dir.File("single.jsonl")), File.ReadAllText(dir.File("merged.jsonl")));
    }

    private static (ConvertJobResult Single, ConvertJobResult Merged) SingleAndMerged(TempDir dir, int n, string format)
    {
        var single = new ConvertJob(FormatRegistry.CreateDefault()).Run(Options(dir, "single", format, null));
        var reports = Enumerable.Range(1, n).Select(k =>
        {
            var shard = Options(dir, "s" + k, format, new ShardOptions(k, n));
            new ConvertJob(FormatRegistry.CreateDefault()).Run(shard);
            return shard.ReportFile!;
        }).ToList();
        var merged = new ShardMerge(FormatRegistry.CreateDefault()).Run(new ShardMergeOptions
        {
            Reports = reports,
            OutputFile = dir.File("merged.rdf"),
            ReportFile = dir.File("merged.jsonl"),
        });
        return (single, merged);
    }

    private static ConvertJobOptions Options(TempDir dir, string name, string format, ShardOptions? shard) => new()
    {
        Inputs = [dir.File("in.mrk")],
        To = [format],
        OutputFile = dir.File(name + ".rdf"),
        ReportFile = dir.File(name + ".jsonl"),
        Shard = shard,
        Conversion = new ConversionOptions { Threads = 2 },
        Write = Write,
    };
}
