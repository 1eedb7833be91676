using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.NTriples;
using Exporter.Interop.Tests.Support;

namespace Exporter.Interop.Tests.Rdf;

/// <summary>
/// Every expected-result graph of the W3C Turtle suite (its .nt files: odd IRIs, escapes, every literal kind),
/// re-written by our writers as one streamed document, is read by rapper and by rdflib as the same graph.
/// </summary>
public sealed class W3cCorpusInteropTests
{
    [SkippableFact]
    public void Rapper_reads_our_rewrite_of_the_w3c_result_graphs()
    {
        // Literals holding U+0000 are left out: raptor cuts its C strings there (our escape \u0000 reads back).
        using var docs = new RdfDocuments(HostileRdfGraphs.WithoutLiteralsContaining(LoadResultGraphs(), '\0'));
        foreach (var (syntax, path) in new[] { ("turtle", docs.TurtlePath), ("ntriples", docs.NTriplesPath) })
        {
            var run = PeerTool.Run("rapper", ["-q", "-i", syntax, "-o", "ntriples", path]);
            Assert.True(run.ExitCode == 0, run.StdErr);
            Assert.True(GraphIsomorphism.AreIsomorphic(docs.Expected, RdfDocuments.ReadNTriples(run.StdOut)), $"rapper read our {syntax} differently");
        }
    }

    [SkippableFact]
    public void Rdflib_reads_our_turtle_rewrite_of_the_w3c_result_graphs()
    {
        using var docs = new RdfDocuments(LoadResultGraphs());
        var (fromTurtle, _) = RdflibInteropTests.RunRdflib(docs);
        Assert.True(GraphIsomorphism.AreIsomorphic(docs.Expected, fromTurtle), "rdflib read our Turtle differently");
    }

    private static List<RdfGraph> LoadResultGraphs()
    {
        var folder = TestEnvironment.TestData("corpus", "w3c-rdf-tests", "rdf-turtle");
        var graphs = new List<RdfGraph>();
        var rejected = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.nt").Order(StringComparer.Ordinal))
        {
            try
            {
                graphs.Add(NTriplesReader.Parse(RdfDocuments.ReadText(file)));
            }
            catch (RdfParseException)
            {
                rejected.Add(Path.GetFileName(file));
            }
        }

        // test-38.nt (not in the manifest) escapes an astral character as a UTF-16 surrogate pair, which RDF 1.1 forbids.
        Assert.Equal(["test-38.nt"], rejected);
        Assert.True(graphs.Count > 100, $"only {graphs.Count} result graphs found");
        return graphs;
    }
}
