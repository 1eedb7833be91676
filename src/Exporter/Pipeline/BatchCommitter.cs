using System.Buffers;
using Exporter.Diagnostics;

namespace Exporter.Pipeline;

/// <summary>
/// Writes encoded batches to the targets in input order, counts, and tells the observer about diagnostics, rejected
/// records and progress. Runs on one thread (the writer), so counts and reports are in input order.
/// </summary>
internal sealed class BatchCommitter(IReadOnlyList<ConversionTarget> targets, ConversionOptions options, IConversionObserver observer)
{
    private readonly ArrayBufferWriter<byte> _separator = new(16);

    public long Read { get; private set; }

    public long Written { get; private set; }

    public long Rejected { get; private set; }

    /// <summary>Records a target left out (<see cref="IRecordEncoder.Carries"/>), written to the other targets if any.</summary>
    public long Omitted { get; private set; }

    public long Warnings { get; private set; }

    public long Bytes { get; private set; }

    public Diagnostic? StoppedBy { get; private set; }

    /// <summary>Records written to each target so far.</summary>
    public long[] WrittenPerTarget { get; } = new long[targets.Count];

    /// <summary>Commits a batch; false when the run must stop (a rejected record under the fail policy).</summary>
    public bool Commit(EncodedBatch batch)
    {
        foreach (var note in batch.Framed.Notes)
        {
            if (note.Severity == Severity.Warning) Warnings++;
            observer.OnDiagnostic(note);
        }

        var (limit, written, omitted) = CountAndReport(batch.Items);
        for (var t = 0; t < targets.Count; t++) WriteTarget(batch, t, limit);
        Written += written; // only once every target took the bytes: a write error leaves them uncounted
        Omitted += omitted;
        if (StoppedBy is not null) return false;
        Bytes += batch.Framed.Bytes;
        observer.OnProgress(Read, Bytes);
        return true;
    }

    /// <summary>Stops the run for a reason outside any record (an input that cannot be read on), and reports it.</summary>
    public void Stop(Diagnostic reason)
    {
        StoppedBy ??= reason;
        observer.OnDiagnostic(reason);
    }

    /// <summary>Counts and reports the items; returns how many of them are committed (all but after a stop) and how many
    /// of those are records written to every target, and left out of one.</summary>
    private (int Limit, long Written, long Omitted) CountAndReport(BatchItem[] items)
    {
        long written = 0, omitted = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            Read++;
            if (item.Rejected)
            {
                Rejected++;
                observer.OnRejected(item.Source, item.Diagnostics);
                if (item.Source.StopsReading)
                {
                    StoppedBy = InputStopped(item.Source, FirstError(item.Diagnostics));
                    return (i, written, omitted);
                }

                if (options.OnError != ErrorPolicy.Fail) continue;
                StoppedBy = FirstError(item.Diagnostics)
                    ?? new Diagnostic(PipelineDiagnosticCodes.RecordRejected, Severity.Error, "record rejected") { RecordIndex = item.Source.Index, Source = item.Source.SourceName };
                return (i, written, omitted);
            }

            foreach (var d in item.Diagnostics)
            {
                if (!options.Once.Keeps(d)) continue;
                if (d.Severity == Severity.Warning) Warnings++;
                observer.OnDiagnostic(d);
            }

            if (item.Omitted) omitted++;
            else written++;
        }

        return (items.Length, written, omitted);
    }

    /// <summary>Writes the committed records' bytes to one target, in as few writes as its separators allow.</summary>
    private void WriteTarget(EncodedBatch batch, int t, int limit)
    {
        var output = targets[t].Output;
        var encoder = targets[t].Encoder;
        int runStart = 0, runEnd = 0;
        for (var i = 0; i < limit; i++)
        {
            if (batch.Items[i].Rejected || batch.Omits(i, t)) continue;
            _separator.Clear();
            encoder.WriteBefore(_separator, WrittenPerTarget[t]);
            if (_separator.WrittenCount > 0)
            {
                output.Write(batch.Outputs[t].Slice(runStart, runEnd));
                output.Write(_separator.WrittenSpan);
                runStart = runEnd;
            }

            runEnd += batch.Encoded(i, t).Length;
            WrittenPerTarget[t]++;
        }

        output.Write(batch.Outputs[t].Slice(runStart, runEnd));
    }

    /// <summary>Why the run stopped when a reader could not go on: where, why, and where the unread rest went.</summary>
    private static Diagnostic InputStopped(RecordSource source, Diagnostic? cause) =>
        new(PipelineDiagnosticCodes.InputStopped, Severity.Error, FormattableString.Invariant(
            $"reading stopped at byte {source.ByteOffset} ({cause?.Code ?? "unreadable"}): the input was not read to its end; its unread rest ({source.Raw.Length} bytes from byte {source.ByteOffset}) is kept with the rejects"))
        {
            RecordIndex = source.Index, Source = source.SourceName, ByteOffset = source.ByteOffset, Line = source.Line,
        };

    private static Diagnostic? FirstError(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            if (d.Severity == Severity.Error) return d;
        }

        return null;
    }
}
