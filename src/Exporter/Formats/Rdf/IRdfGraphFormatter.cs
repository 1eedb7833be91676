using System.Buffers;

namespace Exporter.Formats.Rdf;

/// <summary>
/// An RDF syntax's one primitive on the write side: one graph (one record's triples) as UTF-8 into an
/// <see cref="IBufferWriter{T}"/>, laid out for its place inside the syntax's document envelope, its blank nodes
/// labelled for the graph's 1-based ordinal so labels stay unique in the document. A formatter keeps scratch state
/// between graphs: one per worker, used by one thread at a time.
/// </summary>
internal interface IRdfGraphFormatter
{
    /// <summary>
    /// Writes <paramref name="graph"/>. Throws <see cref="Diagnostics.RecordWriteException"/> when the graph cannot be
    /// written in this syntax; what was written to <paramref name="output"/> is then to be discarded.
    /// </summary>
    void Write(RdfGraph graph, long graphOrdinal, IBufferWriter<byte> output);
}
