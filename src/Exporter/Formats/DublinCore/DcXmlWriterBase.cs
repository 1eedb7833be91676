using System.Buffers;
using Exporter.Diagnostics;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// The Dublin Core stream writers: a thin shell over the profile's one write path (the per-record formatter and its
/// envelope, which the pipeline's <see cref="DcRecordEncoder"/> uses too). UTF-8 without BOM, LF, CR kept as
/// <c>&amp;#xD;</c>; the envelope is opened on the first record or on <see cref="Complete"/>; each record reaches the
/// stream whole or not at all. Memory does not grow with the number of records.
/// </summary>
public abstract class DcXmlWriterBase : IDisposable
{
    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly IDiagnostics _diagnostics;
    private readonly DcRecordFormatter _formatter;
    private readonly ArrayBufferWriter<byte> _envelope = new(1024);
    private readonly ArrayBufferWriter<byte> _record = new(1 << 14);
    private bool _started;
    private bool _completed;
    private bool _disposed;

    private protected DcXmlWriterBase(Stream output, DcWriterOptions options, IDiagnostics? diagnostics, DcRecordFormatter formatter)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        _output = output;
        _leaveOpen = options.LeaveOpen;
        _diagnostics = diagnostics ?? NullDiagnostics.Instance;
        _formatter = formatter;
    }

    /// <summary>Number of records written so far.</summary>
    public long RecordCount { get; private set; }

    /// <summary>Writes one record (the envelope is opened first if needed).</summary>
    public void Write(DublinCoreRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed) throw new InvalidOperationException("Write after Complete: the document is already closed.");
        if (_formatter.Container == DcContainer.SingleRecord && RecordCount > 0)
        {
            throw new RecordWriteException(new Diagnostic(DcDiagnosticCodes.SecondRecord, Severity.Error,
                "a single-record document holds one record; use DcContainer.Collection for more") { RecordIndex = RecordCount });
        }

        _record.ResetWrittenCount();
        _formatter.Write(record, RecordCount, _record, _diagnostics);

        // A single record that wrote no element leaves the root empty (<root ... />), as Complete writes it.
        if (_record.WrittenCount > 0 || _started)
        {
            _envelope.ResetWrittenCount();
            if (!_started) _formatter.WriteHeader(_envelope, _diagnostics);
            _started = true;
            _formatter.WriteBefore(_envelope, RecordCount);
            _output.Write(_envelope.WrittenSpan);
            _output.Write(_record.WrittenSpan);
        }

        RecordCount++;
    }

    /// <summary>Closes the envelope, ends the file with a newline and flushes. An empty input still gives a valid document. Idempotent.</summary>
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed) return;
        _envelope.ResetWrittenCount();
        if (_started) _formatter.WriteFooter(_envelope, RecordCount, _diagnostics);
        else _formatter.WriteEmptyDocument(_envelope, _diagnostics);
        _output.Write(_envelope.WrittenSpan);
        _output.Flush();
        _completed = true;
    }

    /// <summary>Flushes and releases the stream (unless LeaveOpen). Does not complete: call <see cref="Complete"/> first.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (_leaveOpen) _output.Flush();
        else _output.Dispose();
        GC.SuppressFinalize(this);
    }
}
