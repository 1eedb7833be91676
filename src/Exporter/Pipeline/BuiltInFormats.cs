using Exporter.Formats.BookFeed;
using Exporter.Formats.CatalogText;
using Exporter.Formats.DublinCore;
using Exporter.Formats.Json;
using Exporter.Formats.Marc;
using Exporter.Formats.Rdf.Bibframe;
using Exporter.Formats.Rdf.LinkedData;

namespace Exporter.Pipeline;

/// <summary>The formats shipped with the library, one line each.</summary>
internal static class BuiltInFormats
{
    public static IEnumerable<IRecordFormat> All()
    {
        yield return new CatalogTextFormat();
        yield return new RecordJsonFormat();
        yield return new Marc21Format();
        yield return new MarcXmlFormat();
        yield return new MrkFormat();
        yield return new OaiDcFormat();
        yield return new QualifiedDcFormat();
        yield return new JsonLdFormat();
        yield return new TurtleFormat();
        yield return new NTriplesFormat();
        yield return new LinkedDataFormat("bibframe", "BIBFRAME 2 (RDF/XML; --rdf-syntax for Turtle, N-Triples, JSON-LD), a Work and an Instance per record, crosswalked from MARC", BibframeVocabulary.Instance,
            [new(RdfXmlSyntax.Instance, ".bf.rdf"), new(TurtleSyntax.Instance, ".bf.ttl"), new(NTriplesSyntax.Instance, ".bf.nt"), new(JsonLdSyntax.Instance, ".bf.jsonld")]);
        yield return new BookFeedFormat();
    }
}
