using Exporter.Formats.Rdf.JsonLd;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// schema.org JSON-LD (docs/formats/jsonld.md, docs/mappings/schema-org.md): one compact document whose
/// <c>@graph</c> grows record by record, with the project's context (schemas/context.jsonld) inline.
/// Writer options: <c>WriteOptions.Formats.Get&lt;JsonLdWriterOptions&gt;()</c>.
/// </summary>
public sealed class JsonLdFormat : IRecordFormat
{
    /// <inheritdoc />
    public string Name => "jsonld";

    /// <inheritdoc />
    public string Description => "schema.org JSON-LD, one document with an @graph of Work + Edition nodes per record";

    /// <inheritdoc />
    public string MediaType => "application/ld+json";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".jsonld"];

    /// <inheritdoc />
    public bool CanRead => true;

    /// <inheritdoc />
    public bool CanWrite => true;

    /// <inheritdoc />
    public int Sniff(ReadOnlySpan<byte> head)
    {
        var text = LinkedDataSniffing.Text(head);
        if (!text.StartsWith('{') && !text.StartsWith('[')) return 0;
        return text.Contains("\"@context\"", StringComparison.Ordinal) ? 90 : text.Contains("\"@id\"", StringComparison.Ordinal) ? 60 : 0;
    }

    /// <inheritdoc />
    public ICatalogReader CreateReader(Stream input, ReadOptions options) => new JsonLdRecordReader(input, options);

    /// <inheritdoc />
    public IRecordEncoder CreateEncoder(WriteOptions options)
    {
        var fragments = new JsonLdFragmentEncoder(options.Formats.Get<JsonLdWriterOptions>());
        return new LinkedDataEncoder(options, fragments.Header, fragments.Separator, fragments.Footer, (Action<RdfGraph, long, System.Text.StringBuilder>)fragments.AppendGraph);
    }
}
