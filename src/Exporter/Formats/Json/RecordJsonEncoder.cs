using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Formats.Json;

/// <summary>
/// Writes one record per line, no envelope: the pipeline's shell over <see cref="RecordJsonLineFormatter"/>. Each
/// worker gets its own copy (<see cref="ForWorker"/>), whose formatter keeps its buffers between records.
/// </summary>
internal sealed class RecordJsonEncoder : IRecordEncoder
{
    private readonly RecordJsonLineFormatter _formatter = new();

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
        ArgumentNullException.ThrowIfNull(record);
        _formatter.Write(record.GetCatalog(diagnostics), output);
    }

    /// <inheritdoc />
    public IRecordEncoder ForWorker() => new RecordJsonEncoder();
}
