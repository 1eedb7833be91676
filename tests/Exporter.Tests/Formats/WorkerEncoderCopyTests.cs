using Exporter.Diagnostics;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats;

/// <summary>
/// Each format's <see cref="IRecordEncoder.ForWorker"/> copy writes the bytes the original writes, also after its
/// scratch state (buffers, builders, the DC sink) has been used for other records, and keeps that state to itself.
/// </summary>
public class WorkerEncoderCopyTests
{
    private static readonly WriteOptions Options = new() { Clock = new FixedClock(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero)) };

    /// <summary>Formats whose encoders keep scratch state, so their copies are new instances.</summary>
    public static TheoryData<string> FormatsWithScratch => ["dc", "dcterms", "json", "text", "marc21", "mrk"];

    [Theory]
    [MemberData(nameof(FormatsWithScratch))]
    public void A_copy_is_a_new_encoder_with_its_own_state(string name)
    {
        var encoder = FormatRegistry.CreateDefault().Get(name).CreateEncoder(Options);
        var copy = encoder.ForWorker();
        Assert.NotSame(encoder, copy);
        Assert.NotSame(copy, copy.ForWorker());
    }

    [Theory]
    [MemberData(nameof(FormatsWithScratch))]
    [InlineData("marcxml")]
    public void A_copy_writes_the_same_bytes_as_the_original(string name)
    {
        var encoder = FormatRegistry.CreateDefault().Get(name).CreateEncoder(Options);
        var copy = encoder.ForWorker();

        // Dirty the copy's scratch state first: the records in reverse order, the longest first.
        var reversed = Records();
        EncoderRun.Write(encoder, copy, [.. reversed.AsEnumerable().Reverse()]);

        var original = EncoderRun.Write(encoder, encoder, Records());
        var fromCopy = EncoderRun.Write(encoder, copy, Records());
        Assert.True(original.Length > 1000, $"{name}: {original.Length} bytes");
        Assert.Equal(original, fromCopy);
    }

    [Theory]
    [MemberData(nameof(FormatsWithScratch))]
    public void Copies_used_on_two_threads_at_once_write_what_one_encoder_writes(string name)
    {
        var format = FormatRegistry.CreateDefault().Get(name);
        var encoder = format.CreateEncoder(Options);
        var expected = EncoderRun.Write(encoder, encoder, Records());
        var results = new byte[4][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            // The envelope from an encoder of this thread's own (the pipeline writes it on one thread only).
            var envelope = format.CreateEncoder(Options);
            var copy = encoder.ForWorker();
            for (var round = 0; round < 5; round++) results[i] = EncoderRun.Write(envelope, copy, Records());
        });
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    /// <summary>Fresh results each time (the hub record is built, by the MARC crosswalk where read from MARC, on first use).</summary>
    private static List<ReadResult> Records()
    {
        var results = RecordFactory.Examples().Select((r, i) => ReadResult.Read(new RecordSource(i, 0, ReadOnlyMemory<byte>.Empty), r, [])).ToList();
        foreach (var file in new[] { "marc0.xml", "marc1.xml", "marc2.xml" })
        {
            using var reader = FormatRegistry.CreateDefault().Get("marcxml").CreateReader(File.OpenRead(TestEnvironment.TestData("corpus", "marc", "yaz", file)), new ReadOptions());
            results.AddRange(reader.ReadResults().Where(r => !r.IsRejected));
        }

        return results;
    }
}
