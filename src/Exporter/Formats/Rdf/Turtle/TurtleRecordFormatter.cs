using System.Text;

namespace Exporter.Formats.Rdf.Turtle;

/// <summary>
/// Turtle's graph formatter for the record pipeline: one graph's subject blocks (<see cref="TurtleGraphFormatter"/>)
/// as UTF-8, for a place after <see cref="TurtleWriter.EncodeHeader"/>. One per worker.
/// </summary>
internal sealed class TurtleRecordFormatter(TurtleWriterOptions options) : Utf8TextGraphFormatter
{
    private readonly TurtleGraphFormatter _layout = new(new TurtleTermFormatter(options));

    /// <inheritdoc />
    protected override void Append(StringBuilder text, RdfGraph graph, long graphOrdinal) => _layout.AppendGraph(text, graph, graphOrdinal);
}
