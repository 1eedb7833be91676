using Exporter.Formats.Rdf;

namespace Exporter.Tests.Formats.Rdf;

/// <summary>The formatters' term comparer: same answers as the terms' own equality, whatever the instances.</summary>
public sealed class RdfTermComparerTests
{
    private static readonly RdfTerm[] Terms =
    [
        new Iri("http://example.org/a"), new Iri("http://example.org/a"), new Iri("http://example.org/b"),
        new BlankNode("b1"), new BlankNode("b1"), new BlankNode("http://example.org/a"),
        new Literal("http://example.org/a"), new Literal("x"), new Literal("x"), new Literal("x", language: "EN"), new Literal("x", language: "en"),
        new Literal("x", "http://example.org/dt"),
    ];

    [Fact]
    public void It_answers_what_the_terms_own_equality_answers_for_every_pair_and_hashes_alike()
    {
        var comparer = RdfTermComparer.Instance;
        foreach (var x in Terms)
        {
            foreach (var y in Terms)
            {
                Assert.Equal(x.Equals(y), comparer.Equals(x, y));
                if (comparer.Equals(x, y)) Assert.Equal(comparer.GetHashCode(x), comparer.GetHashCode(y));
            }

            Assert.Equal(x.GetHashCode(), comparer.GetHashCode(x));
            Assert.False(comparer.Equals(x, null));
            Assert.False(comparer.Equals(null, x));
        }

        Assert.True(comparer.Equals(null, null));
        Assert.True(comparer.Equals(Terms[0], Terms[1]));
        Assert.False(comparer.Equals(Terms[0], Terms[5]));
    }
}
