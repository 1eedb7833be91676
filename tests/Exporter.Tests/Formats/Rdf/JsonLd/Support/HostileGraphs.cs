using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.JsonLd;
using FsCheck;
using FsCheck.Fluent;

namespace Exporter.Tests.Formats.Rdf.JsonLd.Support;

/// <summary>A generated graph, printed as its triples when a property fails.</summary>
public sealed record GeneratedGraph(RdfGraph Graph)
{
    /// <inheritdoc />
    public override string ToString() => string.Join("\n", Graph.Triples.Select(t => t.ToString()));
}

/// <summary>FsCheck generators of RDF graphs with hostile strings, typed literals, language tags, blank nodes and chains.</summary>
public static class HostileGraphs
{
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    private const string Schema = "https://schema.org/";

    /// <summary>Pieces that break naive JSON, JSON-LD or line-based writers.</summary>
    public static readonly string[] HostilePieces =
    [
        "plain", "\"", "\\", "\\u0041", "\n", "\r\n", "\r", "\t", "\u0000", "\u0001", "\u001f", "\u007f", "\u0085", "\u2028", "\u2029",
        "\U0001F600", "\U0001D538", "שלום", "مرحبا", "\u202e", "\u200f", "e\u0301", "\u0301", "\u1100\u1161", "Å", "ﬁ", "\ufeff", "\uffff",
        "{\"@id\": \"_:b0\"}", "@value", "@context", "_:b0", "http://x", " ", "  trailing  ", "", "</script>", "1973", "true", "null",
    ];

    private static readonly string[] Predicates =
    [
        Schema + "name", Schema + "description", Schema + "position", Schema + "numberOfPages", Schema + "datePublished",
        Schema + "url", Schema + "sameAs", Schema + "author", Schema + "hasPart", Schema + "xsd", Schema + "a/b", Schema + "@x",
        "http://purl.org/dc/terms/title", Xsd + "integer", "urn:x-local:p", "http://example.org/é/ü?q=1#p", "https://schema.org/",
    ];

    private static readonly string[] Iris =
    [
        "https://catalog.example.org/record/CX7118#work", "https://catalog.example.org/record/CX7118#edition",
        "https://catalog.example.org/record/CX7118", "urn:isbn:9780000000001", "http://example.org/é/ü?q=1#x",
        Schema + "Book", Schema + "Person", "http://schema.org/Book", "https://example.org/a%20b", "mailto:someone@example.org",
    ];

    private static readonly string[] Types = [Schema + "Book", Schema + "Person", Schema + "Chapter", "http://example.org/Class", Schema + "numberOfPages", Schema + "xsd"];

    private static readonly (string Lexical, string Datatype)[] Typed =
    [
        ("160", Xsd + "integer"), ("0", Xsd + "integer"), ("-5", Xsd + "integer"), ("007", Xsd + "integer"), ("+3", Xsd + "integer"),
        ("123456789012345678901234", Xsd + "integer"), ("true", Xsd + "boolean"), ("false", Xsd + "boolean"), ("1", Xsd + "boolean"),
        ("1.5E0", Xsd + "double"), ("1973", Xsd + "gYear"), ("1973-05-01", Xsd + "date"), ("CX7118", "https://catalog.example.org/ns#cx"),
        ("x", Schema + "Date"), ("12", Xsd + "decimal"),
    ];

    private static readonly string[] Languages = ["en", "de-ch", "zh-hant-tw", "x-klingon", "sr-latn"];

    /// <summary>Arbitrary for <see cref="GeneratedGraph"/> (register with the Property attribute).</summary>
    public static Arbitrary<GeneratedGraph> Graphs() => Arb.From(GraphGen());

    /// <summary>A hostile string of up to six pieces.</summary>
    public static Gen<string> HostileString() =>
        Gen.ListOf(Gen.Elements(HostilePieces)).Select(parts => string.Concat(parts.Take(6)));

    private static Gen<GeneratedGraph> GraphGen() =>
        from triples in Gen.ListOf(TripleGen())
        from chain in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 45)))
        select Build(triples, chain);

    private static GeneratedGraph Build(IEnumerable<Triple> triples, int chain)
    {
        var g = new RdfGraph();
        foreach (var t in triples.Take(30)) g.Add(t);
        RdfTerm previous = new Iri(Iris[0]);
        for (var i = 0; i < chain; i++)
        {
            var next = new BlankNode("chain" + i);
            g.Add(previous, new Iri(Schema + "hasPart"), next);
            g.Add(next, new Iri(Schema + "position"), new Literal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Xsd + "integer"));
            previous = next;
        }

        return new GeneratedGraph(g);
    }

    private static Gen<Triple> TripleGen() =>
        from subject in Gen.Frequency((3, Gen.Elements(Iris).Select(i => (RdfTerm)new Iri(i))), (2, BlankGen()))
        from kind in Gen.Choose(0, 9)
        from predicate in Gen.Elements(Predicates)
        from obj in ObjectGen()
        from type in Gen.Elements(Types)
        select kind switch
        {
            0 => new Triple(subject, new Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), new Iri(type)),
            1 => new Triple(subject, new Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), obj),
            _ => new Triple(subject, new Iri(predicate), obj),
        };

    private static Gen<RdfTerm> BlankGen() => Gen.Choose(0, 5).Select(i => (RdfTerm)new BlankNode("n" + i));

    private static Gen<RdfTerm> ObjectGen() =>
        Gen.Frequency(
            (2, Gen.Elements(Iris).Select(i => (RdfTerm)new Iri(i))),
            (3, BlankGen()),
            (3, HostileString().Select(s => (RdfTerm)new Literal(s))),
            (2, HostileString().SelectMany(_ => Gen.Elements(Languages), (s, l) => (RdfTerm)new Literal(s, null, l))),
            (3, Gen.Elements(Typed).Select(t => (RdfTerm)new Literal(t.Lexical, t.Datatype))));

    /// <summary>The graph with every literal's lexical form passed through the writer's NFC step (what it emits).</summary>
    public static RdfGraph WithNfcLiterals(RdfGraph graph)
    {
        var result = new RdfGraph();
        foreach (var t in graph.Triples)
        {
            var o = t.Object is Literal l ? new Literal(JsonLdLexical.Nfc(l.Lexical), l.Language is null ? l.Datatype : null, l.Language) : t.Object;
            result.Add(t.Subject, t.Predicate, o);
        }

        return result;
    }
}
