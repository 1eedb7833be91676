using System.Buffers;
using Exporter.Diagnostics;

namespace Exporter.Pipeline;

/// <summary>Parses one framed record and encodes it for every target; turns every failure into a rejection.</summary>
internal static class RecordProcessor
{
    public static BatchItem Process(ICatalogReader reader, RecordSource source, long ordinal, IReadOnlyList<ConversionTarget> targets)
    {
        var diagnostics = new DiagnosticBag();
        ReadResult result;
        try
        {
            result = reader.Parse(source);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Report(Internal(source, null, "reading", ex));
            return new BatchItem(source, true, diagnostics.Items, []);
        }

        foreach (var d in result.Diagnostics) diagnostics.Report(Place(d, source, result.RecordId));
        if (result.IsRejected) return new BatchItem(source, true, diagnostics.Items, []);

        var encoded = new ReadOnlyMemory<byte>[targets.Count];
        for (var t = 0; t < targets.Count; t++)
        {
            var buffer = new ArrayBufferWriter<byte>(1024);
            var local = new DiagnosticBag();
            try
            {
                targets[t].Encoder.Encode(result, ordinal, buffer, local);
            }
            catch (ExporterException ex)
            {
                foreach (var d in local.Items) diagnostics.Report(Place(d, source, result.RecordId));
                diagnostics.Report(Place(ex.Diagnostic, source, result.RecordId) with { Message = $"[{targets[t].FormatName}] {ex.Diagnostic.Message}" });
                return new BatchItem(source, true, diagnostics.Items, []);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                diagnostics.Report(Internal(source, result.RecordId, "writing " + targets[t].FormatName, ex));
                return new BatchItem(source, true, diagnostics.Items, []);
            }

            foreach (var d in local.Items) diagnostics.Report(Place(d, source, result.RecordId));
            encoded[t] = buffer.WrittenMemory;
        }

        return new BatchItem(source, false, diagnostics.Items, encoded);
    }

    private static Diagnostic Place(Diagnostic d, RecordSource source, string? id) => d with
    {
        RecordIndex = d.RecordIndex ?? source.Index,
        RecordId = d.RecordId ?? id,
        Source = d.Source ?? source.SourceName,
        ByteOffset = d.ByteOffset ?? (d.Line is null ? source.ByteOffset : null),
        Line = d.Line ?? (d.ByteOffset is null ? source.Line : null),
    };

    private static Diagnostic Internal(RecordSource source, string? id, string stage, Exception ex) =>
        new("PIPE0003", Severity.Error, $"internal error while {stage}: {ex.GetType().Name}: {ex.Message}")
        {
            RecordIndex = source.Index, RecordId = id, Source = source.SourceName, ByteOffset = source.ByteOffset, Line = source.Line,
        };
}
