using System.Buffers;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Json;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Tests.Pipeline;

/// <summary>
/// The converter's pipeline (framing thread, workers, ordered writer): what must hold whatever the threads do. Each
/// case runs with one thread (everything in turn) and with several (pipelined) and must behave the same.
/// </summary>
public class PipelinedConverterTests
{
    /// <summary>A reader of N numbered records whose Parse is slowish and refuses to run after Dispose.</summary>
    private sealed class ProbeReader(string name, int records, int throwAfter = -1, int parseSpinMicroseconds = 50) : ICatalogReader
    {
        private readonly ManualResetEventSlim _never = new();

        /// <summary>Frame stops here as a stalled pipe would: it blocks until the reader is disposed.</summary>
        public int StallAt { get; init; } = -1;

        /// <summary>When set, the first two parses wait (up to 10 s) for each other: they meet only if they run at once.</summary>
        public CountdownEvent? Rendezvous { get; init; }

        /// <summary>Parse rejects this record.</summary>
        public int RejectAt { get; init; } = -1;

        private int _active;
        private volatile bool _disposed;

        public int ParsesAfterDispose;

        public int MaxActive;

        public IEnumerable<RecordSource> Frame()
        {
            for (var i = 0; i < records; i++)
            {
                if (i == StallAt) _never.Wait();
                if (i == throwAfter) throw new RecordFormatException(new Diagnostic("TEST0002", Severity.Error, "input broken") { Source = name });
                yield return new RecordSource(i, i * 10L, Encoding.UTF8.GetBytes($"{name}:{i}")) { SourceName = name };
            }
        }

        public ReadResult Parse(RecordSource source)
        {
            var now = Interlocked.Increment(ref _active);
            InterlockedMax(ref MaxActive, now);
            if (_disposed) Interlocked.Increment(ref ParsesAfterDispose);
            if (Rendezvous is { IsSet: false } meet && source.Index < 2)
            {
                meet.Signal();
                meet.Wait(TimeSpan.FromSeconds(10));
            }

            var until = System.Diagnostics.Stopwatch.GetTimestamp() + (parseSpinMicroseconds * System.Diagnostics.Stopwatch.Frequency / 1_000_000);
            while (System.Diagnostics.Stopwatch.GetTimestamp() < until) Thread.SpinWait(10);
            Interlocked.Decrement(ref _active);
            if (source.Index == RejectAt) return ReadResult.Rejected(source, [new Diagnostic("TEST0003", Severity.Error, "bad record")]);
            return ReadResult.Read(source, new CatalogRecord { Title = "t", Identifiers = [new Identifier(IdentifierType.Local, Encoding.UTF8.GetString(source.Raw.Span))] }, []);
        }

        public void Dispose()
        {
            _disposed = true;
            _never.Set();
        }

        private static void InterlockedMax(ref int target, int value)
        {
            var seen = Volatile.Read(ref target);
            while (value > seen)
            {
                var was = Interlocked.CompareExchange(ref target, value, seen);
                if (was == seen) return;
                seen = was;
            }
        }
    }

    private sealed class CountingObserver : IConversionObserver
    {
        public int Progress;

        public List<Diagnostic> Rejections { get; } = [];

        public void OnDiagnostic(Diagnostic diagnostic)
        {
        }

        public void OnRejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics) => Rejections.AddRange(diagnostics);

