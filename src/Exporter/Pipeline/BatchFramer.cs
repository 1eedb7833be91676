using System.Runtime.ExceptionServices;
using Exporter.Diagnostics;

namespace Exporter.Pipeline;

/// <summary>
/// Frames the inputs one after another into batches of at most <see cref="ConversionOptions.BatchSize"/> records and
/// about <see cref="ConversionOptions.BatchBytes"/> input bytes (whichever comes first), so memory stays bounded
/// whatever the record sizes. Sequential: framing is the one step that must follow the input's order.
/// </summary>
internal sealed class BatchFramer(ConversionOptions options)
{
    private long _framed;

    /// <summary>The batches of one input, lazily; ordinals continue across inputs. When the input's bytes cannot be
    /// read on (<see cref="CorruptInputException"/>), the records framed before are still yielded, then it is thrown.
    /// For an input that damage may end early, the last record is held back until the input has ended: when it did
    /// (<see cref="ConversionInput.DamageAtEnd"/>), that record may be cut, so it is kept as the unreadable stop of the
    /// input, with its bytes, instead of being read.</summary>
    public IEnumerable<FramedBatch> Batches(ConversionInput input)
    {
        var sources = new List<RecordSource>(options.BatchSize);
        long bytes = 0;
        ExceptionDispatchInfo? failure = null;
        RecordSource? held = null;
        var any = false;
        using (var records = input.Reader.Frame().GetEnumerator())
        {
            while (true)
            {
                try
                {
                    if (!records.MoveNext()) break;
                }
                catch (CorruptInputException ex)
                {
                    failure = ExceptionDispatchInfo.Capture(ex);
                    break;
                }

                var source = records.Current.SourceName is null ? records.Current with { SourceName = input.Name } : records.Current;
                any = true;
                if (input.DamageAtEnd is not null)
                {
                    var previous = held;
                    held = source;
                    if (previous is null) continue;
                    source = previous;
                }

                sources.Add(source);
                bytes += source.Raw.Length;
                if (sources.Count < options.BatchSize && bytes < options.BatchBytes) continue;
                yield return Take(input, ref sources, ref bytes);
            }
        }

        if (failure is null && input.DamageAtEnd?.Invoke() is { } damage)
        {
            if (damage.CutsLastRecord && held is not null) held = Cut(held, damage.Diagnostic);
            else failure = ExceptionDispatchInfo.Capture(new CorruptInputException(damage.Diagnostic));
        }

        if (held is not null)
        {
            sources.Add(held);
            bytes += held.Raw.Length;
        }

        if (sources.Count > 0) yield return Take(input, ref sources, ref bytes);
        else if (!any && failure is null && input.WarnWhenEmpty) yield return Take(input, ref sources, ref bytes) with { Notes = [NoRecords(input)] };
        failure?.Throw();
    }

    /// <summary>The record the input's damage may have cut: unreadable, the input's stop, kept with its bytes.</summary>
    private static RecordSource Cut(RecordSource source, Diagnostic damage) => source.WithoutFramed() with
    {
        Unreadable = true,
        StopsReading = true,
        Diagnostics =
        [
            damage with
            {
                RecordIndex = source.Index,
                Message = FormattableString.Invariant($"{damage.Message}; record {source.Index + 1}, the last one begun, may be cut there: its {source.Raw.Length} bytes read before the damage are kept with the rejects"),
            },
            .. source.Diagnostics,
        ],
    };

    /// <summary>The warning for an input that held no record: not an error (an empty export is valid), never silent.</summary>
    private static Diagnostic NoRecords(ConversionInput input) =>
        new(PipelineDiagnosticCodes.NoRecords, Severity.Warning, "no records in this input (empty, or nothing of the format in it)") { Source = input.Name };

    private FramedBatch Take(ConversionInput input, ref List<RecordSource> sources, ref long bytes)
    {
        var batch = new FramedBatch(input.Reader, _framed, sources, bytes);
        _framed += sources.Count;
        sources = new List<RecordSource>(options.BatchSize);
        bytes = 0;
        return batch;
    }
}
