using Exporter.Formats.Rdf;

namespace Exporter.Tests.Formats.Rdf;

public sealed class BlankNodeTests
{
    [Fact]
    public void Equality_is_by_label_whether_or_not_either_hash_was_computed()
    {
        var a = new BlankNode("b12");
        var b = new BlankNode("b1" + "2");
        var c = new BlankNode("b13");
        Assert.True(a.Equals(b));
        Assert.False(a.Equals(c));
        _ = a.GetHashCode();
        Assert.True(b.Equals(a));
        Assert.False(c.Equals(a));
        _ = b.GetHashCode();
        _ = c.GetHashCode();
        Assert.True(a.Equals(b));
        Assert.False(a.Equals(c));
    }
}
