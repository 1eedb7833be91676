using Exporter.Diagnostics;

namespace Exporter.Pipeline;

/// <summary>
/// Parses the records of a batch and encodes each for every target, straight into the batch's buffers; turns every
/// failure into a rejection that leaves no bytes in any target. Runs on a worker thread, one batch at a time, with
/// encoders (<see cref="WorkerEncoderPool"/>) no other thread uses meanwhile.
/// </summary>
internal static class RecordProcessor
{
    /// <summary>
    /// Parses and encodes the batch. With <paramref name="ids"/> (a target mints IRIs from record ids), every record
    /// is parsed first, the batch's ids are registered in input order (<see cref="RecordIdRegistry.Register"/>), then
    /// the records are encoded, each knowing whether an earlier record had its id.
    /// </summary>
    public static EncodedBatch Process(FramedBatch batch, IReadOnlyList<ConversionTarget> targets, IRecordEncoder[] encoders, SegmentBuffer[] outputs, RecordIdRegistry? ids, CancellationToken cancel)
    {
        var encoded = new EncodedBatch(batch, outputs);
        var count = batch.Sources.Count;
        ReadResult?[]? results = null;
        DiagnosticBag[]? bags = null;
        if (ids is not null && count > 0)
        {
            results = new ReadResult?[count];
            bags = new DiagnosticBag[count];
            for (var i = 0; i < count; i++)
            {
                cancel.ThrowIfCancellationRequested();
                bags[i] = new DiagnosticBag();
                results[i] = Read(batch.Reader, batch.Sources[i], bags[i]);
            }

            ids.Register(batch, results, bags);
        }

        var starts = new int[targets.Count];
        for (var i = 0; i < count; i++)
        {
            cancel.ThrowIfCancellationRequested();
            for (var t = 0; t < targets.Count; t++) starts[t] = outputs[t].Length;
            var omitted = encoded.Omitted.AsSpan(i * targets.Count, targets.Count);
            var source = batch.Sources[i];
            var diagnostics = bags?[i] ?? new DiagnosticBag();
            var result = results is null ? Read(batch.Reader, source, diagnostics) : results[i];
            var item = result is null
                ? new BatchItem(source, true, diagnostics.Items)
                : Write(result, source, batch.OrdinalBase + i, targets, encoders, outputs, omitted, diagnostics);
            result?.ForgetDerived();
            if (results is not null) results[i] = null; // encoded: the record need not outlive its batch
            encoded.Items[i] = item;
            for (var t = 0; t < targets.Count; t++)
            {
                if (item.Rejected)
                {
                    outputs[t].Truncate(starts[t]);
                    omitted[t] = false;
                }
                encoded.Ends[(i * targets.Count) + t] = outputs[t].Length;
            }
        }

        return encoded;
    }

    /// <summary>The record parsed, or null when it is rejected (the reasons in <paramref name="diagnostics"/>).</summary>
    private static ReadResult? Read(ICatalogReader reader, RecordSource source, DiagnosticBag diagnostics)
    {
        if (source.Unreadable)
        {
            // framing already knows: rejected with its framing diagnostics, never handed to the parser
            foreach (var d in source.Diagnostics) diagnostics.Report(Place(d, source, null));
            if (!diagnostics.HasErrors) diagnostics.Report(new Diagnostic(PipelineDiagnosticCodes.RecordUnreadable, Severity.Error, "record could not be read") { RecordIndex = source.Index, Source = source.SourceName, ByteOffset = source.ByteOffset });
            return null;
        }

        ReadResult result;
        try
        {
            result = reader.Parse(source);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Report(Internal(source, null, "reading", ex));
            return null;
        }

        foreach (var d in result.Diagnostics) diagnostics.Report(Place(d, source, result.RecordId));
        return result.IsRejected ? null : result;
    }

    private static BatchItem Write(ReadResult result, RecordSource source, long ordinal, IReadOnlyList<ConversionTarget> targets, IRecordEncoder[] encoders, SegmentBuffer[] outputs, Span<bool> omitted, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var anyOmitted = false;
        for (var t = 0; t < targets.Count; t++)
        {
            local.Clear();
            try
            {
                if (encoders[t].Carries(result, local)) encoders[t].Encode(result, ordinal, outputs[t], local);
                else anyOmitted = omitted[t] = true;
            }
            catch (ExporterException ex)
            {
                foreach (var d in local.Items) diagnostics.Report(PlaceWritten(d, source, result.RecordId));
                diagnostics.Report(PlaceWritten(ex.Diagnostic, source, result.RecordId) with { Message = $"[{targets[t].FormatName}] {ex.Diagnostic.Message}" });
                return new BatchItem(source, true, diagnostics.Items);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                diagnostics.Report(Internal(source, result.RecordId, "writing " + targets[t].FormatName, ex));
                return new BatchItem(source, true, diagnostics.Items);
            }

            foreach (var d in local.Items) diagnostics.Report(PlaceWritten(d, source, result.RecordId));
        }

        return new BatchItem(source, false, diagnostics.Items, anyOmitted);
    }

    private static Diagnostic Place(Diagnostic d, RecordSource source, string? id) => d with
    {
        RecordIndex = d.RecordIndex ?? source.Index,
        RecordId = d.RecordId ?? id,
        Source = d.Source ?? source.SourceName,
        ByteOffset = d.ByteOffset ?? (d.Line is null ? source.ByteOffset : null),
        Line = d.Line ?? (d.ByteOffset is null ? source.Line : null),
    };

    /// <summary>An encoder's diagnostic: the index an encoder knows is the record's ordinal in its output, which under -o
    /// with several inputs is not its index in its input; the report names the input's.</summary>
    private static Diagnostic PlaceWritten(Diagnostic d, RecordSource source, string? id) => Place(d with { RecordIndex = null }, source, id);

    private static Diagnostic Internal(RecordSource source, string? id, string stage, Exception ex) =>
        new(PipelineDiagnosticCodes.Internal, Severity.Error, $"internal error while {stage}: {ex.GetType().Name}: {ex.Message}")
        {
            RecordIndex = source.Index, RecordId = id, Source = source.SourceName, ByteOffset = source.ByteOffset, Line = source.Line,
        };
}
