using System.Collections.Immutable;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.JsonLd;
using Exporter.Formats.Rdf.LinkedData;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Tests.Formats.Rdf.LinkedData;

/// <summary>A vocabulary of two terms: each record is one <c>tiny:Thing</c> with a <c>tiny:title</c> (its root triple).</summary>
internal sealed class TinyVocabulary : ILinkedDataVocabulary
{
    public const string Ns = "http://tiny.example/ns#";

    public static readonly TinyVocabulary Instance = new();

    private static readonly Iri Title = new(Ns + "title");

    public string Name => "tiny";

    public ImmutableArray<RdfNamespace> Namespaces { get; } = [new("tiny", Ns), new("rdf", RdfNames.RdfNamespace)];

    public JsonLdContext JsonLdContext { get; } = JsonLdContext.Parse("{\"@context\": {\"tiny\": \"" + Ns + "\"}}");

    public bool Recognises(string head) => head.Contains(Ns, StringComparison.Ordinal);

    public RdfGraph ToGraph(ReadResult record, WriteOptions options, IDiagnostics diagnostics)
    {
        var catalog = record.GetCatalog(diagnostics);
        var thing = new Iri(new Uri(options.BaseUri, "record/" + catalog.CatalogNumber + "#thing").AbsoluteUri);
        var graph = new RdfGraph();
        graph.Add(thing, new Iri(RdfNames.Type), new Iri(Ns + "Thing"));
        graph.Add(thing, Title, new Literal(catalog.Title));
        return graph;
    }

    public CatalogRecord ToCatalog(RdfGraph graph, IDiagnostics diagnostics)
    {
        var title = graph.Triples.FirstOrDefault(t => t.Predicate.Equals(Title)) ?? throw new RecordFormatException(new Diagnostic("TINY0001", Severity.Error, "no tiny:title"));
        var id = ((Iri)title.Subject).Value.Split("record/")[1].Split('#')[0];
        return new CatalogRecord { Title = ((Literal)title.Object).Lexical, Identifiers = [new Identifier(IdentifierType.Local, id)] };
    }

    public bool IsRecordRoot(Triple triple) => triple.Subject is Iri && triple.Predicate.Equals(Title);
}
