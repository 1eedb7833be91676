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

    /// <summary>Numbered values of one subject and predicate (a large parsed graph) get distinct hashes, not one probe chain per length.</summary>
    [Fact]
    public void Numbered_literals_spread_over_the_table()
    {
        var subject = new Iri("http://example.org/s");
        var predicate = new Iri("http://example.org/p");
        var hashes = Enumerable.Range(1, 5000).Select(n => RdfGraph.Hash(subject, predicate, new Literal("v. " + n))).ToHashSet();
        Assert.True(hashes.Count >= 4990, $"{hashes.Count} distinct hashes of 5000 numbered literals");
    }

    /// <summary>The graph's own duplicate table held to a HashSet of triples on seeded triples full of duplicates and of literals its hash cannot tell apart (same length, same first and last characters).</summary>
    [Fact]
    public void It_keeps_the_triples_a_HashSet_keeps_in_insertion_order_on_seeded_triples()
    {
        var random = new Random(20261207);
        RdfTerm[] subjects = [new Iri("http://example.org/a"), new Iri("http://example.org/b"), new BlankNode("b1"), new BlankNode("b2")];
        Iri[] predicates = [P, new Iri("http://example.org/q"), RdfNames.TypeIri];
        for (var round = 0; round < 50; round++)
        {
            var graph = round % 2 == 0 ? new RdfGraph() : new RdfGraph(256);
            for (var cleared = 0; cleared < 2; cleared++)
            {
                var seen = new HashSet<Triple>();
                var kept = new List<Triple>();
                var count = random.Next(0, 1500);
                for (var i = 0; i < count; i++)
                {
                    RdfTerm obj = random.Next(4) switch
                    {
                        0 => new Iri("http://example.org/o" + random.Next(20)),
                        1 => new BlankNode("b" + random.Next(5)),
                        2 => new Literal("x" + (char)('a' + random.Next(3)) + "x", language: random.Next(3) == 0 ? "en" : null),
                        _ => new Literal("x" + random.Next(1000) + "x", random.Next(5) == 0 ? Literal.RdfLangString : null),
                    };
                    var subject = subjects[random.Next(subjects.Length)];
                    var predicate = predicates[random.Next(predicates.Length)];
                    var triple = new Triple(subject, predicate, obj);
                    var expected = seen.Add(triple);
                    if (expected) kept.Add(triple);
                    Assert.Equal(expected, random.Next(2) == 0 ? graph.Add(triple) : graph.Add(subject, predicate, obj));
                    Assert.True(graph.Contains(new Triple(subject, predicate, obj)));
                }

                Assert.Equal(kept, graph.Triples);
                Assert.False(graph.Contains(new Triple(subjects[0], P, new Literal("absent"))));
                graph.Clear();
                Assert.Equal(0, graph.Count);
            }
        }
    }
}
