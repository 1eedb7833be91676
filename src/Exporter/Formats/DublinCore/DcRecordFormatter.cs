using System.Buffers;
using Exporter.Diagnostics;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// The one write path of a Dublin Core profile: writes one <see cref="DublinCoreRecord"/> as UTF-8 XML into an
/// <see cref="IBufferWriter{T}"/>, and the envelope around the records (<see cref="WriteHeader"/>,
/// <see cref="WriteBefore"/>, <see cref="WriteFooter"/>, or <see cref="WriteEmptyDocument"/> for a stream writer that
/// got no record). Each piece is written at the depth it sits at in the document, so pieces written apart (on several
/// threads, by several instances) join into one document. Keeps a small XML sink between pieces, so an instance is
/// used by one thread at a time (one per stream writer or worker encoder).
/// </summary>
internal abstract class DcRecordFormatter
{
    private IDiagnostics _diagnostics = NullDiagnostics.Instance;
    private long _index;

    private protected DcRecordFormatter(DcWriterOptions options)
    {
        Container = options.Container;
        Xml = new XmlTextSink(options.Indent);
    }

    /// <summary>The document shape.</summary>
    public DcContainer Container { get; }

    /// <summary>The sink the pieces are written with.</summary>
    private protected XmlTextSink Xml { get; }

    /// <summary>How many elements deep a record sits in a document.</summary>
    private protected abstract int RecordDepth { get; }

    /// <summary>The XML declaration and the envelope's start, its start tags closed.</summary>
    public void WriteHeader(IBufferWriter<byte> output, IDiagnostics diagnostics)
    {
        Begin(output, 0, 0, diagnostics);
        Xml.Declaration();
        WriteStart();
        Xml.CloseStartTag();
    }

    /// <summary>What comes before a record when <paramref name="written"/> records are already in the document.</summary>
    public virtual void WriteBefore(IBufferWriter<byte> output, long written)
    {
    }

    /// <summary>
    /// Writes one record, numbered <paramref name="index"/> (0-based) in diagnostics. Throws
    /// <see cref="RecordWriteException"/> before anything is written when the record cannot be written in this profile.
    /// </summary>
    public void Write(DublinCoreRecord record, long index, IBufferWriter<byte> output, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        Begin(output, RecordDepth, index, diagnostics);
        CheckRecord(record);
        WriteRecord(record);
        Xml.CloseStartTag();
    }

    /// <summary>Closes the envelope <see cref="WriteHeader"/> opened, after <paramref name="written"/> records, and ends the file with a newline.</summary>
    public void WriteFooter(IBufferWriter<byte> output, long written, IDiagnostics diagnostics)
    {
        Begin(output, 0, written, diagnostics);
        ResumeEnvelope(written);
        WriteEnd(written);
        Xml.Finish();
    }

    /// <summary>A whole document with no record element in it, the root written empty (<c>&lt;root ... /&gt;</c>) where it can be.</summary>
    public void WriteEmptyDocument(IBufferWriter<byte> output, IDiagnostics diagnostics)
    {
        Begin(output, 0, 0, diagnostics);
        Xml.Declaration();
        WriteStart();
        WriteEnd(0);
        Xml.Finish();
    }

    /// <summary>Throws <see cref="RecordWriteException"/> before anything is written when the record cannot be written.</summary>
    private protected virtual void CheckRecord(DublinCoreRecord record)
    {
    }

    /// <summary>The envelope's start, after the XML declaration.</summary>
    private protected abstract void WriteStart();

    /// <summary>One record's XML.</summary>
    private protected abstract void WriteRecord(DublinCoreRecord record);

    /// <summary>Re-declares (without writing) the elements <see cref="WriteHeader"/> and the records left open.</summary>
    private protected abstract void ResumeEnvelope(long written);

    /// <summary>Closes what <see cref="WriteStart"/> opened, after <paramref name="written"/> records.</summary>
    private protected abstract void WriteEnd(long written);

    /// <summary>A diagnostic for the record being written.</summary>
    private protected Diagnostic NewDiagnostic(string code, Severity severity, string message, string? field) =>
        new(code, severity, message) { RecordIndex = _index, Field = field };

    /// <summary>Reports a diagnostic for the record being written.</summary>
    private protected void Report(string code, Severity severity, string message, string? field) =>
        _diagnostics.Report(NewDiagnostic(code, severity, message, field));

    /// <summary>Replaces characters XML 1.0 cannot carry and normalizes to NFC, reporting each change.</summary>
    private protected string Clean(string value, string field)
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
    private protected string? CheckedLanguage(DcStatement statement)
    {
        if (statement.Language is null) return null;
        if (XmlSchemaText.IsLanguage(statement.Language)) return statement.Language;
        Report(DcDiagnosticCodes.LanguageDropped, Severity.Warning,
            $"xml:lang '{statement.Language}' is not a language tag; dropped", statement.QualifiedName);
        return null;
    }

    /// <summary>Writes <c>&lt;name xsi:type? xml:lang?&gt;value&lt;/name&gt;</c> (name with its prefix).</summary>
    private protected void WriteLiteral(string qualifiedName, string value, string? scheme, string? language)
    {
        Xml.Start(qualifiedName);
        if (scheme is not null) Xml.Attribute("xsi:type", "dcterms:" + scheme);
        if (language is not null) Xml.Attribute("xml:lang", language);
        Xml.Text(value);
        Xml.End();
    }

    private void Begin(IBufferWriter<byte> output, int depth, long index, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(output);
        Xml.Begin(output, depth);
        _index = index;
        _diagnostics = diagnostics ?? NullDiagnostics.Instance;
    }
}
