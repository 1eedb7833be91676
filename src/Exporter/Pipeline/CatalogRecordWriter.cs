using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Model;

namespace Exporter.Pipeline;

/// <summary>
/// Writes hub records to a stream with a format's encoder: the library-facing writer
/// (<c>using var w = new CatalogRecordWriter(stream, format.CreateEncoder(options)); w.Write(r); w.Complete();</c>).
/// </summary>
public sealed class CatalogRecordWriter : IRecordWriter<CatalogRecord>
{
    private readonly Stream _output;
    private readonly IRecordEncoder _encoder;
    private readonly IDiagnostics _diagnostics;
    private readonly bool _leaveOpen;
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private long _count;
    private bool _started;
    private bool _completed;

    /// <summary>Creates the writer; diagnostics from encoding go to <paramref name="diagnostics"/>.</summary>
    public CatalogRecordWriter(Stream output, IRecordEncoder encoder, IDiagnostics? diagnostics = null, bool leaveOpen = false)
    {
        _output = output;
        _encoder = encoder;
        _diagnostics = diagnostics ?? NullDiagnostics.Instance;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Number of records written.</summary>
    public long Count => _count;

    /// <summary>Number of records the format left out (<see cref="IRecordEncoder.Carries"/>), each reported to the diagnostics.</summary>
    public long Omitted { get; private set; }

    /// <inheritdoc />
    public void Write(CatalogRecord record)
    {
        Start();
        var item = ReadResult.Read(new RecordSource(_count, 0, ReadOnlyMemory<byte>.Empty), record, []);
        if (!_encoder.Carries(item, _diagnostics))
        {
            Omitted++;
            return;
        }

        _buffer.Clear();
        _encoder.WriteBefore(_buffer, _count);
        _encoder.Encode(item, _count, _buffer, _diagnostics);
        _output.Write(_buffer.WrittenSpan);
        _count++;
    }

    /// <inheritdoc />
    public void Complete()
    {
        if (_completed) return;
        Start();
        _buffer.Clear();
        _encoder.WriteFooter(_buffer, _count);
        _output.Write(_buffer.WrittenSpan);
        _output.Flush();
        _completed = true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_leaveOpen) _output.Dispose();
    }

    private void Start()
    {
        if (_started) return;
        _started = true;
        _buffer.Clear();
        _encoder.WriteHeader(_buffer);
        _output.Write(_buffer.WrittenSpan);
    }
}
