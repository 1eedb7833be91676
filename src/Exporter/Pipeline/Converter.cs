using System.Buffers;
using Exporter.Diagnostics;

namespace Exporter.Pipeline;

/// <summary>
/// Catmandu's <c>convert</c>: frame each input lazily, parse and encode batches of records on several threads, commit
/// them to every target in input order, count. A record is written to all targets or to none: it is encoded for every
/// target first, and rejected as a whole if any reader or encoder refuses it.
/// </summary>
public sealed class Converter
{
    private readonly ConversionOptions _options;
    private readonly IConversionObserver _observer;

    /// <summary>Creates a converter.</summary>
    public Converter(ConversionOptions options, IConversionObserver observer)
    {
        _options = options;
        _observer = observer;
    }

    /// <summary>Converts every input into every target and writes the envelopes. Does not close the streams.</summary>
    public ConversionSummary Run(IEnumerable<ConversionInput> inputs, IReadOnlyList<ConversionTarget> targets, CancellationToken cancel = default)
    {
        var state = new RunState(targets.Count);
        var buffer = new ArrayBufferWriter<byte>(4096);
        foreach (var t in targets)
        {
            buffer.Clear();
            t.Encoder.WriteHeader(buffer);
            t.Output.Write(buffer.WrittenSpan);
        }

        foreach (var input in inputs)
        {
            if (!RunInput(input, targets, state, cancel)) break;
        }

        if (state.StoppedBy is null)
        {
            for (var i = 0; i < targets.Count; i++)
            {
                var t = targets[i];
                buffer.Clear();
                t.Encoder.WriteFooter(buffer, state.WrittenPerTarget[i]);
                t.Output.Write(buffer.WrittenSpan);
                t.Output.Flush();
            }
        }

        return new ConversionSummary(state.Read, state.Written, state.Rejected, state.Warnings) { StoppedBy = state.StoppedBy };
    }

    private bool RunInput(ConversionInput input, IReadOnlyList<ConversionTarget> targets, RunState state, CancellationToken cancel)
    {
        var batch = new List<RecordSource>(_options.BatchSize);
        foreach (var source in input.Reader.Frame())
        {
            batch.Add(source with { SourceName = source.SourceName ?? input.Name });
            if (batch.Count < _options.BatchSize) continue;
            if (!ProcessBatch(input.Reader, batch, targets, state, cancel)) return false;
            batch.Clear();
        }

        return batch.Count == 0 || ProcessBatch(input.Reader, batch, targets, state, cancel);
    }

    private bool ProcessBatch(ICatalogReader reader, List<RecordSource> batch, IReadOnlyList<ConversionTarget> targets, RunState state, CancellationToken cancel)
    {
        cancel.ThrowIfCancellationRequested();
        var items = new BatchItem[batch.Count];
        var ordinalBase = state.Read;
        if (_options.Threads <= 1 || batch.Count < 4)
        {
            for (var i = 0; i < batch.Count; i++) items[i] = RecordProcessor.Process(reader, batch[i], ordinalBase + i, targets);
        }
        else
        {
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.Threads, CancellationToken = cancel },
                i => items[i] = RecordProcessor.Process(reader, batch[i], ordinalBase + i, targets));
        }

        foreach (var item in items)
        {
            state.Read++;
            if (item.Rejected)
            {
                state.Rejected++;
                _observer.OnRejected(item.Source, item.Diagnostics);
                if (_options.OnError == ErrorPolicy.Fail)
                {
                    state.StoppedBy = item.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)
                        ?? new Diagnostic("PIPE0002", Severity.Error, "record rejected") { RecordIndex = item.Source.Index, Source = item.Source.SourceName };
                    return false;
                }

                continue;
            }

            foreach (var d in item.Diagnostics)
            {
                if (d.Severity == Severity.Warning) state.Warnings++;
                _observer.OnDiagnostic(d);
            }

            for (var t = 0; t < targets.Count; t++)
            {
                state.Separator.Clear();
                targets[t].Encoder.WriteBefore(state.Separator, state.WrittenPerTarget[t]);
                targets[t].Output.Write(state.Separator.WrittenSpan);

                targets[t].Output.Write(item.Encoded[t].Span);
                state.WrittenPerTarget[t]++;
            }

            state.Written++;
        }

        state.Bytes += batch.Sum(s => (long)s.Raw.Length);
        _observer.OnProgress(state.Read, state.Bytes);
        return true;
    }

    private sealed class RunState(int targets)
    {
        public long Read;
        public long Written;
        public long Rejected;
        public long Warnings;
        public long Bytes;
        public Diagnostic? StoppedBy;
        public readonly long[] WrittenPerTarget = new long[targets];
        public readonly ArrayBufferWriter<byte> Separator = new(16);
    }
}
