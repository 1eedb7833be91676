using Exporter.Tests.Support;
using Exporter.Formats.Rdf.JsonLd;

namespace Exporter.Tests.Formats.Rdf.JsonLd;

public sealed class JsonLdIriTests
{
    private const string Base = "http://a/b/c/d;p?q";

    /// <summary>RFC 3986 section 5.4.1 and 5.4.2 examples.</summary>
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
    [InlineData(";x", "http://a/b/c/;x")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../..", "http://a/")]
    [InlineData("../../g", "http://a/g")]
    [InlineData("../../../g", "http://a/g")]
    [InlineData("/./g", "http://a/g")]
    [InlineData("/../g", "http://a/g")]
    [InlineData("g.", "http://a/b/c/g.")]
    [InlineData("..g", "http://a/b/c/..g")]
    [InlineData("./../g", "http://a/b/g")]
    [InlineData("g/./h", "http://a/b/c/g/h")]
    [InlineData("g/../h", "http://a/b/c/h")]
    [InlineData("g;x=1/../y", "http://a/b/c/y")]
    [InlineData("g?y/./x", "http://a/b/c/g?y/./x")]
    [InlineData("g#s/../x", "http://a/b/c/g#s/../x")]
    public void Resolves_like_rfc_3986(string reference, string expected) =>
        Assert.Equal(expected, JsonLdIri.Resolve(Base, reference));

    [Theory]
    [InlineData("https://schema.org/", true)]
    [InlineData("urn:isbn:1", true)]
    [InlineData("http://example.org/é", true)]
    [InlineData("relative", false)]
    [InlineData("1http://x", false)]
    [InlineData("http://x/a b", false)]
    [InlineData("http://x/<a>", false)]
    public void Well_formed_iris(string iri, bool expected) => Assert.Equal(expected, JsonLdIri.IsWellFormed(iri));

    [Fact]
    public void Iris_with_lone_surrogates_are_not_well_formed()
    {
        Assert.False(JsonLdIri.IsWellFormed("http://x/" + '\ud800'));
        Assert.True(JsonLdIri.IsWellFormed("http://x/\U0001F600"));
    }

    [Fact]
    public void Vectorized_checks_agree_with_the_character_loops() =>
        HostileStrings.Check(s =>
        {
            foreach (var iri in new[] { s, "http://example.org/" + s, "urn:x:" + s })
            {
                Assert.Equal(SlowIsValidUtf16(iri), JsonLdIri.IsValidUtf16(iri));
                Assert.Equal(SlowIsWellFormed(iri), JsonLdIri.IsWellFormed(iri));
            }
        });

    /// <summary>IsWellFormed as it was before its vectorized scan.</summary>
    private static bool SlowIsWellFormed(string value)
    {
        if (JsonLdIri.SchemeLength(value) < 0) return false;
        foreach (var c in value)
        {
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\' || (c >= '\u007F' && c <= '\u009F')) return false;
        }

        return SlowIsValidUtf16(value);
    }

    private static bool SlowIsValidUtf16(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }
}