        public void OnProgress(long records, long bytes) => Progress++;
    }

    /// <summary>Inputs made lazily and disposed as soon as the loop moves on, the way ConvertJob does it.</summary>
    private static IEnumerable<ConversionInput> Inputs(List<ProbeReader> made, params int[] sizes)
    {
        for (var i = 0; i < sizes.Length; i++)
        {
            using var reader = new ProbeReader("in" + i, sizes[i]);
            made.Add(reader);
            yield return new ConversionInput("in" + i, reader);
        }
    }

    private static string Ids(MemoryStream output) =>
        string.Join(",", System.Text.RegularExpressions.Regex.Matches(Encoding.UTF8.GetString(output.ToArray()), "\"((?:in[0-9]+|x):[0-9]+)\"").Select(m => m.Groups[1].Value));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Readers_are_never_used_after_the_input_moves_on_and_order_is_kept_across_inputs(int threads)
    {
        var made = new List<ProbeReader>();
        var output = new MemoryStream();
        var summary = new Converter(new ConversionOptions { Threads = threads, BatchSize = 3 }, new CountingObserver())
            .Run(Inputs(made, 40, 7, 25), [new ConversionTarget("json", new RecordJsonEncoder(), output)]);
        Assert.Equal((72L, 72L, 0L), (summary.Read, summary.Written, summary.Rejected));
        Assert.All(made, r => Assert.Equal(0, r.ParsesAfterDispose));
        var expected = Enumerable.Range(0, 40).Select(i => "in0:" + i).Concat(Enumerable.Range(0, 7).Select(i => "in1:" + i)).Concat(Enumerable.Range(0, 25).Select(i => "in2:" + i));
        Assert.Equal(string.Join(",", expected), Ids(output));
    }

    [Fact]
    public void Several_threads_really_parse_at_once_and_one_thread_never_does()
    {
        // Records 0 and 1 are in different batches (BatchSize 1): with two workers they meet; one at a time, they cannot.
        using var meet = new CountdownEvent(2);
        var many = new ProbeReader("x", 50) { Rendezvous = meet };
        new Converter(new ConversionOptions { Threads = 2, BatchSize = 1 }, new CountingObserver()).Run([new ConversionInput("x", many)], []);
        Assert.True(meet.IsSet, "the first two batches were never parsed at the same time");
        Assert.True(many.MaxActive > 1);
        var one = new ProbeReader("x", 100);
        new Converter(new ConversionOptions { Threads = 1, BatchSize = 2 }, new CountingObserver()).Run([new ConversionInput("x", one)], []);
        Assert.Equal(1, one.MaxActive);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_framing_failure_surfaces_after_the_records_before_it_are_written(int threads)
    {
        var reader = new ProbeReader("x", 100, throwAfter: 50);
        var output = new MemoryStream();
        var ex = Assert.Throws<RecordFormatException>(() => new Converter(new ConversionOptions { Threads = threads, BatchSize = 10 }, new CountingObserver())
            .Run([new ConversionInput("x", reader)], [new ConversionTarget("json", new RecordJsonEncoder(), output)]));
        Assert.Equal("TEST0002", ex.Diagnostic.Code);
        Assert.Equal(string.Join(",", Enumerable.Range(0, 50).Select(i => "x:" + i)), Ids(output));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Cancelling_stops_the_run_with_OperationCanceledException_and_leaves_no_worker_behind(int threads)
    {
        var made = new List<ProbeReader>();
        using var cancel = new CancellationTokenSource();
        var observer = new CancellingObserver(cancel, afterBatches: 3);
        Assert.ThrowsAny<OperationCanceledException>(() => new Converter(new ConversionOptions { Threads = threads, BatchSize = 5 }, observer)
            .Run(Inputs(made, 10_000), [new ConversionTarget("json", new RecordJsonEncoder(), new MemoryStream())], cancel.Token));
        Assert.All(made, r => Assert.Equal(0, r.ParsesAfterDispose));
        Thread.Sleep(50);
        Assert.All(made, r => Assert.Equal(0, r.ParsesAfterDispose));
    }

    [Fact]
    public void A_stop_returns_even_while_the_input_is_stalled_and_no_worker_runs_after_it()
    {
        var reader = new ProbeReader("x", 1000) { StallAt = 20, RejectAt = 5 };
        var output = new MemoryStream();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var summary = new Converter(new ConversionOptions { Threads = 3, BatchSize = 1 }, new CountingObserver())
            .Run([new ConversionInput("x", reader)], [new ConversionTarget("json", new RecordJsonEncoder(), output)]);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        Assert.Equal("TEST0003", summary.StoppedBy?.Code);
        Assert.Equal((6L, 5L, 1L), (summary.Read, summary.Written, summary.Rejected));
        reader.Dispose(); // unblocks the framing thread, as disposing a stalled pipe's stream would
        Thread.Sleep(100);
        Assert.Equal(0, reader.ParsesAfterDispose);
    }

    [Fact]
    public void Batches_close_on_bytes_as_well_as_on_record_count()
    {
        var observer = new CountingObserver();
        new Converter(new ConversionOptions { Threads = 2, BatchSize = 1000, BatchBytes = 12 }, observer)
            .Run([new ConversionInput("x", new ProbeReader("x", 30))], []);
        int batches = 0, bytes = 0; // the records are "x:0".."x:29": a batch closes once it holds 12 bytes or more
        foreach (var size in Enumerable.Range(0, 30).Select(i => ("x:" + i).Length))
        {
            bytes += size;
            if (bytes < 12) continue;
            batches++;
            bytes = 0;
        }

        Assert.Equal(batches + (bytes > 0 ? 1 : 0), observer.Progress);
    }

    private sealed class CancellingObserver(CancellationTokenSource cancel, int afterBatches) : IConversionObserver
    {
        private int _batches;

        public void OnDiagnostic(Diagnostic diagnostic)
        {
        }

        public void OnRejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics)
        {
        }

        public void OnProgress(long records, long bytes)
        {
            if (++_batches == afterBatches) cancel.Cancel();
        }
    }

    /// <summary>An encoder whose worker copies count how often they are used by two threads at once.</summary>
    private sealed class ScratchProbeEncoder(ScratchProbeEncoder.Shared shared) : IRecordEncoder
    {
        public sealed class Shared
        {
            public int Copies;
            public int Overlaps;
            public int OriginalEncodes;
        }

        private readonly bool _copy;
        private int _inUse;

        private ScratchProbeEncoder(Shared shared, bool copy)
            : this(shared) => _copy = copy;

        public IRecordEncoder ForWorker()
        {
            Interlocked.Increment(ref shared.Copies);
            return new ScratchProbeEncoder(shared, copy: true);
        }

        public void Encode(ReadResult record, long ordinal, System.Buffers.IBufferWriter<byte> output, IDiagnostics diagnostics)
        {
            if (!_copy) Interlocked.Increment(ref shared.OriginalEncodes);
            if (Interlocked.Increment(ref _inUse) > 1) Interlocked.Increment(ref shared.Overlaps);
            Thread.SpinWait(2000);
            output.Write(Encoding.UTF8.GetBytes(record.Index + "\n"));
            Interlocked.Decrement(ref _inUse);
        }

        public void WriteHeader(System.Buffers.IBufferWriter<byte> output)
        {
        }

        public void WriteSeparator(System.Buffers.IBufferWriter<byte> output)
        {
        }

        public void WriteFooter(System.Buffers.IBufferWriter<byte> output)
        {
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Records_are_encoded_by_worker_copies_each_used_by_one_thread_at_a_time(int threads)
    {
        var shared = new ScratchProbeEncoder.Shared();
        var output = new MemoryStream();
        var summary = new Converter(new ConversionOptions { Threads = threads, BatchSize = 2 }, new CountingObserver())
            .Run([new ConversionInput("x", new ProbeReader("x", 400, parseSpinMicroseconds: 5))], [new ConversionTarget("probe", new ScratchProbeEncoder(shared), output)]);
        Assert.Equal(400L, summary.Written);
        Assert.Equal(0, shared.OriginalEncodes);
        Assert.Equal(0, shared.Overlaps);
        Assert.InRange(shared.Copies, 1, threads * new ConversionOptions().BatchesAheadPerThread + 1);
        Assert.Equal(string.Join("\n", Enumerable.Range(0, 400)) + "\n", Encoding.UTF8.GetString(output.ToArray()));
    }
}
