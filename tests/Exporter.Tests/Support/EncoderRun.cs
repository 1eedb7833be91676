using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Tests.Support;

/// <summary>Writes a whole output with an encoder the way the pipeline does: envelope on one encoder, records on another.</summary>
public static class EncoderRun
{
    /// <summary>
    /// The bytes of <paramref name="records"/>: header, before-record bytes and footer from <paramref name="envelope"/>,
    /// each record from <paramref name="recordEncoder"/> (the original encoder, or a <see cref="IRecordEncoder.ForWorker"/> copy).
    /// </summary>
    public static byte[] Write(IRecordEncoder envelope, IRecordEncoder recordEncoder, IReadOnlyList<ReadResult> records, IDiagnostics? diagnostics = null)
    {
        var output = new ArrayBufferWriter<byte>();
        diagnostics ??= new DiagnosticBag();
        envelope.WriteHeader(output);
        for (var i = 0; i < records.Count; i++)
        {
            envelope.WriteBefore(output, i);
            recordEncoder.Encode(records[i], i, output, diagnostics);
        }

        envelope.WriteFooter(output, records.Count);
        return output.WrittenSpan.ToArray();
    }
}
