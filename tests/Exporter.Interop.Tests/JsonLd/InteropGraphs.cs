using System.Globalization;
using Exporter.Formats.Rdf;

namespace Exporter.Interop.Tests.JsonLd;

/// <summary>Graphs for the peers: the sample record, hostile strings, typed literals, language tags, blank node shapes.</summary>
public static class InteropGraphs
{
    private const string S = "https://schema.org/";
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    private const string Type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private const string Rec = "https://catalog.example.org/record/CX7118";

    private static readonly string[] Hostile =
    [
        "\"", "\\", "\\u0041", "\n", "\r\n", "\t", "\u0001", "\u001f", "\u007f", "\u0085", "\u2028", "\u2029", "\U0001F600",
        "\U0001D538", "שלום", "مرحبا", "\u202e", "\u200f", "\u00e9", "Å", "ﬁ", "\ufeff", "{\"@id\": \"_:b0\"}", "@value",
        "_:b0", "http://x", " ", "  trailing  ", "", "</script>", "1973", "true", "null", "a\u0000b",
    ];

    public static IEnumerable<(string Name, RdfGraph Graph)> All()
    {
        yield return ("sample", Sample());
        yield return ("hostile-strings", HostileStrings());
        yield return ("typed-and-tagged", TypedAndTagged());
        yield return ("blank-shapes", BlankShapes());
        for (var seed = 1; seed <= 12; seed++) yield return ("random-" + seed.ToString("00", CultureInfo.InvariantCulture), Random(seed));
    }

    public static RdfGraph Sample()
    {
        var g = new RdfGraph();
        var work = new Iri(Rec + "#work");
        var edition = new Iri(Rec + "#edition");
        g.Add(work, new Iri(Type), new Iri(S + "Book"));
        g.Add(work, P("name"), new Literal("From Lenin to Stalin"));
        g.Add(work, P("datePublished"), new Literal("1937", Xsd + "gYear"));
        g.Add(work, P("workExample"), edition);
        g.Add(edition, new Iri(Type), new Iri(S + "Book"));
        g.Add(edition, P("exampleOfWork"), work);
        g.Add(edition, P("numberOfPages"), new Literal("160", Xsd + "integer"));
        g.Add(edition, P("datePublished"), new Literal("1973", Xsd + "gYear"));
        g.Add(edition, P("url"), new Iri(Rec));
        g.Add(edition, P("mainEntityOfPage"), new Iri(Rec));
        var id = new BlankNode("id");
        g.Add(edition, P("identifier"), id);
        g.Add(id, new Iri(Type), new Iri(S + "PropertyValue"));
        g.Add(id, P("propertyID"), new Literal("https://catalog.example.org/ns#cxNumber"));
        g.Add(id, P("value"), new Literal("CX7118"));
        for (var i = 0; i <= 3; i++)
        {
            var part = new Iri(Rec + "#part-" + i.ToString(CultureInfo.InvariantCulture));
            g.Add(edition, P("hasPart"), part);
            g.Add(part, new Iri(Type), new Iri(S + "Chapter"));
            g.Add(part, P("position"), new Literal(i.ToString(CultureInfo.InvariantCulture), Xsd + "integer"));
        }

        return g;
    }

    private static RdfGraph HostileStrings()
    {
        var g = new RdfGraph();
        var s = new Iri("https://x.example/hostile");
        foreach (var h in Hostile)
        {
            g.Add(s, P("name"), new Literal("<" + h + ">"));
            g.Add(s, P("alternateName"), new Literal(h + "|" + h, null, "en"));
        }

        return g;
    }

