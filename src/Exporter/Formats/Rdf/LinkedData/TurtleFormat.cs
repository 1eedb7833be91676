using System.Text;
using Exporter.Formats.Rdf.Turtle;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// RDF Turtle of the schema.org graph (docs/formats/rdf-syntax.md): prefixes once in the header, then each record's
/// subject blocks. Writer options: <c>WriteOptions.Formats.Get&lt;TurtleWriterOptions&gt;()</c>.
/// </summary>
public sealed class TurtleFormat : IRecordFormat
{
    /// <inheritdoc />
    public string Name => "turtle";

    /// <inheritdoc />
    public string Description => "RDF Turtle of the schema.org graph, records one after another";

    /// <inheritdoc />
    public string MediaType => "text/turtle";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".ttl"];

    /// <inheritdoc />
    public bool CanRead => true;

    /// <inheritdoc />
    public bool CanWrite => true;

    /// <inheritdoc />
    public int Sniff(ReadOnlySpan<byte> head)
    {
        var text = LinkedDataSniffing.Text(head);
        if (text.StartsWith("@prefix", StringComparison.Ordinal) || text.StartsWith("@base", StringComparison.Ordinal)
            || text.StartsWith("PREFIX", StringComparison.OrdinalIgnoreCase) || text.StartsWith("BASE", StringComparison.OrdinalIgnoreCase)) return 90;
        return LinkedDataSniffing.LooksLikeTriples(text) ? 40 : 0;
    }

    /// <inheritdoc />
    public ICatalogReader CreateReader(Stream input, ReadOptions options) => StreamedRdfReader.Turtle(input, options);

    [ThreadStatic]
    private static TurtleGraphFormatter? t_formatter;

    [ThreadStatic]
    private static TurtleWriterOptions? t_formatterOptions;

    /// <inheritdoc />
    public IRecordEncoder CreateEncoder(WriteOptions options)
    {
        var turtle = options.Formats.Get<TurtleWriterOptions>();
        var header = TurtleWriter.EncodeHeader(turtle);
        return new LinkedDataEncoder(options, header, "", "", (Action<RdfGraph, long, StringBuilder>)((graph, ordinal, text) =>
        {
            ArgumentNullException.ThrowIfNull(graph);
            Formatter(turtle).AppendGraph(text, graph, ordinal);
        }));
    }

    /// <summary>This thread's formatter for these options (a formatter resets itself per graph; encoders run on several threads).</summary>
    private static TurtleGraphFormatter Formatter(TurtleWriterOptions options)
    {
        if (t_formatter is { } f && ReferenceEquals(t_formatterOptions, options)) return f;
        t_formatter = null;
        f = new TurtleGraphFormatter(new TurtleTermFormatter(options));
        t_formatterOptions = options;
        t_formatter = f;
        return f;
    }
}
