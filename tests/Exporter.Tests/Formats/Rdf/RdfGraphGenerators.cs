using Exporter.Formats.Rdf;
using FsCheck;
using FsCheck.Fluent;

namespace Exporter.Tests.Formats.Rdf;

/// <summary>FsCheck generators for hostile RDF graphs: every literal kind, blank nodes (shared, cyclic), odd text.</summary>
public static class RdfGraphGenerators
{
    public const string BaseIri = "http://example.org/records/";

    private static readonly string[] Namespaces = ["https://schema.org/", BaseIri, "http://example.org/records/1#", "urn:x-local:", "http://example.org/v/"];
    private static readonly string[] Languages = ["en", "fr-ca", "zh-hant-tw", "x-private1"];
    private static readonly string[] Pieces = ["\"", "\"\"\"", "'''", "\\", "\\u0041", "\n", "\r\n", "\t", "#", "@en", "^^", "<>", ".", ";", ",", "[]", "()"];

    /// <summary>Any Unicode text (valid scalar values), weighted towards the characters syntaxes must escape.</summary>
    public static readonly Gen<string> Text =
        Gen.Frequency(
                (6, Gen.Choose(0x20, 0x7E).Select(char.ConvertFromUtf32)),
                (2, Gen.Elements(Pieces)),
                (1, Gen.Choose(0x00, 0x1F).Select(char.ConvertFromUtf32)),
                (1, Gen.Constant("\u007F")),
                (2, Gen.Choose(0xA0, 0xD7FF).Select(char.ConvertFromUtf32)),
                (1, Gen.Choose(0xE000, 0xFFFD).Select(char.ConvertFromUtf32)),
                (2, Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32)))
            .ListOf()
            .Select(parts => string.Concat(parts));

    private static readonly Gen<string> LocalName =
        Gen.Frequency(
                (6, Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-~:/#".Select(c => c.ToString()).ToArray())),
                (1, Gen.Elements("é", "日本", "Ω", "😀", "%20", "?q=1", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=")))
            .ListOf()
            .Select(parts => string.Concat(parts));

    private static readonly Gen<RdfTerm> IriTerm =
        from ns in Gen.Elements(Namespaces)
        from local in LocalName
        select (RdfTerm)new Iri(ns + local);

    private static readonly Gen<RdfTerm> Blank = Gen.Choose(0, 5).Select(i => (RdfTerm)new BlankNode("n" + i));

    private static readonly Gen<RdfTerm> LiteralTerm = Gen.OneOf(
        Text.Select(t => (RdfTerm)new Literal(t)),
        Text.Select(t => (RdfTerm)new Literal(t, Literal.XsdString)),
        from t in Text from l in Gen.Elements(Languages) select (RdfTerm)new Literal(t, language: l),
        ArbMap.Default.GeneratorFor<long>().Select(n => (RdfTerm)new Literal(n.ToString(System.Globalization.CultureInfo.InvariantCulture), RdfNames.XsdInteger)),
        Gen.Elements("007", "+5", "-0", "1e3", "", " 1").Select(s => (RdfTerm)new Literal(s, RdfNames.XsdInteger)),
        Gen.Elements("true", "false", "1", "TRUE").Select(s => (RdfTerm)new Literal(s, RdfNames.XsdBoolean)),
        Gen.Elements("1.5", "-.5", "10.", "NaN").Select(s => (RdfTerm)new Literal(s, RdfNames.XsdDecimal)),
        Gen.Elements("1.5E3", "INF", "-0.0e-0").Select(s => (RdfTerm)new Literal(s, RdfNames.XsdDouble)),
        from t in Text from d in IriTerm select (RdfTerm)new Literal(t, ((Iri)d).Value));

    private static readonly Gen<Triple> TripleGen =
        from s in Gen.Frequency((3, IriTerm), (2, Blank))
        from p in IriTerm
        from o in Gen.Frequency((2, IriTerm), (2, Blank), (4, LiteralTerm))
        select new Triple(s, (Iri)p, o);

    private static readonly Gen<List<Triple>> ListGen =
        from owner in IriTerm
        from items in Gen.Frequency((3, LiteralTerm), (1, IriTerm), (1, Blank)).ListOf()
        from label in Gen.Choose(0, 1_000_000)
        select ListTriples((Iri)owner, [.. items], label);

    /// <summary>One graph of 0..N triples, sometimes with RDF lists.</summary>
    public static readonly Gen<RdfGraph> Graph =
        from triples in TripleGen.ListOf()
        from lists in ListGen.ListOf()
        select Build(triples, lists);

    private static RdfGraph Build(IEnumerable<Triple> triples, IEnumerable<List<Triple>> lists)
    {
        var g = new RdfGraph();
        foreach (var t in triples) g.Add(t);
        foreach (var list in lists.Take(3))
        {
            foreach (var t in list) g.Add(t);
        }

        return g;
    }

    private static List<Triple> ListTriples(Iri owner, List<RdfTerm> items, int label)
    {
        var triples = new List<Triple>();
        RdfTerm next = RdfNames.NilIri;
        for (var i = items.Count - 1; i >= 0; i--)
        {
            var cell = new BlankNode($"list{label}.{i}");
            triples.Add(new Triple(cell, RdfNames.FirstIri, items[i]));
            triples.Add(new Triple(cell, RdfNames.RestIri, next));
            next = cell;
        }

        triples.Add(new Triple(owner, new Iri("http://example.org/v/list"), next));
        return triples;
    }

    /// <summary>A document's worth of graphs (records).</summary>
    public static readonly Gen<List<RdfGraph>> Graphs = Graph.ListOf().Select(list => list.ToList());

    /// <summary>The union a streaming writer means: blank nodes of graph i are distinct from those of graph j.</summary>
    public static RdfGraph UnionWithGraphScopedBlankNodes(IReadOnlyList<RdfGraph> graphs)
    {
        var union = new RdfGraph();
        for (var i = 0; i < graphs.Count; i++)
        {
            foreach (var t in graphs[i].Triples) union.Add(Scope(t.Subject, i), t.Predicate, Scope(t.Object, i));
        }

        return union;
    }

    private static RdfTerm Scope(RdfTerm term, int graph) => term is BlankNode b ? new BlankNode($"{graph}.{b.Label}") : term;
}