    private static RdfGraph TypedAndTagged()
    {
        var g = new RdfGraph();
        var s = new Iri("https://x.example/typed");
        // no xsd:double: pyld 2.0.3 crashes on {"@value": "1.5E0", "@type": "xsd:double"} (valid JSON-LD; see docs/formats/jsonld.md)
        (string, string)[] typed =
        [
            ("160", Xsd + "integer"), ("-5", Xsd + "integer"), ("007", Xsd + "integer"), ("+3", Xsd + "integer"),
            ("123456789012345678901234", Xsd + "integer"), ("true", Xsd + "boolean"), ("1", Xsd + "boolean"), 
            ("1973", Xsd + "gYear"), ("1973-05-01", Xsd + "date"), ("x", S + "Date"), ("CX", "https://catalog.example.org/ns#cx"), ("12.50", Xsd + "decimal"),
        ];
        foreach (var (lexical, datatype) in typed)
        {
            g.Add(s, P("value"), new Literal(lexical, datatype));
            g.Add(s, P("position"), new Literal(lexical, datatype));
            g.Add(s, P("datePublished"), new Literal(lexical, datatype));
            g.Add(s, P("numberOfPages"), new Literal(lexical, datatype));
        }

        foreach (var lang in new[] { "en", "de-CH", "zh-Hant-TW", "sr-Latn", "x-klingon" })
        {
            g.Add(s, P("name"), new Literal("name " + lang, null, lang));
            g.Add(s, P("url"), new Literal("https://x.example/" + lang, null, lang));
        }

        g.Add(s, P("url"), new Literal("https://x.example/plain"));
        g.Add(s, P("url"), new Iri("https://x.example/iri"));
        g.Add(s, P("sameAs"), new Iri("urn:isbn:9780000000001"));
        g.Add(s, new Iri("http://purl.org/dc/terms/title"), new Literal("dc"));
        g.Add(s, new Iri(S + "xsd"), new Literal("clash with the xsd prefix"));
        g.Add(s, new Iri(Xsd + "integer"), new Literal("compact IRI key"));
        g.Add(s, new Iri(Type), new Iri("http://example.org/Class"));
        g.Add(s, new Iri(Type), new Literal("a literal type"));
        return g;
    }

    private static RdfGraph BlankShapes()
    {
        var g = new RdfGraph();
        var root = new Iri("https://x.example/root");
        RdfTerm previous = root;
        for (var i = 0; i < 45; i++)
        {
            var next = new BlankNode("chain" + i.ToString(CultureInfo.InvariantCulture));
            g.Add(previous, P("hasPart"), next);
            previous = next;
        }

        g.Add(previous, P("name"), new Literal("end of chain"));
        var x = new BlankNode("x");
        var y = new BlankNode("y");
        g.Add(x, P("knows"), y);
        g.Add(y, P("knows"), x);
        var self = new BlankNode("self");
        g.Add(self, P("knows"), self);
        var shared = new BlankNode("shared");
        g.Add(root, P("author"), shared);
        g.Add(root, P("creator"), shared);
        g.Add(root, P("about"), new BlankNode("leaf"));
        g.Add(new BlankNode("typed"), new Iri(Type), new BlankNode("blank-type"));
        return g;
    }

    private static RdfGraph Random(int seed)
    {
        var random = new Random(seed);
        var g = new RdfGraph();
        string[] predicates = ["name", "description", "author", "hasPart", "position", "url", "sameAs", "datePublished", "about"];
        for (var i = 0; i < 25; i++)
        {
            RdfTerm subject = random.Next(3) == 0 ? new BlankNode("n" + random.Next(6)) : new Iri("https://x.example/s" + random.Next(4));
            var predicate = P(predicates[random.Next(predicates.Length)]);
            RdfTerm obj = random.Next(5) switch
            {
                0 => new BlankNode("n" + random.Next(6)),
                1 => new Iri("https://x.example/s" + random.Next(4)),
                2 => new Literal(Hostile[random.Next(Hostile.Length)] + Hostile[random.Next(Hostile.Length)], null, random.Next(2) == 0 ? "en" : null),
                3 => new Literal(random.Next(-50, 500).ToString(CultureInfo.InvariantCulture), Xsd + "integer"),
                _ => new Literal(Hostile[random.Next(Hostile.Length)]),
            };
            g.Add(subject, predicate, obj);
        }

        return g;
    }

    private static Iri P(string local) => new(S + local);
}
