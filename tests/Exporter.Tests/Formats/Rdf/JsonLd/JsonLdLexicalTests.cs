using Exporter.Tests.Support;
using Exporter.Formats.Rdf.JsonLd;

namespace Exporter.Tests.Formats.Rdf.JsonLd;

public sealed class JsonLdLexicalTests
{
    [Theory]
    [InlineData("0", true)]
    [InlineData("160", true)]
    [InlineData("-5", true)]
    [InlineData("999999999999999", true)]
    [InlineData("1000000000000000", false)]
    [InlineData("007", false)]
    [InlineData("-0", false)]
    [InlineData("+3", false)]
    [InlineData("1.0", false)]
    [InlineData("", false)]
    [InlineData("-", false)]
    [InlineData("١٢", false)]
    public void Native_integers_are_canonical_and_short(string lexical, bool expected) =>
        Assert.Equal(expected, JsonLdLexical.IsNativeInteger(lexical));

    /// <summary>The JSON-LD 1.1 canonical xsd:double form (API section 8.6): as pyld and jsonld.js produce it.</summary>
    [Theory]
    [InlineData(1.5, "1.5E0")]
    [InlineData(1e21, "1.0E21")]
    [InlineData(-0.25, "-2.5E-1")]
    [InlineData(123.456, "1.23456E2")]
    [InlineData(0.1, "1.0E-1")]
    [InlineData(5e-324, "4.940656458412465E-324")]
    [InlineData(0.30000000000000004, "3.0E-1")]
    [InlineData(0.0, "0.0E0")]
    [InlineData(double.PositiveInfinity, "INF")]
    public void Doubles_are_canonical(double value, string expected) =>
        Assert.Equal(expected, JsonLdLexical.Double(value));

    [Theory]
    [InlineData("en", true)]
    [InlineData("de-CH", true)]
    [InlineData("zh-Hant-TW", true)]
    [InlineData("x-klingon", true)]
    [InlineData("en-", false)]
    [InlineData("-en", false)]
    [InlineData("en gb", false)]
    [InlineData("toolongtag", false)]
    [InlineData("1en", false)]
    [InlineData("", false)]
    public void Language_tags(string tag, bool expected) => Assert.Equal(expected, JsonLdLexical.IsLanguageTag(tag));

    [Fact]
    public void Nfc_fast_path_agrees_with_the_normalizer() =>
        HostileStrings.Check(s => Assert.Equal(Exporter.Formats.Common.Text.UnicodeNormalizer.ToNfc(s), JsonLdLexical.Nfc(s)));
}
