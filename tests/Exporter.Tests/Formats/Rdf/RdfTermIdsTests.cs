using Exporter.Formats.Rdf;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Exporter.Tests.Formats.Rdf;

/// <summary>RdfTermIds gives the ids a dictionary from terms to their first-appearance number gives, across growth and reuse.</summary>
public sealed class RdfTermIdsTests
{
    private static readonly Gen<RdfTerm> Term = Gen.Frequency(
        (3, Gen.Choose(0, 300).Select(i => (RdfTerm)new Iri("http://example.org/" + i))),
        (2, Gen.Choose(0, 300).Select(i => (RdfTerm)new BlankNode("b" + i))),
        (1, Gen.Choose(0, 50).Select(i => (RdfTerm)new Literal(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))));

    [Property(MaxTest = 200)]
    public Property Ids_are_first_appearance_numbers_under_value_equality() =>
        Prop.ForAll(Term.ListOf().Select(l => l.ToList()).ListOf().ToArbitrary(), rounds =>
        {
            var ids = new RdfTermIds();
            foreach (var terms in rounds)
            {
                ids.Clear();
                var expected = new Dictionary<RdfTerm, int>();
                foreach (var term in terms)
                {
                    Assert.Equal(expected.TryGetValue(term, out var known) ? known : -1, ids.IdOf(term));
                    var isNew = !expected.ContainsKey(term);
                    if (isNew) expected.Add(term, expected.Count);
                    Assert.Equal(expected[term], ids.GetOrAdd(term, out var added));
                    Assert.Equal(isNew, added);
                }

                Assert.Equal(expected.Count, ids.Count);
                foreach (var (term, id) in expected) Assert.Equal(term, ids[id]);
            }

            return true;
        });

    [Fact]
    public void A_table_grown_by_a_large_graph_still_finds_every_term_after_clear()
    {
        var ids = new RdfTermIds();
        for (var i = 0; i < 40_000; i++) Assert.Equal(i, ids.GetOrAdd(new Iri("http://example.org/" + i), out _));
        Assert.Equal(12_345, ids.IdOf(new Iri("http://example.org/12345")));
        ids.Clear();
        Assert.Equal(0, ids.Count);
        Assert.Equal(-1, ids.IdOf(new Iri("http://example.org/1")));
        Assert.Equal(0, ids.GetOrAdd(new BlankNode("x"), out var added));
        Assert.True(added);
    }
}
