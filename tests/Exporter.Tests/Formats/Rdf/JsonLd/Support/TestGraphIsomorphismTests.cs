namespace Exporter.Tests.Formats.Rdf.JsonLd.Support;

/// <summary>The test-local isomorphism check must itself tell graphs apart, or the round-trip properties prove nothing.</summary>
public sealed class TestGraphIsomorphismTests
{
    [Theory]
    [InlineData("_:a <http://p> _:b .\n_:b <http://p> _:a .", "_:x <http://p> _:y .\n_:y <http://p> _:x .", true)]
    [InlineData("_:a <http://p> _:b .\n_:b <http://p> _:c .\n_:c <http://p> _:a .", "_:x <http://p> _:y .\n_:y <http://p> _:x .\n_:z <http://p> _:z .", false)]
    [InlineData("_:a <http://p> \"1\" .\n_:b <http://p> \"2\" .", "_:b <http://p> \"1\" .\n_:a <http://p> \"2\" .", true)]
    [InlineData("_:a <http://p> \"1\" .\n_:a <http://q> \"2\" .", "_:a <http://p> \"1\" .\n_:b <http://q> \"2\" .", false)]
    [InlineData("<http://s> <http://p> \"x\"@en .", "<http://s> <http://p> \"x\" .", false)]
    [InlineData("<http://s> <http://p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .", "<http://s> <http://p> \"1\" .", false)]
    [InlineData("<http://s> <http://p> _:a .\n<http://s> <http://p> _:b .", "<http://s> <http://p> _:a .\n<http://s> <http://p> _:a .\n<http://s> <http://q> _:a .", false)]
    public void Tells_isomorphic_from_different_graphs(string a, string b, bool expected) =>
        Assert.Equal(expected, TestGraphIsomorphism.AreIsomorphic(MiniNTriples.Parse(a), MiniNTriples.Parse(b)));
}
