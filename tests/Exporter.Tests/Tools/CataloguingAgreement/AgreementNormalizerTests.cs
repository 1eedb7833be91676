using Exporter.Tools.CataloguingAgreement;

namespace Exporter.Tests.Tools.CataloguingAgreement;

public class AgreementNormalizerTests
{
    [Theory]
    [InlineData("xii, 160 p. :", "xii, 160 p")]
    [InlineData("New York, N.Y. :", "New York, N.Y")]
    [InlineData("Monad Press,", "Monad Press")]
    [InlineData("From Lenin to Stalin /", "From Lenin to Stalin")]
    [InlineData("Title =", "Title")]
    [InlineData("  two   spaces\tand a tab ;", "two spaces and a tab")]
    [InlineData("[London]", "[London]")]
    [InlineData("1925-", "1925-")]
    [InlineData(null, "")]
    public void Value_removes_trailing_isbd_punctuation_and_folds_spaces(string? input, string expected) =>
        Assert.Equal(expected, AgreementNormalizer.Value(input));

    [Fact]
    public void Value_is_nfc() => Assert.Equal("Qu\u00e9bec", AgreementNormalizer.Value("Que\u0301bec."));

    [Fact]
    public void Value_keeps_case_and_inner_punctuation() => Assert.NotEqual(AgreementNormalizer.Value("c1973."), AgreementNormalizer.Value("1973"));

    [Fact]
    public void Text_compares_words_only() =>
        Assert.Equal(AgreementNormalizer.Text(["Chapter 1 -- ", "The Beginning."]), AgreementNormalizer.Text(["chapter 1", "the  beginning"]));

    [Fact]
    public void Number_ignores_hyphens_and_spaces() => Assert.Equal("0394549260", AgreementNormalizer.Number("0-394-54926-0 "));
}
