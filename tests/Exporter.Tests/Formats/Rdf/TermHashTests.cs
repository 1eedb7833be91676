using Exporter.Formats.Rdf;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf;

public class TermHashTests
{
    [Fact]
    public void Equal_strings_hash_equal_and_terms_keep_value_equality() =>
        HostileStrings.Check(s =>
        {
            var copy = new string(s.AsSpan());
            Assert.Equal(TermHash.Of(s), TermHash.Of(copy));
            Assert.Equal(new Iri(s), new Iri(copy));
            Assert.Equal(new Iri(s).GetHashCode(), new Iri(copy).GetHashCode());
            Assert.Equal(new Literal(s, "http://example.org/dt"), new Literal(copy, "http://example.org/dt"));
            Assert.Equal(new Literal(s).GetHashCode(), new Literal(copy).GetHashCode());
            Assert.Equal(new BlankNode(s).GetHashCode(), new BlankNode(copy).GetHashCode());
            var t = new Triple(new Iri("http://e/s"), new Iri("http://e/p"), new Literal(s));
            var u = new Triple(new Iri("http://e/s"), new Iri("http://e/p"), new Literal(copy));
            Assert.Equal(t, u);
            Assert.Equal(t.GetHashCode(), u.GetHashCode());
        });

    [Fact]
    public void Long_strings_that_differ_only_in_the_middle_collide_but_stay_distinct()
    {
        var a = new string('x', 40) + "A" + new string('y', 40);
        var b = new string('x', 40) + "B" + new string('y', 40);
        Assert.Equal(TermHash.Of(a), TermHash.Of(b));
        var graph = new RdfGraph();
        Assert.True(graph.Add(new Iri("http://e/s"), new Iri("http://e/p"), new Literal(a)));
        Assert.True(graph.Add(new Iri("http://e/s"), new Iri("http://e/p"), new Literal(b)));
        Assert.False(graph.Add(new Iri("http://e/s"), new Iri("http://e/p"), new Literal(new string(a.AsSpan()))));
        Assert.Equal(2, graph.Count);
    }

    [Fact]
    public void Terms_of_different_kinds_or_parts_are_not_equal()
    {
        Assert.NotEqual<RdfTerm>(new Iri("x"), new BlankNode("x"));
        Assert.NotEqual<RdfTerm>(new Literal("x"), new Iri("x"));
        Assert.NotEqual(new Literal("x", "http://e/a"), new Literal("x", "http://e/b"));
        Assert.NotEqual(new Literal("x", language: "en"), new Literal("x", language: "de"));
        Assert.Equal(new Literal("x", language: "EN"), new Literal("x", language: "en"));
        Assert.NotEqual(new Triple(new Iri("http://e/s"), new Iri("http://e/p"), new Iri("http://e/o")), new Triple(new Iri("http://e/s"), new Iri("http://e/q"), new Iri("http://e/o")));
    }

    [Fact]
    public void An_iri_copied_with_another_value_hashes_its_new_value()
    {
        var a = new Iri("http://example.org/a");
        _ = a.GetHashCode();
        var b = a with { Value = "http://example.org/b" };
        Assert.Equal(new Iri("http://example.org/b").GetHashCode(), b.GetHashCode());
        Assert.Equal(new Iri("http://example.org/b"), b);
    }
}
