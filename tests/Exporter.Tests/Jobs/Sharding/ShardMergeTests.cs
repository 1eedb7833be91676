using Exporter.Jobs;
using Exporter.Jobs.Sharding;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Jobs.Sharding;

/// <summary>
/// Shards merged are the single run, byte for byte: every format's outputs (XML roots, the JSON-LD graph, the OAI-PMH
/// response, blank node labels renumbered), the report (indexes, line numbers and counts) and the rejects.
/// </summary>
public sealed class ShardMergeTests
{
    private static readonly string[] Inputs =
    [
        TestEnvironment.TestData("corpus", "marc", "marc4j", "bad_hathi_records.mrc"),
        TestEnvironment.TestData("corpus", "marc", "catmandu-marc", "broken.xml"),
        TestEnvironment.TestData("corpus", "marc", "traject", "test_data.utf8.marc.xml"),
        TestEnvironment.TestData("corpus", "marc", "yaz"),
        TestEnvironment.TestData("corpus", "catalog-text", "CX7118.txt"),
    ];

    private static readonly WriteOptions Write = new()
    {
        Clock = new FixedClock(new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero)),
        Formats = FormatOptionBag.Empty.With(new Exporter.Formats.BookFeed.BookFeedWriteOptions { LibraryName = "Example Library", LibraryUrl = "https://library.example.net/" }), // the book feed's lender
    };

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void Merged_out_dir_shards_are_the_single_run(int n)
    {
        using var dir = new TempDir();
        var single = Options(dir, "single", null) with { To = ["all"] };
        var expected = new ConvertJob(FormatRegistry.CreateDefault()).Run(single);
        var reports = Enumerable.Range(1, n).Select(k =>
        {
            var shard = Options(dir, "s" + k, new ShardOptions(k, n)) with { To = ["all"] };
            new ConvertJob(FormatRegistry.CreateDefault()).Run(shard);
            return shard.ReportFile!;
        }).ToList();

        var merged = new ShardMerge(FormatRegistry.CreateDefault()).Run(new ShardMergeOptions
        {
            Reports = [.. reports.AsEnumerable().Reverse()],
            OutputDirectory = dir.File("merged"),
            ReportFile = dir.File("merged.jsonl"),
            RejectsFile = dir.File("merged.rej"),
        });

        Assert.Equal(expected.Summary, merged.Summary);
        var names = Directory.GetFiles(single.OutputDirectory!, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(single.OutputDirectory!, f)).Order(StringComparer.Ordinal).ToList();
        Assert.True(names.Count > 30 * FormatRegistry.CreateDefault().Formats.Count(f => f.CanWrite), $"only {names.Count} outputs");
        Assert.Equal(names, Directory.GetFiles(dir.File("merged"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(dir.File("merged"), f)).Order(StringComparer.Ordinal));
        foreach (var name in names) AssertSameBytes(Path.Combine(single.OutputDirectory!, name), Path.Combine(dir.File("merged"), name));
        AssertSameBytes(single.ReportFile!, dir.File("merged.jsonl"));
        AssertSameBytes(single.RejectsFile!, dir.File("merged.rej"));
    }

    [Fact]
    public void Merged_single_output_of_several_inputs_is_the_single_run()
    {
        using var dir = new TempDir();
        foreach (var target in new[] { "jsonld", "ntriples", "dcterms", "marcxml" })
        {
            var single = Options(dir, "single", null) with { To = [target], OutputDirectory = null, OutputFile = dir.File("single." + target) };
            new ConvertJob(FormatRegistry.CreateDefault()).Run(single);
            var reports = Enumerable.Range(1, 4).Select(k =>
            {
                var shard = Options(dir, "s" + k, new ShardOptions(k, 4)) with { To = [target], OutputDirectory = null, OutputFile = dir.File($"s{k}.{target}") };
                new ConvertJob(FormatRegistry.CreateDefault()).Run(shard);
                return shard.ReportFile!;
            }).ToList();
            new ShardMerge(FormatRegistry.CreateDefault()).Run(new ShardMergeOptions { Reports = reports, OutputFile = dir.File("merged." + target), ReportFile = dir.File("merged.jsonl") });
            AssertSameBytes(single.OutputFile!, dir.File("merged." + target));
            AssertSameBytes(single.ReportFile!, dir.File("merged.jsonl"));
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public void Merged_oai_dc_of_records_without_identifiers_is_the_single_run(int n)
    {
        // Records with neither a catalog number nor a 001: their OAI identifiers were made from their ordinal in the
        // output, which a shard does not know. They are made from the record's bytes now.
        using var dir = new TempDir();
        string[] inputs = [TestEnvironment.TestData("corpus", "marc", "marc4j", "pride-and-prejudice-fixed.mrc"), TestEnvironment.TestData("corpus", "marc", "marc4j", "bad_hathi_records.mrc")];
        var single = Options(dir, "single", null) with { Inputs = inputs, To = ["dc"], OutputDirectory = null, OutputFile = dir.File("single.xml") };
        new ConvertJob(FormatRegistry.CreateDefault()).Run(single);
        var reports = Enumerable.Range(1, n).Select(k =>
        {
            var shard = Options(dir, "s" + k, new ShardOptions(k, n)) with { Inputs = inputs, To = ["dc"], OutputDirectory = null, OutputFile = dir.File($"s{k}.xml") };
            new ConvertJob(FormatRegistry.CreateDefault()).Run(shard);
            return shard.ReportFile!;
        }).ToList();
        new ShardMerge(FormatRegistry.CreateDefault()).Run(new ShardMergeOptions { Reports = reports, OutputFile = dir.File("merged.xml"), ReportFile = dir.File("merged.jsonl") });

        Assert.Contains(":content-", File.ReadAllText(single.OutputFile!), StringComparison.Ordinal);
        AssertSameBytes(single.OutputFile!, dir.File("merged.xml"));
    }

    [Fact]
    public void Counts_of_the_shards_add_up_to_the_single_run()
    {
        using var dir = new TempDir();
        var single = new ConvertJob(FormatRegistry.CreateDefault()).Run(Options(dir, "single", null));
        var shards = Enumerable.Range(1, 5).Select(k => new ConvertJob(FormatRegistry.CreateDefault()).Run(Options(dir, "s" + k, new ShardOptions(k, 5))).Summary).ToList();
        Assert.Equal(single.Summary.Read, shards.Sum(s => s.Read));
        Assert.Equal(single.Summary.Written, shards.Sum(s => s.Written));
        Assert.Equal(single.Summary.Rejected, shards.Sum(s => s.Rejected));
        Assert.All(shards, s => Assert.Equal(s.Read, s.Written + s.Rejected));
        Assert.True(shards.Count(s => s.Read > 0) >= 3, "the inputs were not spread over the shards");
    }

    [Fact]
    public void A_missing_or_repeated_shard_is_refused_and_nothing_written()
    {
        using var dir = new TempDir();
        var reports = Enumerable.Range(1, 3).Select(k =>
        {
            var shard = Options(dir, "s" + k, new ShardOptions(k, 3));
            new ConvertJob(FormatRegistry.CreateDefault()).Run(shard);
            return shard.ReportFile!;
        }).ToList();
        var merge = new ShardMerge(FormatRegistry.CreateDefault());
        var missing = Assert.Throws<Exporter.Diagnostics.ExporterException>(() => merge.Run(new ShardMergeOptions { Reports = reports[..2], OutputDirectory = dir.File("m") }));
        Assert.Equal("MERGE0002", missing.Diagnostic.Code);
        Assert.Contains("shard 3 of 3 is missing", missing.Diagnostic.Message, StringComparison.Ordinal);
        var twice = Assert.Throws<Exporter.Diagnostics.ExporterException>(() => merge.Run(new ShardMergeOptions { Reports = [reports[0], reports[0], reports[1]], OutputDirectory = dir.File("m") }));
        Assert.Equal("MERGE0002", twice.Diagnostic.Code);
        File.WriteAllText(Path.Combine(dir.File("s2"), Directory.GetFiles(dir.File("s2"))[0]), "changed");
        var changed = Assert.Throws<Exporter.Diagnostics.ExporterException>(() => merge.Run(new ShardMergeOptions { Reports = reports, OutputDirectory = dir.File("m") }));
        Assert.Equal("MERGE0003", changed.Diagnostic.Code);
        Assert.False(Directory.Exists(dir.File("m")) && Directory.EnumerateFiles(dir.File("m"), "*", SearchOption.AllDirectories).Any(), "a refused merge wrote files");
    }

    [Fact]
    public void Every_writable_format_has_a_footer_and_separator_independent_of_the_count()
    {
        foreach (var format in FormatRegistry.CreateDefault().Formats.Where(f => f.CanWrite))
        {
            var encoder = format.CreateEncoder(Write);
            Assert.True(Bytes(b => encoder.WriteFooter(b, 1)).SequenceEqual(Bytes(b => encoder.WriteFooter(b, 9))), format.Name);
            Assert.True(Bytes(b => encoder.WriteBefore(b, 1)).SequenceEqual(Bytes(b => encoder.WriteBefore(b, 7))), format.Name);
        }
    }

    private static byte[] Bytes(Action<System.Buffers.ArrayBufferWriter<byte>> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        write(buffer);
        return buffer.WrittenSpan.ToArray();
    }

    private static ConvertJobOptions Options(TempDir dir, string name, ShardOptions? shard) => new()
    {
        Inputs = Inputs,
        To = ["marcxml", "jsonld", "dc"],
        OutputDirectory = dir.File(name),
        ReportFile = dir.File(name + ".jsonl"),
        RejectsFile = dir.File(name + ".rej"),
        Shard = shard,
        Conversion = new ConversionOptions { OnError = ErrorPolicy.Skip, Threads = 2 },
        Read = new ReadOptions { Strictness = Strictness.Permissive },
        Write = Write,
    };

    private static void AssertSameBytes(string expected, string actual)
    {
        var e = File.ReadAllBytes(expected);
        var a = File.ReadAllBytes(actual);
        if (e.AsSpan().SequenceEqual(a)) return;
        var i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i]) i++;
        Assert.Fail($"{actual} differs from {expected} at byte {i} of {e.Length}/{a.Length}: ...{Around(e, i)}... / ...{Around(a, i)}...");
    }

    private static string Around(byte[] bytes, int at) => System.Text.Encoding.UTF8.GetString(bytes, Math.Max(0, at - 80), Math.Min(bytes.Length, at + 80) - Math.Max(0, at - 80));
}
