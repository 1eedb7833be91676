using Exporter.Formats.Rdf.JsonLd;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// JSON-LD as a record syntax: one compact document whose <c>@graph</c> grows record by record, compacted against the
/// context of <see cref="JsonLdWriterOptions"/> (the vocabulary's context where the options keep the default); read
/// whole and split into records (<see cref="JsonLdRecordReader"/>).
/// </summary>
internal sealed class JsonLdSyntax : IRdfSyntax
{
    public static readonly JsonLdSyntax Instance = new();

    public RdfSyntaxKind Kind => RdfSyntaxKind.JsonLd;

    public string MediaType => "application/ld+json";

    public bool CanRead => true;

    public int Sniff(ReadOnlySpan<byte> head)
    {
        var text = LinkedDataSniffing.Text(head);
        if (!text.StartsWith('{') && !text.StartsWith('[')) return 0;
        return text.Contains("\"@context\"", StringComparison.Ordinal) ? 90 : text.Contains("\"@id\"", StringComparison.Ordinal) ? 60 : 0;
    }

    public RdfDocumentLayout CreateLayout(WriteOptions options, ILinkedDataVocabulary vocabulary)
    {
        var json = options.Formats.Get<JsonLdWriterOptions>();
        if (ReferenceEquals(json.Context, JsonLdWriterOptions.Default.Context)) json = json with { Context = vocabulary.JsonLdContext };
        JsonLdGraphFormatter.Validate(json);
        return new RdfDocumentLayout(JsonLdGraphFormatter.Header(json), JsonLdGraphFormatter.Separator, JsonLdGraphFormatter.Footer(json), () => new JsonLdGraphFormatter(json));
    }

    public ICatalogReader CreateReader(Stream input, ReadOptions options, ILinkedDataVocabulary vocabulary) => new JsonLdRecordReader(input, options, vocabulary);
}
