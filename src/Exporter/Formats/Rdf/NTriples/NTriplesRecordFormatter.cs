using System.Text;

namespace Exporter.Formats.Rdf.NTriples;

/// <summary>N-Triples' graph formatter for the record pipeline: one line per triple (<see cref="NTriplesTripleFormatter"/>) as UTF-8. One per worker.</summary>
internal sealed class NTriplesRecordFormatter : Utf8TextGraphFormatter
{
    private readonly NTriplesTripleFormatter _layout = new();

    /// <inheritdoc />
    protected override void Append(StringBuilder text, RdfGraph graph, long graphOrdinal) => _layout.AppendGraph(text, graph, graphOrdinal);
}
