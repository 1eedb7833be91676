using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.Bibframe;

namespace Exporter.Tests.Formats.Rdf.Bibframe;

/// <summary>The term lookups' by-reference cache held to the by-name one: any instance of a name gives the one term of that name.</summary>
public sealed class BibframeTermsTests
{
    [Fact]
    public void A_name_gives_the_same_term_whichever_string_instance_asks_and_however_often()
    {
        var names = Enumerable.Range(0, 2000).Select(i => "term" + (i % 700)).ToArray(); // many instances per name, more names than cache slots
        foreach (var name in names.Concat(names.Reverse()))
        {
            var copy = new string(name.AsSpan());
            Assert.Same(BibframeTerms.B(name), BibframeTerms.B(copy));
            Assert.Equal(new Iri(BibframeTerms.Bf + name), BibframeTerms.B(name));
            Assert.Equal(new Iri(BibframeTerms.Bflc + name), BibframeTerms.L(copy));
            Assert.Equal(new Iri(BibframeTerms.Mads + name), BibframeTerms.M(name));
        }

        Assert.Same(BibframeTerms.B("title"), BibframeTerms.B(new string("title".AsSpan())));
        Assert.NotEqual(BibframeTerms.B("title"), BibframeTerms.L("title"));
    }
}
