using Exporter.Formats.Rdf;

namespace Exporter.Tests.Formats.Rdf;

public sealed class GraphIsomorphismTests
{
    private static readonly Iri P = new("http://e/p");
    private static readonly Iri Q = new("http://e/q");

    [Fact]
    public void Relabelled_graphs_are_isomorphic_and_the_mapping_is_returned()
    {
        var a = Graph(("x", P, "y"), ("y", Q, "z"));
        var b = Graph(("3", P, "1"), ("1", Q, "2"));
        var mapping = GraphIsomorphism.FindMapping(a, b);
        Assert.NotNull(mapping);
        Assert.Equal(new BlankNode("3"), mapping[new BlankNode("x")]);
        Assert.Equal(new BlankNode("2"), mapping[new BlankNode("z")]);
    }

    [Fact]
    public void Different_structure_is_not_isomorphic()
    {
        Assert.False(GraphIsomorphism.AreIsomorphic(Graph(("x", P, "y"), ("y", P, "z")), Graph(("x", P, "y"), ("z", P, "y"))));
        Assert.False(GraphIsomorphism.AreIsomorphic(Graph(("x", P, "y")), Graph(("x", Q, "y"))));
        Assert.False(GraphIsomorphism.AreIsomorphic(Graph(("x", P, "y")), Graph(("x", P, "x"))));
    }

    [Fact]
    public void Ground_triples_must_match_exactly()
    {
        var a = new RdfGraph();
        a.Add(new Iri("http://e/s"), P, new Literal("1"));
        var b = new RdfGraph();
        b.Add(new Iri("http://e/s"), P, new Literal("1", RdfNames.XsdInteger));
        Assert.False(GraphIsomorphism.AreIsomorphic(a, b));
        Assert.True(GraphIsomorphism.AreIsomorphic(a, a));
    }

    [Fact]
    public void Two_triangles_are_not_one_hexagon()
    {
        // Colour refinement alone cannot tell these apart (every node looks alike): backtracking must.
        var triangles = Graph(("a", P, "b"), ("b", P, "c"), ("c", P, "a"), ("d", P, "e"), ("e", P, "f"), ("f", P, "d"));
        var hexagon = Graph(("a", P, "b"), ("b", P, "c"), ("c", P, "d"), ("d", P, "e"), ("e", P, "f"), ("f", P, "a"));
        Assert.False(GraphIsomorphism.AreIsomorphic(triangles, hexagon));
        var relabelled = Graph(("u", P, "v"), ("v", P, "w"), ("w", P, "u"), ("r", P, "s"), ("s", P, "t"), ("t", P, "r"));
        Assert.True(GraphIsomorphism.AreIsomorphic(triangles, relabelled));
    }

    [Fact]
    public void Large_symmetric_graphs_finish()
    {
        var a = new RdfGraph();
        var b = new RdfGraph();
        for (var i = 0; i < 200; i++)
        {
            a.Add(new BlankNode("a" + i), P, new BlankNode("a" + ((i + 1) % 200)));
            b.Add(new BlankNode("b" + ((i * 7) % 200)), P, new BlankNode("b" + (((i + 1) * 7) % 200)));
        }

        Assert.True(GraphIsomorphism.AreIsomorphic(a, b));
    }

    private static RdfGraph Graph(params (string S, Iri P, string O)[] triples)
    {
        var g = new RdfGraph();
        foreach (var (s, p, o) in triples) g.Add(new BlankNode(s), p, new BlankNode(o));
        return g;
    }
}
