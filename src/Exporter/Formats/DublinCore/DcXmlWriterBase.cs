using Exporter.Diagnostics;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// Stream handling shared by the DC writers: one buffered XML text sink (UTF-8 without BOM, LF, CR kept as
/// <c>&amp;#xD;</c>), the envelope opened lazily on the first record or on <see cref="Complete"/>, value
/// cleaning with diagnostics. Memory does not grow with the number of records.
/// </summary>
public abstract class DcXmlWriterBase : IDisposable
{
    private readonly IDiagnostics _diagnostics;
    private bool _started;
    private bool _completed;
    private bool _disposed;

    /// <summary>Creates the writer over a stream.</summary>
    private protected DcXmlWriterBase(Stream output, DcWriterOptions options, IDiagnostics? diagnostics)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        _diagnostics = diagnostics ?? NullDiagnostics.Instance;
        Container = options.Container;
        Xml = new XmlTextSink(output, options.Indent, options.LeaveOpen);
    }

    /// <summary>Creates a writer for one piece of a collection document (see <see cref="WriteEnvelopeStart"/>).</summary>
    private protected DcXmlWriterBase(Stream output, DcWriterOptions options, IDiagnostics? diagnostics, int fragmentDepth)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        _diagnostics = diagnostics ?? NullDiagnostics.Instance;
        Container = options.Container;
        IsFragment = true;
        Xml = new XmlTextSink(output, options.Indent, options.LeaveOpen, fragmentDepth);
    }

    /// <summary>Number of records written so far.</summary>
    public long RecordCount { get; private set; }

    /// <summary>True when this writer writes one piece of a document whose envelope is written by other instances.</summary>
    private protected bool IsFragment { get; }

    /// <summary>The document shape.</summary>
    protected DcContainer Container { get; }

    /// <summary>The underlying XML text writer.</summary>
    internal XmlTextSink Xml { get; }

    /// <summary>Writes one record (the envelope is opened first if needed).</summary>
    public void Write(DublinCoreRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed) throw new InvalidOperationException("Write after Complete: the document is already closed.");
        if (Container == DcContainer.SingleRecord && RecordCount > 0)
        {
            throw new RecordWriteException(NewDiagnostic(DcDiagnosticCodes.SecondRecord, Severity.Error,
                "a single-record document holds one record; use DcContainer.Collection for more", null));
        }

        CheckRecord(record);
        EnsureStarted();
        WriteRecord(record);
        RecordCount++;
    }

    /// <summary>Closes the envelope, ends the file with a newline and flushes. An empty input still gives a valid document. Idempotent.</summary>
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed) return;
        EnsureStarted();
        WriteEnd();
        Xml.Finish();
        _completed = true;
    }

    /// <summary>Flushes and releases the stream (unless LeaveOpen). Does not complete: call <see cref="Complete"/> first.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Xml.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Piecewise writing, for encoders that frame records themselves (one record per call, possibly on several
    /// threads, committed in order by the caller): the XML declaration and the envelope start, open elements left open.
    /// </summary>
    internal void WriteEnvelopeStart()
    {
        EnsureStarted();
        Xml.Flush();
    }

    /// <summary>Piecewise writing: one record as it appears inside the collection envelope, with 0-based index <paramref name="recordIndex"/>.</summary>
    internal void WriteRecordFragment(DublinCoreRecord record, long recordIndex)
    {
        ArgumentNullException.ThrowIfNull(record);
        RecordCount = recordIndex;
        CheckRecord(record);
        WriteRecord(record);
        Xml.Flush();
    }

    /// <summary>Piecewise writing: closes the envelope opened by <see cref="WriteEnvelopeStart"/> after <paramref name="recordCount"/> records.</summary>
    internal void WriteEnvelopeEnd(long recordCount)
    {
        _started = true;
        RecordCount = recordCount;
        ResumeEnvelope(recordCount);
        WriteEnd();
        Xml.Finish();
        _completed = true;
    }

    /// <summary>Re-declares (without writing) the elements <see cref="WriteEnvelopeStart"/> and the records left open.</summary>
    private protected abstract void ResumeEnvelope(long recordCount);

    /// <summary>Throws <see cref="RecordWriteException"/> before anything is written when the record cannot be written.</summary>
    protected virtual void CheckRecord(DublinCoreRecord record)
    {
    }

    /// <summary>Writes the XML declaration's follow-up: the envelope start.</summary>
    protected abstract void WriteStart();

    /// <summary>Writes one record's XML.</summary>
    protected abstract void WriteRecord(DublinCoreRecord record);

    /// <summary>Closes what <see cref="WriteStart"/> opened.</summary>
    protected abstract void WriteEnd();

    /// <summary>A diagnostic for the record being written (index = <see cref="RecordCount"/>).</summary>
    protected Diagnostic NewDiagnostic(string code, Severity severity, string message, string? field) =>
        new(code, severity, message) { RecordIndex = RecordCount, Field = field };

    /// <summary>Reports a diagnostic for the record being written.</summary>
    protected void Report(string code, Severity severity, string message, string? field) =>
        _diagnostics.Report(NewDiagnostic(code, severity, message, field));

    /// <summary>Replaces characters XML 1.0 cannot carry and normalizes to NFC, reporting each change.</summary>
    protected string Clean(string value, string field)
    {
        var clean = XmlCharSanitizer.Clean(value, out var changes);
        if ((changes & XmlCharSanitizer.Changes.IllegalReplaced) != 0)
        {
            Report(DcDiagnosticCodes.IllegalCharacter, Severity.Warning,
                "character not allowed in XML 1.0 replaced by U+FFFD", field);
        }

        if ((changes & XmlCharSanitizer.Changes.Normalized) != 0)
        {
            Report(DcDiagnosticCodes.NormalizedWrite, Severity.Info, "value normalized to Unicode NFC", field);
        }

        return clean;
    }

    /// <summary>The statement's language tag when it is a valid xs:language, else null (reported).</summary>
    protected string? CheckedLanguage(DcStatement statement)
    {
        if (statement.Language is null) return null;
        if (XmlSchemaText.IsLanguage(statement.Language)) return statement.Language;
        Report(DcDiagnosticCodes.LanguageDropped, Severity.Warning,
            $"xml:lang '{statement.Language}' is not a language tag; dropped", statement.QualifiedName);
        return null;
    }

    /// <summary>Writes <c>&lt;name xsi:type? xml:lang?&gt;value&lt;/name&gt;</c> (name with its prefix).</summary>
    protected void WriteLiteral(string qualifiedName, string value, string? scheme, string? language)
    {
        Xml.Start(qualifiedName);
        if (scheme is not null) Xml.Attribute("xsi:type", "dcterms:" + scheme);
        if (language is not null) Xml.Attribute("xml:lang", language);
        Xml.Text(value);
        Xml.End();
    }

    private void EnsureStarted()
    {
        if (_started) return;
        _started = true;
        Xml.Declaration();
        WriteStart();
    }
}
