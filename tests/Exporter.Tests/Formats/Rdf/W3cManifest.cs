using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.Turtle;

namespace Exporter.Tests.Formats.Rdf;

/// <summary>One entry of a W3C RDF test manifest.</summary>
public sealed record W3cTestEntry(string Name, string Type, string ActionIri, string ActionPath, string? ResultPath);

/// <summary>Reads a W3C rdf-tests manifest.ttl with our own Turtle reader.</summary>
public static class W3cManifest
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string TestBase = "https://w3c.github.io/rdf-tests/rdf/rdf11/";
    private static readonly Dictionary<string, IReadOnlyList<W3cTestEntry>> Cache = [];

    /// <summary>The suite folder in tests/data.</summary>
    public static string SuiteFolder(string suite) => Support.TestEnvironment.TestData("corpus", "w3c-rdf-tests", suite);

    /// <summary>Entries of a suite (<c>rdf-turtle</c> or <c>rdf-n-triples</c>) in manifest order.</summary>
    public static IReadOnlyList<W3cTestEntry> Entries(string suite)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(suite, out var cached)) return cached;
            var folder = SuiteFolder(suite);
            var manifestIri = TestBase + suite + "/manifest.ttl";
            using var reader = new StreamReader(Path.Combine(folder, "manifest.ttl"));
            var graph = new TurtleReader(reader, new TurtleReaderOptions { BaseIri = manifestIri }).ReadGraph();
            var entries = new List<W3cTestEntry>();
            foreach (var item in ListItems(graph, Object(graph, new Iri(manifestIri), Mf + "entries")!))
            {
                var action = ((Iri)Object(graph, item, Mf + "action")!).Value;
                var result = Object(graph, item, Mf + "result") as Iri;
                entries.Add(new W3cTestEntry(
                    ((Literal)Object(graph, item, Mf + "name")!).Lexical,
                    ((Iri)Object(graph, item, RdfNames.Type)!).Value.Split('#')[^1],
                    action,
                    Path.Combine(folder, action[(action.LastIndexOf('/') + 1)..]),
                    result is null ? null : Path.Combine(folder, result.Value[(result.Value.LastIndexOf('/') + 1)..])));
            }

            Cache[suite] = entries;
            return entries;
        }
    }

    /// <summary>xunit rows: one per entry name.</summary>
    public static IEnumerable<object[]> Rows(string suite)
    {
        foreach (var e in Entries(suite)) yield return [e.Name];
    }

    private static RdfTerm? Object(RdfGraph graph, RdfTerm subject, string predicate)
    {
        foreach (var t in graph.Triples)
        {
            if (t.Subject == subject && t.Predicate.Value == predicate) return t.Object;
        }

        return null;
    }

    private static List<RdfTerm> ListItems(RdfGraph graph, RdfTerm head)
    {
        var items = new List<RdfTerm>();
        while (head is not Iri { Value: RdfNames.Nil })
        {
            items.Add(Object(graph, head, RdfNames.First)!);
            head = Object(graph, head, RdfNames.Rest)!;
        }

        return items;
    }
}
