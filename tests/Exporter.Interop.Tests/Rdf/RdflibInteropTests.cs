using Exporter.Formats.Rdf;
using Exporter.Interop.Tests.Support;

namespace Exporter.Interop.Tests.Rdf;

/// <summary>
/// rdflib parses our Turtle and our N-Triples to isomorphic graphs, and to the graph we meant: rdflib's own
/// N-Triples serialisation, read back by our reader, is isomorphic to the graph we wrote.
/// </summary>
public sealed class RdflibInteropTests
{
    private const string Python = "/usr/bin/python3";

    private const string Script = """
        import sys, rdflib
        from rdflib.compare import isomorphic
        rdflib.NORMALIZE_LITERALS = False
        ttl = rdflib.Graph(); ttl.parse(sys.argv[1], format="turtle")
        nt = rdflib.Graph(); nt.parse(sys.argv[2], format="nt")
        ttl.serialize(destination=sys.argv[3], format="nt", encoding="utf-8")
        nt.serialize(destination=sys.argv[4], format="nt", encoding="utf-8")
        print(len(ttl), len(nt), isomorphic(ttl, nt))
        """;

    public static TheoryData<int> Seeds => [11, 12, 13, 14, 15];

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void Rdflib_reads_our_turtle_as_the_graph_we_meant(int seed)
    {
        using var docs = new RdfDocuments(HostileRdfGraphs.Generate(seed, 30));
        var (fromTurtle, _) = RunRdflib(docs);
        Assert.True(GraphIsomorphism.AreIsomorphic(docs.Expected, fromTurtle), "rdflib read our Turtle differently");
    }

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void Rdflib_reads_our_turtle_and_ntriples_as_the_same_graph(int seed)
    {
        using var docs = new RdfDocuments(HostileRdfGraphs.WithoutLiteralsContaining(HostileRdfGraphs.Generate(seed, 30), '\\'));
        var (fromTurtle, fromNTriples) = RunRdflib(docs, expectIsomorphic: true);
        Assert.True(GraphIsomorphism.AreIsomorphic(docs.Expected, fromTurtle), "rdflib read our Turtle differently");
        Assert.True(GraphIsomorphism.AreIsomorphic(docs.Expected, fromNTriples), "rdflib read our N-Triples differently");
    }

    /// <summary>Runs rdflib on both documents; returns its N-Triples serialisations read back by our reader.</summary>
    internal static (RdfGraph FromTurtle, RdfGraph FromNTriples) RunRdflib(RdfDocuments docs, bool expectIsomorphic = false)
    {
        var script = docs.PathOf("check.py");
        File.WriteAllText(script, Script);
        var fromTurtle = docs.PathOf("from-ttl.nt");
        var fromNTriples = docs.PathOf("from-nt.nt");
        PeerTool.RequirePythonModule("rdflib");
        var run = PeerTool.Run(Python, [script, docs.TurtlePath, docs.NTriplesPath, fromTurtle, fromNTriples]);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var n = docs.Expected.Count;
        var counts = run.StdOut.Trim().Split(' ');
        Assert.Equal($"{n} {n}", counts[0] + " " + counts[1]);
        if (expectIsomorphic) Assert.Equal("True", counts[2]);
        return (RdfDocuments.ReadNTriples(RdfDocuments.ReadText(fromTurtle)), RdfDocuments.ReadNTriples(RdfDocuments.ReadText(fromNTriples)));
    }
}
