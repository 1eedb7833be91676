using System.Text;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.NTriples;
using Exporter.Formats.Rdf.Turtle;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf;

/// <summary>
/// The W3C RDF 1.1 Turtle and N-Triples conformance suites (tests/data/corpus/w3c-rdf-tests), one case per
/// manifest entry, the manifests themselves read with our Turtle reader. Every evaluation graph is also written
/// with both our writers and read back.
/// </summary>
public sealed class W3cConformanceTests
{
    public static IEnumerable<object[]> TurtleCases() => W3cManifest.Rows("rdf-turtle");

    public static IEnumerable<object[]> NTriplesCases() => W3cManifest.Rows("rdf-n-triples");

    [SkippableTheory]
    [MemberData(nameof(TurtleCases))]
    public void Turtle(string name)
    {
        var entry = Find("rdf-turtle", name);
        switch (entry.Type)
        {
            case "TestTurtleEval":
                var actual = ReadTurtle(entry);
                var expected = NTriplesReader.Parse(File.ReadAllText(entry.ResultPath!, Encoding.UTF8));
                Assert.True(GraphIsomorphism.AreIsomorphic(expected, actual),
                    $"not isomorphic to {Path.GetFileName(entry.ResultPath)}:\n{NTriplesWriter.Encode(actual)}");
                AssertWritersRoundTrip(actual, entry.ActionIri);
                break;
            case "TestTurtlePositiveSyntax":
                ReadTurtle(entry);
                break;
            case "TestTurtleNegativeSyntax" or "TestTurtleNegativeEval":
                Assert.Throws<RdfParseException>(() => ReadTurtle(entry));
                break;
            default:
                Assert.Fail("unknown test type " + entry.Type);
                break;
        }
    }

    [SkippableTheory]
    [MemberData(nameof(NTriplesCases))]
    public void NTriples(string name)
    {
        var entry = Find("rdf-n-triples", name);
        var text = File.ReadAllText(entry.ActionPath, Encoding.UTF8);
        switch (entry.Type)
        {
            case "TestNTriplesPositiveSyntax":
                var graph = NTriplesReader.Parse(text);
                Assert.True(GraphIsomorphism.AreIsomorphic(graph, TurtleReader.Parse(text)), "Turtle reading of N-Triples differs");
                AssertWritersRoundTrip(graph, entry.ActionIri);
                break;
            case "TestNTriplesNegativeSyntax":
                Assert.Throws<RdfParseException>(() => NTriplesReader.Parse(text));
                break;
            default:
                Assert.Fail("unknown test type " + entry.Type);
                break;
        }
    }

    [Fact]
    public void Manifests_list_every_suite_entry()
    {
        Assert.Equal(313, W3cManifest.Entries("rdf-turtle").Count);
        Assert.Equal(70, W3cManifest.Entries("rdf-n-triples").Count);
    }

    private static void AssertWritersRoundTrip(RdfGraph graph, string baseIri)
    {
        var options = new TurtleWriterOptions { BaseIri = baseIri };
        var turtle = TurtleWriter.EncodeDocument(graph, options);
        Assert.True(GraphIsomorphism.AreIsomorphic(graph, TurtleReader.Parse(turtle)), "our Turtle did not round-trip:\n" + turtle);
        var nt = NTriplesWriter.Encode(graph);
        Assert.True(GraphIsomorphism.AreIsomorphic(graph, NTriplesReader.Parse(nt)), "our N-Triples did not round-trip:\n" + nt);
    }

    private static RdfGraph ReadTurtle(W3cTestEntry entry)
    {
        using var reader = new StreamReader(entry.ActionPath, Encoding.UTF8);
        return new TurtleReader(reader, new TurtleReaderOptions { BaseIri = entry.ActionIri }).ReadGraph();
    }

    private static W3cTestEntry Find(string suite, string name)
    {
        foreach (var e in W3cManifest.Entries(suite))
        {
            if (e.Name == name) return e;
        }

        throw new InvalidOperationException("no manifest entry " + name);
    }
}
