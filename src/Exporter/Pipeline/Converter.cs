using System.Buffers;
using System.Runtime.ExceptionServices;
using Exporter.Diagnostics;

namespace Exporter.Pipeline;

/// <summary>
/// Catmandu's <c>convert</c>: frame each input lazily, parse and encode batches of records on several threads, commit
/// them to every target in input order, count. A record is written to all targets or to none: it is encoded for every
/// target first, and rejected as a whole if any reader or encoder refuses it.
/// <para>
/// With more than one thread the work is a pipeline: one thread frames batches, the workers parse and encode them
/// (at most <see cref="ConversionOptions.Threads"/> at a time), and the calling thread writes them in order, so
/// framing, encoding and writing overlap; at most <see cref="ConversionOptions.BatchesAheadPerThread"/> batches per
/// thread are in flight, which bounds memory. With one thread, the same steps run in turn on the calling thread.
/// </para>
/// </summary>
public sealed class Converter
{
    private readonly ConversionOptions _options;
    private readonly IConversionObserver _observer;

    /// <summary>Creates a converter.</summary>
    public Converter(ConversionOptions options, IConversionObserver observer)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(observer);
        _options = options;
        _observer = observer;
    }

    private BatchCommitter? _committer;
    private RecordIdRegistry? _ids;

    /// <summary>True for a shard of a sharded run: the registry keeps the ids it sees first (<see cref="FirstIds"/>).</summary>
    internal bool KeepsFirstIds { get; init; }

    /// <summary>With <see cref="KeepsFirstIds"/>, the ids the last <see cref="Run"/> saw first, in input order, each with its first record.</summary>
    internal IReadOnlyList<RegisteredId> FirstIds => _ids?.FirstIds ?? [];

    /// <summary>
    /// The counts so far of the current or last <see cref="Run"/>, readable from another thread and after
    /// <see cref="Run"/> threw: records whose bytes every target took count as written (or omitted), so after a write
    /// error <see cref="ConversionSummary.Read"/> may exceed written + omitted + rejected.
    /// </summary>
    public ConversionSummary Progress => _committer is { } c ? new(c.Read, c.Written, c.Rejected, c.Warnings) { StoppedBy = c.StoppedBy, Omitted = c.Omitted } : new(0, 0, 0, 0);

    /// <summary>Records written to each target by the current or last <see cref="Run"/>, in target order: less than
    /// <see cref="ConversionSummary.Written"/> + <see cref="ConversionSummary.Omitted"/> for a target that left records out.</summary>
    internal IReadOnlyList<long> WrittenPerTarget => _committer?.WrittenPerTarget ?? [];

    /// <summary>Converts every input into every target and writes the envelopes. Does not close the streams.</summary>
    public ConversionSummary Run(IEnumerable<ConversionInput> inputs, IReadOnlyList<ConversionTarget> targets, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(targets);
        var committer = new BatchCommitter(targets, _options, _observer);
        _committer = committer;
        WriteEnvelope(targets, (encoder, buffer, _) => encoder.WriteHeader(buffer), committer);
        try
        {
            if (_options.Threads <= 1) RunInTurn(inputs, targets, committer, cancel);
            else RunPipelined(inputs, targets, committer, cancel);
        }
        catch (CorruptInputException ex)
        {
            committer.Stop(ex.Diagnostic); // the records before the damage are counted; the run stops, whatever the policy
        }

        if (committer.StoppedBy is null)
        {
            WriteEnvelope(targets, (encoder, buffer, written) => encoder.WriteFooter(buffer, written), committer);
            foreach (var t in targets) t.Output.Flush();
        }

        return new ConversionSummary(committer.Read, committer.Written, committer.Rejected, committer.Warnings) { StoppedBy = committer.StoppedBy, Omitted = committer.Omitted };
    }

    private static void WriteEnvelope(IReadOnlyList<ConversionTarget> targets, Action<IRecordEncoder, IBufferWriter<byte>, long> write, BatchCommitter committer)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        for (var i = 0; i < targets.Count; i++)
        {
            buffer.Clear();
            write(targets[i].Encoder, buffer, committer.WrittenPerTarget[i]);
            targets[i].Output.Write(buffer.WrittenSpan);
        }
    }

    private void RunInTurn(IEnumerable<ConversionInput> inputs, IReadOnlyList<ConversionTarget> targets, BatchCommitter committer, CancellationToken cancel)
    {
        var pool = new SegmentBufferPool(targets.Count);
        var encoders = new WorkerEncoderPool(targets).Rent();
        var ids = IdRegistry(targets);
        var framer = new BatchFramer(FramingOptions(_options, ids is not null));
        foreach (var input in inputs)
        {
            foreach (var batch in framer.Batches(input))
            {
                cancel.ThrowIfCancellationRequested();
                var encoded = RecordProcessor.Process(batch, targets, encoders, pool.Rent(), ids, cancel);
                var go = committer.Commit(encoded);
                pool.Return(encoded.Outputs);
                if (!go) return;
            }
        }
    }

    private void RunPipelined(IEnumerable<ConversionInput> inputs, IReadOnlyList<ConversionTarget> targets, BatchCommitter committer, CancellationToken cancel)
    {
        var pool = new SegmentBufferPool(targets.Count);
        var encoders = new WorkerEncoderPool(targets);
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var pipeline = new BatchPipeline(Math.Max(1, _options.Threads * _options.BatchesAheadPerThread));
        var gate = new WorkerGate();
        var ids = IdRegistry(targets);
        // Read once, here: a thread that starts only after the run has ended and disposed 'stop' must not ask it for its
        // token (ObjectDisposedException on a thread of its own would end the process); the token stays readable.
        var token = stop.Token;
        if (ids is not null) token.Register(ids.Abandon); // a worker waiting for its turn to register ids never outlives the run
        ExceptionDispatchInfo? framingFailure = null;
        var framingOptions = FramingOptions(_options, ids is not null);
        var framing = new Thread(() => framingFailure = Frame(inputs, framingOptions, pool, pipeline, gate, token))
        {
            IsBackground = true,
            Name = "exporter framing",
        };
        for (var w = 0; w < _options.Threads; w++)
        {
            new Thread(() => Work(pipeline, targets, encoders, ids, gate, token))
            {
                IsBackground = true,
                Name = "exporter worker",
            }.Start();
        }

        framing.Start();
        var onCancel = cancel.Register(pipeline.Stop);
        try
        {
            while (pipeline.TryTakeNext(out var encoded))
            {
                var go = committer.Commit(encoded);
                pool.Return(encoded.Outputs);
                if (!go) return;
            }
        }
        finally
        {
            onCancel.Dispose();
            stop.Cancel();
            pipeline.Stop(); // the workers finish the batches queued (cancelled at once) and end
            gate.CloseAndWait(); // no worker runs after this: readers and encoders are the caller's again

            // The framing thread ends at once unless it is blocked reading (a stalled pipe): then it is left to end
            // when its read returns; it starts no more work and its token is left to the GC.
            if (framing.Join(TimeSpan.FromSeconds(2))) stop.Dispose();
        }

        cancel.ThrowIfCancellationRequested();
        framingFailure?.Throw();
    }

    /// <summary>
    /// The run's record-id registry when a target mints IRIs from record ids (<see cref="IRecordEncoder.MintsIrisFromRecordId"/>),
    /// else null; it registers the content ids of records without id for each scope of minting targets (<see cref="IContentIdMinter"/>).
    /// </summary>
    private RecordIdRegistry? IdRegistry(IReadOnlyList<ConversionTarget> targets) =>
        _ids = targets.Any(t => t.Encoder.MintsIrisFromRecordId)
            ? new RecordIdRegistry([.. targets.Select(t => t.Encoder).OfType<IContentIdMinter>().DistinctBy(m => m.MintScope, StringComparer.Ordinal)], KeepsFirstIds)
            : null;

    /// <summary>
    /// The options batches are framed with. A run that registers record ids (<see cref="RecordIdRegistry"/>) parses a
    /// whole batch before it encodes any of it, so the batch's parsed records are live together, and every collection
    /// in that time marks and promotes them: its batches are kept to <see cref="RegisteringBatchSize"/> records and
    /// <see cref="RegisteringBatchBytes"/> input bytes (or the caller's smaller limits). Other runs parse and encode
    /// record by record and keep the caller's options. Batch sizes never change output (ordinals and ids are per run).
    /// </summary>
    internal static ConversionOptions FramingOptions(ConversionOptions options, bool registersIds) =>
        registersIds && (options.BatchSize > RegisteringBatchSize || options.BatchBytes > RegisteringBatchBytes)
            ? options with { BatchSize = Math.Min(options.BatchSize, RegisteringBatchSize), BatchBytes = Math.Min(options.BatchBytes, RegisteringBatchBytes) }
            : options;

    /// <summary>Records per batch at most in a run that registers record ids (see <see cref="FramingOptions"/>).</summary>
    internal const int RegisteringBatchSize = 64;

    /// <summary>Input bytes per batch at most in a run that registers record ids (see <see cref="FramingOptions"/>).</summary>
    internal const long RegisteringBatchBytes = 256 * 1024;

    /// <summary>The framing thread: frames the batches and queues them, in input order, for the workers and the writer.</summary>
    private static ExceptionDispatchInfo? Frame(IEnumerable<ConversionInput> inputs, ConversionOptions framingOptions, SegmentBufferPool pool, BatchPipeline pipeline, WorkerGate gate, CancellationToken stop)
    {
        var framer = new BatchFramer(framingOptions);
        try
        {
            foreach (var input in inputs)
            {
                try
                {
                    foreach (var batch in framer.Batches(input))
                    {
                        if (stop.IsCancellationRequested || !gate.TryEnter()) return null;
                        if (!pipeline.TryAdd(new PendingBatch(batch, pool.Rent())))
                        {
                            gate.Exit();
                            return null;
                        }
                    }
                }
                finally
                {
                    gate.WaitIdle(); // the input's reader is disposed when the loop moves on: its batches must be done
                }
            }

            return null;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex)
        {
            return ExceptionDispatchInfo.Capture(ex);
        }
        finally
        {
            pipeline.CompleteAdding();
        }
    }

    /// <summary>A worker thread: parses and encodes batches until there are no more.</summary>
    private static void Work(BatchPipeline pipeline, IReadOnlyList<ConversionTarget> targets, WorkerEncoderPool encoders, RecordIdRegistry? ids, WorkerGate gate, CancellationToken stop)
    {
        while (pipeline.TryTakeWork(out var pending))
        {
            var set = encoders.Rent();
            try
            {
                pipeline.Complete(pending, RecordProcessor.Process(pending.Framed, targets, set, pending.Outputs, ids, stop), null);
            }
            catch (Exception ex)
            {
                ids?.Abandon(); // the batches after this one must not wait for its ids
                pipeline.Complete(pending, null, ExceptionDispatchInfo.Capture(ex));
            }
            finally
            {
                encoders.Return(set);
                gate.Exit();
            }
        }
    }
}
