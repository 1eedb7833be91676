using Exporter.Formats.Rdf;

namespace Exporter.Tests.Formats.Rdf;

public sealed class IriTests
{
    [Fact]
    public void Equality_is_by_value_whether_or_not_either_hash_was_computed()
    {
        var a = new Iri("http://example.org/title");
        var b = new Iri("http://example.org/" + "title");
        Assert.True(a.Equals(b));                       // neither hashed
        _ = a.GetHashCode();
        Assert.True(a.Equals(b) && b.Equals(a));        // one hashed
        _ = b.GetHashCode();
        Assert.True(a.Equals(b));                       // both hashed
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Iris_that_differ_are_unequal_whether_or_not_their_hashes_are_known()
    {
        var a = new Iri("http://example.org/agent");
        var b = new Iri("http://example.org/title");   // same length, same namespace
        Assert.False(a.Equals(b));
        _ = a.GetHashCode();
        Assert.False(a.Equals(b) || b.Equals(a));
        _ = b.GetHashCode();
        Assert.False(a.Equals(b));
    }

    [Fact]
    public void A_copy_with_another_value_gets_its_own_hash()
    {
        var a = new Iri("http://example.org/a");
        _ = a.GetHashCode();
        var b = a with { Value = "http://example.org/b" };
        Assert.False(a.Equals(b));
        Assert.Equal(new Iri("http://example.org/b").GetHashCode(), b.GetHashCode());
        Assert.True(b.Equals(new Iri("http://example.org/b")));
    }
}
