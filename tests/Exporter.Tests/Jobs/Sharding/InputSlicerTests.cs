using Exporter.Jobs;
using Exporter.Jobs.Sharding;
using Exporter.Pipeline;

namespace Exporter.Tests.Jobs.Sharding;

/// <summary>
/// The slices of every input, taken in order, are the sequential read: the same records at the same byte offsets with
/// the same bytes, framing damage and parse outcome, for every corpus file and derived file (damaged ones included),
/// for several shard counts; once with the default lookback and once with none, which cuts at the format's resync
/// point alone.
/// </summary>
public sealed class InputSlicerTests(ShardCorpus corpus) : IClassFixture<ShardCorpus>
{
    private static readonly ReadOptions Read = new() { Strictness = Strictness.Permissive };

    public static TheoryData<string, long> Cases() => new()
    {
        { "marc21", InputSlicer.DefaultLookback }, { "marc21", 0 },
        { "marcxml", InputSlicer.DefaultLookback }, { "marcxml", 0 },
        { "mrk", InputSlicer.DefaultLookback }, { "mrk", 0 },
        { "json", InputSlicer.DefaultLookback }, { "json", 0 },
        { "ntriples", InputSlicer.DefaultLookback }, { "ntriples", 0 },
        { "text", InputSlicer.DefaultLookback }, { "text", 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Union_of_the_slices_is_the_sequential_read(string format, long lookback)
    {
        var files = corpus.Of(format).ToList();
        Assert.NotEmpty(files);
        var cut = 0;
        foreach (var file in files)
        {
            var expected = Sequential(file);
            foreach (var n in new[] { 2, 3, 7, 16 })
            {
                var slices = Enumerable.Range(1, n).Select(k => Slice(file, new ShardOptions(k, n), lookback)).ToList();
                var actual = slices.SelectMany(s => s.Records).ToList();
                Assert.True(expected.SequenceEqual(actual), $"{file} in {n} shards (lookback {lookback}): {Difference(expected, actual)}");
                for (var k = 1; k < n; k++) Assert.Equal(slices[k - 1].End, slices[k].Start);
                cut += slices.Count(s => s.Start > 0 && s.Start < s.Length);
            }
        }

        Assert.True(cut > files.Count, $"the {format} inputs were hardly cut ({cut} cuts)");
    }

    [Fact]
    public void Every_format_that_cuts_declares_its_slicing_and_documents_are_read_whole()
    {
        var registry = FormatRegistry.CreateDefault();
        Assert.Equal(["text", "json", "marc21", "marcxml", "mrk", "ntriples"], registry.Formats.Where(f => f.Slicing is not null).Select(f => f.Name));
    }

    private static List<Framed> Sequential(string file)
    {
        var format = ShardCorpus.FormatOf(FormatRegistry.CreateDefault(), file);
        using var reader = format.CreateReader(File.OpenRead(file), Read with { SourceName = file });
        return [.. reader.Frame().Select(s => Framed.Of(reader, s, 0))];
    }

    private static (List<Framed> Records, long Start, long End, long Length) Slice(string file, ShardOptions shard, long lookback)
    {
        var registry = FormatRegistry.CreateDefault();
        var input = InputResolver.Resolve([file], null, registry).Files[0];
        var plan = ShardPlan.Make([input], shard, Read, lookback);
        var records = new List<Framed>();
        foreach (var conversion in plan.Readers([input], Read))
        {
            var shift = plan.Inputs[0].Shift;
            records.AddRange(conversion.Reader.Frame().Select(s => Framed.Of(conversion.Reader, s, shift)));
        }

        var slice = plan.Inputs[0].Slice;
        return (records, slice.Whole ? (shard.Number == 1 ? 0 : slice.Length) : slice.Start, slice.Whole ? (shard.Number == 1 ? slice.Length : slice.Length) : slice.End, slice.Length);
    }

    private static string Difference(List<Framed> expected, List<Framed> actual)
    {
        var i = 0;
        while (i < expected.Count && i < actual.Count && expected[i] == actual[i]) i++;
        return $"{expected.Count} records sequentially, {actual.Count} in slices; first difference at record {i + 1}: "
            + $"{(i < expected.Count ? expected[i] : null)} / {(i < actual.Count ? actual[i] : null)}";
    }

    /// <summary>What a framed record is, where, and what parsing it gives.</summary>
    private sealed record Framed(long Offset, int Length, string Hash, bool Unreadable, string Framing, string Parsed)
    {
        public static Framed Of(ICatalogReader reader, RecordSource source, long shift)
        {
            var result = reader.Parse(source);
            return new Framed(
                source.ByteOffset + shift,
                source.Raw.Length,
                Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(source.Raw.Span))[..16],
                source.Unreadable,
                string.Join(",", source.Diagnostics.Select(d => d.Code)),
                (result.IsRejected ? "rejected:" : "read:") + string.Join(",", result.Diagnostics.Select(d => d.Code)));
        }
    }
}
