using System.Text;

namespace Exporter.Formats.Rdf;

/// <summary>
/// The text sink of an RDF writer: a <see cref="TextWriter"/> given by the caller (never closed by us) or a
/// UTF-8 (no BOM) writer over a stream (closed on dispose unless the options say LeaveOpen).
/// </summary>
internal sealed class RdfTextOutput : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly bool _owns;
    private bool _disposed;

    public RdfTextOutput(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Writer = writer;
    }

    public RdfTextOutput(Stream stream, bool leaveOpen)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Writer = new StreamWriter(stream, Utf8NoBom, 65536, leaveOpen) { NewLine = "\n" };
        _owns = true;
    }

    /// <summary>UTF-8 without BOM, throwing on invalid text.</summary>
    public static Encoding Encoding => Utf8NoBom;

    public TextWriter Writer { get; }

    public void Write(StringBuilder text)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Writer.Write(text);
    }

    public void Write(string text)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Writer.Write(text);
    }

    public void Flush()
    {
        if (!_disposed) Writer.Flush();
    }

    public void Dispose()
    {
        if (_disposed) return;
        Writer.Flush();
        if (_owns) Writer.Dispose();
        _disposed = true;
    }
}
