using System.Buffers;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Xml;

/// <summary>
/// Writes MARCXML: a <c>&lt;collection xmlns="http://www.loc.gov/MARC21/slim"&gt;</c> envelope, one record at a
/// time (streaming), by hand for speed. Leader/09 is written as 'a' (MARCXML is Unicode). Characters XML 1.0
/// forbids are replaced by U+FFFD with a warning; CR, and tab/LF in attributes, are written as character
/// references so they survive parsing. Call <see cref="Complete"/> to close the envelope. The stream is not disposed.
/// </summary>
public sealed class MarcXmlWriter : IDisposable
{
    /// <summary>The XML declaration and the opening collection tag (with its line end).</summary>
    public static readonly string CollectionStart = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection xmlns=\"" + MarcXmlNames.Namespace + "\">\n";

    /// <summary>The closing collection tag (with its line end).</summary>
    public const string CollectionEnd = "</collection>\n";

    private readonly Stream _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private readonly MarcXmlRecordFormatter _formatter;
    private bool _started;
    private bool _completed;
    private long _index;

    /// <summary>Writes to <paramref name="output"/>; replacement warnings go to <paramref name="diagnostics"/>.</summary>
    public MarcXmlWriter(Stream output, IDiagnostics? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _formatter = new MarcXmlRecordFormatter(_buffer, diagnostics ?? NullDiagnostics.Instance);
    }

    /// <summary>Number of records written so far.</summary>
    public long Count => _index;

    /// <summary>
    /// One <c>&lt;record&gt;</c> element, indented for a place inside <see cref="CollectionStart"/> ...
    /// <see cref="CollectionEnd"/> (thread-safe; for encoders that frame the collection themselves).
    /// </summary>
    public static string Format(MarcRecord record, IDiagnostics? diagnostics = null, long recordIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(record);
        var bytes = new ArrayBufferWriter<byte>(4096);
        new MarcXmlRecordFormatter(bytes, diagnostics ?? NullDiagnostics.Instance).Write(record, recordIndex);
        return Encoding.UTF8.GetString(bytes.WrittenSpan);
    }

    /// <summary>
    /// Writes one <c>&lt;record&gt;</c> element like <see cref="Format(MarcRecord, IDiagnostics, long)"/>, as UTF-8 straight into
    /// <paramref name="output"/> (thread-safe; the encoders' path: no string is built).
    /// </summary>
    public static void Format(MarcRecord record, IBufferWriter<byte> output, IDiagnostics? diagnostics = null, long recordIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(record);
        new MarcXmlRecordFormatter(output, diagnostics ?? NullDiagnostics.Instance).Write(record, recordIndex);
    }

    /// <summary>Writes one record.</summary>
    public void Write(MarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_completed) throw new InvalidOperationException("the collection is already complete");
        Start();
        _buffer.ResetWrittenCount();
        _formatter.Write(record, _index);
        _output.Write(_buffer.WrittenSpan);
        _index++;
    }

    /// <summary>Closes the envelope and flushes. An empty input gives a valid empty collection.</summary>
    public void Complete()
    {
        if (_completed) return;
        Start();
        _output.Write(Encoding.UTF8.GetBytes(CollectionEnd));
        _output.Flush();
        _completed = true;
    }

    /// <summary>Flushes what was written (does not complete the envelope, does not close the stream).</summary>
    public void Dispose() => _output.Flush();

    private void Start()
    {
        if (_started) return;
        _started = true;
        _output.Write(Encoding.UTF8.GetBytes(CollectionStart));
    }
}
