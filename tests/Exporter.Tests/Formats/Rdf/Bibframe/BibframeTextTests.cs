using Exporter.Formats.Rdf.Bibframe;

namespace Exporter.Tests.Formats.Rdf.Bibframe;

public sealed class BibframeTextTests
{
    [Theory]
    [InlineData("The amazing adventures of Kavalier and Clay :", "The amazing adventures of Kavalier and Clay")]
    [InlineData("a novel /", "a novel")]
    [InlineData("Chabon, Michael.", "Chabon, Michael")]
    [InlineData("Smith, J.", "Smith, J.")]
    [InlineData("639 p. ;", "639 p.")]
    [InlineData("  two   spaces ", "two spaces")]
    [InlineData("(unbalanced", "unbalanced")]
    [InlineData(" ; ", null)]
    public void Chop_removes_trailing_isbd_punctuation_but_keeps_initials_and_abbreviations(string value, string? expected) =>
        Assert.Equal(expected, BibframeText.Chop(value));
}
