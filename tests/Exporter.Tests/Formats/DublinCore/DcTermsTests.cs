using Exporter.Formats.DublinCore;

namespace Exporter.Tests.Formats.DublinCore;

public class DcTermsTests
{
    [Theory]
    [InlineData(DcNamespace.Terms, "abstract", "description")]
    [InlineData(DcNamespace.Terms, "tableOfContents", "description")]
    [InlineData(DcNamespace.Terms, "issued", "date")]
    [InlineData(DcNamespace.Terms, "created", "date")]
    [InlineData(DcNamespace.Terms, "extent", "format")]
    [InlineData(DcNamespace.Terms, "isPartOf", "relation")]
    [InlineData(DcNamespace.Terms, "alternative", "title")]
    [InlineData(DcNamespace.Terms, "spatial", "coverage")]
    [InlineData(DcNamespace.Terms, "license", "rights")]
    [InlineData(DcNamespace.Terms, "bibliographicCitation", "identifier")]
    [InlineData(DcNamespace.Terms, "title", "title")]
    [InlineData(DcNamespace.Elements, "creator", "creator")]
    [InlineData(DcNamespace.Terms, "audience", null)]
    [InlineData(DcNamespace.Terms, "rightsHolder", null)]
    [InlineData(DcNamespace.Elements, "abstract", null)]
    [InlineData(DcNamespace.Terms, "Title", null)]
    public void Refinements_dumb_down_to_their_dcmes_element(DcNamespace ns, string name, string? expected) =>
        Assert.Equal(expected, DcTerms.SimpleElementOf(ns, name));

    [Fact]
    public void Knows_the_fifteen_elements_and_the_fifty_five_terms_of_dcterms_xsd()
    {
        Assert.Equal(15, DcTerms.Elements.Count);
        Assert.All(DcTerms.Elements, e => Assert.True(DcTerms.IsTerm(e)));
        Assert.True(DcTerms.IsKnown(DcNamespace.Terms, "educationLevel"));
        Assert.False(DcTerms.IsKnown(DcNamespace.Elements, "educationLevel"));
        Assert.False(DcTerms.IsTerm("ISBN"));
    }
}
