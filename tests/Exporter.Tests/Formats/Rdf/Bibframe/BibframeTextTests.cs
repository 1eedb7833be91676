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

    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("\t tab,\nline  and\r\n crlf  ", "tab, line and crlf")]
    [InlineData(" \u00A0\u2003 ", "")]
    [InlineData("no\u00A0break", "no break")]
    public void Fold_makes_every_white_space_run_one_space_and_trims(string value, string expected) =>
        Assert.Equal(expected, BibframeText.Fold(value));

    [Fact]
    public void Fold_handles_values_longer_than_its_stack_buffer()
    {
        var words = Enumerable.Range(0, 120).Select(i => "w" + i).ToArray();
        var value = "  " + string.Join(" \t\n ", words) + "\n";

        Assert.True(value.Length > 256);
        Assert.Equal(string.Join(' ', words), BibframeText.Fold(value));
    }

    [Fact]
    public void JoinSpace_folds_each_value_and_skips_empty_ones() =>
        Assert.Equal("a b c d e", BibframeText.JoinSpace(["", " a ", "  ", "b", "c\t\t d", "e\n"]));

    [Fact]
    public void JoinSpace_of_nothing_is_empty() => Assert.Equal("", BibframeText.JoinSpace([" ", ""]));
}
