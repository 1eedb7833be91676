using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.NTriples;
using Exporter.Formats.Rdf.Turtle;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Exporter.Tests.Formats.Rdf;

/// <summary>writer -> reader is the identity (up to blank node labels) for both syntaxes, on hostile graphs.</summary>
public sealed class RdfRoundTripPropertyTests
{
    private static readonly TurtleWriterOptions WithBase = new() { BaseIri = RdfGraphGenerators.BaseIri + "1" };

    [Property(MaxTest = 300)]
    public Property Turtle_streamed_graphs_read_back_isomorphic() =>
        Prop.ForAll(RdfGraphGenerators.Graphs.ToArbitrary(), Gen.Elements(TurtleWriterOptions.Default, WithBase).ToArbitrary(), (graphs, options) =>
        {
            var text = new StringWriter();
            using (var writer = new TurtleWriter(text, options))
            {
                foreach (var g in graphs) writer.WriteGraph(g);
                writer.Complete();
            }

            var back = TurtleReader.Parse(text.ToString());
            return GraphIsomorphism.AreIsomorphic(RdfGraphGenerators.UnionWithGraphScopedBlankNodes(graphs), back)
                .Label(text.ToString());
        });

    [Property(MaxTest = 300)]
    public Property NTriples_streamed_graphs_read_back_isomorphic() =>
        Prop.ForAll(RdfGraphGenerators.Graphs.ToArbitrary(), graphs =>
        {
            var text = new StringWriter();
            using (var writer = new NTriplesWriter(text))
            {
                foreach (var g in graphs) writer.WriteGraph(g);
                writer.Complete();
            }

            var back = NTriplesReader.Parse(text.ToString());
            return GraphIsomorphism.AreIsomorphic(RdfGraphGenerators.UnionWithGraphScopedBlankNodes(graphs), back)
                .Label(text.ToString());
        });

    [Property(MaxTest = 200)]
    public Property NTriples_output_is_also_valid_Turtle_with_the_same_graph() =>
        Prop.ForAll(RdfGraphGenerators.Graph.ToArbitrary(), g =>
        {
            var nt = NTriplesWriter.Encode(g);
            return GraphIsomorphism.AreIsomorphic(NTriplesReader.Parse(nt), TurtleReader.Parse(nt)).Label(nt);
        });

    [Property(MaxTest = 200)]
    public Property Output_is_deterministic() =>
        Prop.ForAll(RdfGraphGenerators.Graph.ToArbitrary(), g =>
            TurtleWriter.Encode(g, WithBase) == TurtleWriter.Encode(g, WithBase) && NTriplesWriter.Encode(g) == NTriplesWriter.Encode(g));

    [Fact]
    public void Very_long_values_and_deep_blank_node_chains_round_trip()
    {
        var g = new RdfGraph();
        var big = string.Concat(Enumerable.Repeat("Ab\"\\\n\u00e9\U0001F600'''", 50_000));
        var s = new Iri("http://example.org/s");
        var p = new Iri("http://example.org/p");
        g.Add(s, p, new Literal(big));
        RdfTerm previous = s;
        for (var i = 0; i < 2_000; i++)
        {
            var node = new BlankNode("c" + i);
            g.Add(previous, p, node);
            previous = node;
        }

        Assert.True(GraphIsomorphism.AreIsomorphic(g, TurtleReader.Parse(TurtleWriter.EncodeDocument(g))));
        Assert.True(GraphIsomorphism.AreIsomorphic(g, NTriplesReader.Parse(NTriplesWriter.Encode(g))));
    }
}
