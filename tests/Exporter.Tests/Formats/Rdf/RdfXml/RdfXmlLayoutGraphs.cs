using Exporter.Formats.Rdf;
using FsCheck;
using FsCheck.Fluent;

namespace Exporter.Tests.Formats.Rdf.RdfXml;

/// <summary>
/// FsCheck graphs shaped like the ones RDF/XML lays out (BIBFRAME's): few subjects with many triples, repeated
/// predicates and rdf:type (element names, rdf:Description, RDF/XML and XML names, unmapped namespaces), blank nodes
/// from a small pool (single-use, shared, cyclic, deep chains), terms sometimes equal but not the same instance, and
/// now and then a triple RDF/XML refuses.
/// </summary>
internal static class RdfXmlLayoutGraphs
{
    private const string Bf = RdfXmlWriterTests.Bf;

    private static readonly string[] SubjectIris = [Bf + "1#Work", Bf + "1#Instance", "http://other.example/x#S1", "urn:x-local:s2"];

    private static readonly string[] Predicates =
    [
        RdfNames.Type, RdfNames.Type, Bf + "title", Bf + "mainTitle", "http://www.w3.org/2000/01/rdf-schema#label",
        "http://other.example/v#p", "http://third.example/q/r", RdfNames.RdfNamespace + "value", RdfNames.RdfNamespace + "_1",
    ];

    private static readonly string[] Refused = [RdfNames.RdfNamespace + "li", "http://example.org/", RdfNames.RdfNamespace + "about", "relative#p"];

    private static readonly string[] Classes =
    [
        Bf + "Work", Bf + "Title", RdfNames.RdfNamespace + "Bag", RdfNames.RdfNamespace + "Description", RdfNames.RdfNamespace + "li",
        "http://www.w3.org/XML/1998/namespaceThing", "http://other.example/c#Thing", "http://example.org/", "urn:x-local:Kind",
    ];

    private static readonly Iri[] SharedIris = [.. SubjectIris.Concat(Predicates).Concat(Classes).Distinct().Select(s => new Iri(s))];
    private static readonly BlankNode[] SharedBlanks = [.. Enumerable.Range(0, 8).Select(i => new BlankNode("b" + i))];

    /// <summary>The shared instance of an IRI, or (one time in three) an equal new one.</summary>
    private static Gen<Iri> IriOf(string value) =>
        Gen.Frequency((2, Gen.Constant(SharedIris.FirstOrDefault(i => i.Value == value) ?? new Iri(value))), (1, Gen.Constant(value).Select(v => new Iri(v))));

    private static readonly Gen<RdfTerm> Blank =
        from i in Gen.Choose(0, SharedBlanks.Length - 1)
        from copy in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select (RdfTerm)(copy ? new BlankNode(SharedBlanks[i].Label) : SharedBlanks[i]);

    private static readonly Gen<RdfTerm> Subject = Gen.Frequency(
        (3, Gen.Elements(SubjectIris).SelectMany(IriOf).Select(i => (RdfTerm)i)),
        (3, Blank));

    private static readonly Gen<Iri> Predicate = Gen.Frequency(
        (40, Gen.Elements(Predicates).SelectMany(IriOf)),
        (1, Gen.Elements(Refused).SelectMany(IriOf)));

    private static readonly Gen<RdfTerm> Object = Gen.Frequency(
        (3, Blank),
        (2, Gen.Elements(SubjectIris).SelectMany(IriOf).Select(i => (RdfTerm)i)),
        (3, Gen.Elements(Classes).SelectMany(IriOf).Select(i => (RdfTerm)i)),
        (3, Gen.Elements("A & B <c> \"d\"", "plain", "\u00e9t\u00e9 \U0001F600", "tab\there\r\n", "", "]]>").Select(s => (RdfTerm)new Literal(s))),
        (1, Gen.Elements("en", "fr-CA").Select(l => (RdfTerm)new Literal("x", language: l))),
        (1, Gen.Elements(RdfNames.XsdInteger, "http://example.org/dt#\u00e9").Select(d => (RdfTerm)new Literal("1", d))),
        (1, Gen.Constant((RdfTerm)new Literal("bad\u0001"))));

    private static readonly Gen<Triple> TripleGen =
        from s in Subject
        from p in Predicate
        from o in Object
        select new Triple(s, p, o);

    /// <summary>A chain of 0..40 single-use blank nodes under a subject (deeper than the nesting limit now and then).</summary>
    private static readonly Gen<Triple[]> Chain =
        from length in Gen.Choose(0, 40)
        from label in Gen.Choose(0, 1000)
        select Enumerable.Range(0, length)
            .Select(i => new Triple(i == 0 ? SharedIris[0] : new BlankNode($"c{label}.{i - 1}"), SharedIris[SubjectIris.Length + 3], new BlankNode($"c{label}.{i}")))
            .ToArray();

    /// <summary>One graph: runs of triples, mostly with the same subject instance, and sometimes a deep chain.</summary>
    public static readonly Gen<RdfGraph> Graph =
        from runs in Gen.Choose(0, 12).SelectMany(n => Gen.Choose(1, 12).SelectMany(k => TripleGen.ArrayOf(k)).ArrayOf(n))
        from chain in Gen.Frequency((3, Gen.Constant(Array.Empty<Triple>())), (1, Chain))
        select Build(runs, chain);

    /// <summary>Some graphs, as one formatter meets them one after another.</summary>
    public static readonly Gen<RdfGraph[]> Graphs = Gen.Choose(1, 6).SelectMany(n => Graph.ArrayOf(n));

    private static RdfGraph Build(IEnumerable<Triple[]> runs, Triple[] chain)
    {
        var g = new RdfGraph();
        foreach (var run in runs)
        {
            if (run.Length == 0) continue;
            var subject = run[0].Subject;
            foreach (var t in run) g.Add(subject, t.Predicate, t.Object);
        }

        foreach (var t in chain) g.Add(t);
        return g;
    }
}
