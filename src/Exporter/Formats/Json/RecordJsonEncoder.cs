using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Formats.Json;

/// <summary>Writes one record per line, no envelope.</summary>
public sealed class RecordJsonEncoder : IRecordEncoder
{
    /// <inheritdoc />
    public void WriteHeader(IBufferWriter<byte> output)
    {
    }

    /// <inheritdoc />
    public void WriteSeparator(IBufferWriter<byte> output)
    {
    }

    /// <inheritdoc />
    public void WriteFooter(IBufferWriter<byte> output)
    {
    }

    /// <inheritdoc />
    public void Encode(ReadResult record, long ordinal, IBufferWriter<byte> output, IDiagnostics diagnostics)
    {
        output.WriteUtf8(RecordJsonSerializer.Serialize(record.GetCatalog(diagnostics)));
        output.WriteUtf8("\n");
    }
}
