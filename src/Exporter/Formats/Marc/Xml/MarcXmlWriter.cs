using System.Buffers;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;
using Exporter.Pipeline;

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

    private readonly StreamWriter _writer;
    private readonly MarcXmlRecordFormatter _formatter;
    private bool _started;
    private bool _completed;
    private long _index;

    /// <summary>Writes to <paramref name="output"/>; replacement warnings go to <paramref name="diagnostics"/>.</summary>
    public MarcXmlWriter(Stream output, IDiagnostics? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        _formatter = new MarcXmlRecordFormatter(_writer, diagnostics ?? NullDiagnostics.Instance);
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
        using var text = new StringWriter(new StringBuilder(4096), System.Globalization.CultureInfo.InvariantCulture);
        new MarcXmlRecordFormatter(text, diagnostics ?? NullDiagnostics.Instance).Write(record, recordIndex);
        return text.ToString();
    }

    /// <summary>
    /// Writes one <c>&lt;record&gt;</c> element like <see cref="Format(MarcRecord, IDiagnostics, long)"/>, as UTF-8 straight into
    /// <paramref name="output"/> (thread-safe; the encoders' path: no string is built).
    /// </summary>
    public static void Format(MarcRecord record, IBufferWriter<byte> output, IDiagnostics? diagnostics = null, long recordIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var text = new Utf8BufferTextWriter(output);
        new MarcXmlRecordFormatter(text, diagnostics ?? NullDiagnostics.Instance).Write(record, recordIndex);
    }

    /// <summary>Writes one record.</summary>
    public void Write(MarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_completed) throw new InvalidOperationException("the collection is already complete");
        Start();
        _formatter.Write(record, _index);
        _index++;
    }

    /// <summary>Closes the envelope and flushes. An empty input gives a valid empty collection.</summary>
    public void Complete()
    {
        if (_completed) return;
        Start();
        _writer.Write(CollectionEnd);
        _writer.Flush();
        _completed = true;
    }

    /// <summary>Flushes what was written (does not complete the envelope, does not close the stream).</summary>
    public void Dispose() => _writer.Dispose();

    private void Start()
    {
        if (_started) return;
        _started = true;
        _writer.Write(CollectionStart);
    }
}
