using Exporter.Formats.Rdf;

namespace Exporter.Tests.Formats.Rdf;

/// <summary>RFC 3986 section 5.4 reference resolution examples, base http://a/b/c/d;p?q.</summary>
public sealed class IriResolverTests
{
    private const string Base = "http://a/b/c/d;p?q";

    [Theory]
    [InlineData("g:h", "g:h")]
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("g?y", "http://a/b/c/g?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("g#s", "http://a/b/c/g#s")]
    [InlineData("g?y#s", "http://a/b/c/g?y#s")]
    [InlineData(";x", "http://a/b/c/;x")]
    [InlineData("g;x", "http://a/b/c/g;x")]
    [InlineData("g;x?y#s", "http://a/b/c/g;x?y#s")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("./", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../..", "http://a/")]
    [InlineData("../../", "http://a/")]
    [InlineData("../../g", "http://a/g")]
    [InlineData("../../../g", "http://a/g")]
    [InlineData("../../../../g", "http://a/g")]
    [InlineData("/./g", "http://a/g")]
    [InlineData("/../g", "http://a/g")]
    [InlineData("g.", "http://a/b/c/g.")]
    [InlineData(".g", "http://a/b/c/.g")]
    [InlineData("g..", "http://a/b/c/g..")]
    [InlineData("..g", "http://a/b/c/..g")]
    [InlineData("./../g", "http://a/b/g")]
    [InlineData("./g/.", "http://a/b/c/g/")]
    [InlineData("g/./h", "http://a/b/c/g/h")]
    [InlineData("g/../h", "http://a/b/c/h")]
    [InlineData("g;x=1/./y", "http://a/b/c/g;x=1/y")]
    [InlineData("g;x=1/../y", "http://a/b/c/y")]
    [InlineData("g?y/./x", "http://a/b/c/g?y/./x")]
    [InlineData("g?y/../x", "http://a/b/c/g?y/../x")]
    [InlineData("g#s/./x", "http://a/b/c/g#s/./x")]
    [InlineData("g#s/../x", "http://a/b/c/g#s/../x")]
    [InlineData("http:g", "http:g")]
    public void Resolves_the_rfc3986_examples(string reference, string expected) =>
        Assert.Equal(expected, IriResolver.Resolve(Base, reference));

    [Fact]
    public void Keeps_a_relative_reference_without_base() => Assert.Equal("g/h", IriResolver.Resolve(null, "g/h"));

    [Fact]
    public void Resolves_against_an_authority_with_empty_path() => Assert.Equal("http://a/g", IriResolver.Resolve("http://a", "g"));

    [Theory]
    [InlineData("http://x", true)]
    [InlineData("urn:isbn:123", true)]
    [InlineData("a+b.c-d:x", true)]
    [InlineData("#frag", false)]
    [InlineData("1http:x", false)]
    [InlineData("rel/path", false)]
    [InlineData("", false)]
    public void Tells_absolute_iris(string iri, bool absolute) => Assert.Equal(absolute, IriResolver.IsAbsolute(iri));
}
