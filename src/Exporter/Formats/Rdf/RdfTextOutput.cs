using System.Text;

namespace Exporter.Formats.Rdf;

/// <summary>
/// The text sink of an RDF writer: a <see cref="TextWriter"/> given by the caller (never closed by us) or a
/// UTF-8 (no BOM) writer over a stream (closed on dispose unless the options say LeaveOpen).
/// </summary>
internal sealed class RdfTextOutput : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly StringBuilder _buffer = new(4096);
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

    /// <summary>Graphs written so far.</summary>
    public long GraphCount { get; private set; }

    /// <summary>Triples written so far.</summary>
    public long TripleCount { get; private set; }

    /// <summary>The cleared, reused buffer to format the next graph into.</summary>
    public StringBuilder BeginGraph()
    {
        _buffer.Clear();
        return _buffer;
    }

    /// <summary>Writes the buffer as one graph and counts it; a buffer grown past 1 MiB is given back.</summary>
    public void EndGraph(int tripleCount)
    {
        Write(_buffer);
        GraphCount++;
        TripleCount += tripleCount;
        if (_buffer.Capacity <= 1 << 20) return;
        _buffer.Clear();
        _buffer.Capacity = 4096;
    }

    /// <summary>Writes a graph formatted elsewhere and counts it.</summary>
    public void WriteEncodedGraph(string encoded, int tripleCount)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        Write(encoded);
        GraphCount++;
        TripleCount += tripleCount;
    }

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
