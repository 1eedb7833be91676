using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Publishing;

/// <summary>
/// One record as a whole document of a format, the way <c>convert</c> writes a file holding only that record: the
/// format's envelope before and after, taken once from the encoder it wraps, and the record encoded by a worker's
/// copy of it. The bytes are what <c>exporter convert --to FORMAT</c> gives for an input of that one record.
/// </summary>
internal sealed class RecordDocumentEncoder
{
    private readonly IRecordEncoder _encoder;
    private readonly byte[] _before;
    private readonly byte[] _after;

    /// <summary>Wraps the original encoder of a format; its envelope is written here, once.</summary>
    public RecordDocumentEncoder(IRecordFormat format, IRecordEncoder encoder)
    {
        Format = format;
        _encoder = encoder;
        var buffer = new ArrayBufferWriter<byte>(1024);
        encoder.WriteHeader(buffer);
        encoder.WriteBefore(buffer, 0);
        _before = buffer.WrittenSpan.ToArray();
        buffer.Clear();
        encoder.WriteFooter(buffer, 1);
        _after = buffer.WrittenSpan.ToArray();
    }

    private RecordDocumentEncoder(RecordDocumentEncoder original)
    {
        Format = original.Format;
        _encoder = original._encoder.ForWorker();
        _before = original._before;
        _after = original._after;
    }

    /// <summary>The format written.</summary>
    public IRecordFormat Format { get; }

    /// <summary>A copy for one worker thread (see <see cref="IRecordEncoder.ForWorker"/>).</summary>
    public RecordDocumentEncoder ForWorker() => new(this);

    /// <summary>The document for <paramref name="record"/>. A record the format refuses throws
    /// <see cref="RecordWriteException"/>, its message naming the format.</summary>
    public byte[] Encode(ReadResult record, IDiagnostics diagnostics)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        buffer.Write(_before);
        try
        {
            _encoder.Encode(record, 0, buffer, diagnostics);
        }
        catch (ExporterException ex)
        {
            throw new RecordWriteException(ex.Diagnostic with { Message = $"[{Format.Name}] {ex.Diagnostic.Message}" });
        }

        buffer.Write(_after);
        return buffer.WrittenSpan.ToArray();
    }
}
