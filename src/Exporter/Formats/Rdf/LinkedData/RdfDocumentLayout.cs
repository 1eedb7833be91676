using System.Buffers;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// How one output of an RDF syntax is laid out: the envelope (bytes before, between and after the records) and a
/// factory of graph formatters, one per worker (a formatter keeps scratch state). Immutable, shared by the workers.
/// </summary>
internal sealed class RdfDocumentLayout(string header, string separator, string footer, Func<IRdfGraphFormatter> createFormatter)
{
    /// <summary>Writes the bytes before the first record.</summary>
    public void WriteHeader(IBufferWriter<byte> output) => output.WriteUtf8(header);

    /// <summary>Writes the bytes between two records.</summary>
    public void WriteSeparator(IBufferWriter<byte> output) => output.WriteUtf8(separator);

    /// <summary>Writes the bytes after the last record.</summary>
    public void WriteFooter(IBufferWriter<byte> output) => output.WriteUtf8(footer);

    /// <summary>A new graph formatter, for one worker.</summary>
    public IRdfGraphFormatter CreateFormatter() => createFormatter();
}
