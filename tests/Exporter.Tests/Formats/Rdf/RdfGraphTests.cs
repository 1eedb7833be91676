using Exporter.Formats.Rdf;

namespace Exporter.Tests.Formats.Rdf;

public sealed class RdfGraphTests
{
    private static readonly Iri P = new("http://example.org/p");

    private static Triple T(int n) => new(new Iri("http://example.org/s" + n), P, new Literal("v" + n));

    [Fact]
    public void Duplicates_are_ignored_and_insertion_order_kept()
    {
        var g = new RdfGraph();
        Assert.True(g.Add(T(2)));
        Assert.True(g.Add(T(1)));
        Assert.False(g.Add(T(2)));
        Assert.Equal([T(2), T(1)], g.Triples);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5000)] // past the storage a cleared graph keeps
    public void A_cleared_graph_is_empty_forgets_its_triples_and_takes_new_ones(int size)
    {
        var g = new RdfGraph();
        for (var i = 0; i < size; i++) g.Add(T(i));
        Assert.Equal(size, g.Count);

        g.Clear();

        Assert.Equal(0, g.Count);
        Assert.Empty(g.Triples);
        Assert.False(g.Contains(T(0)));
        Assert.True(g.Add(T(0)));
        Assert.True(g.Add(T(size + 1)));
        Assert.False(g.Add(T(0)));
        Assert.Equal([T(0), T(size + 1)], g.Triples);
    }
}
