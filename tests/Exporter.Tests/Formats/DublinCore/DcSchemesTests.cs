using Exporter.Formats.DublinCore;

namespace Exporter.Tests.Formats.DublinCore;

public class DcSchemesTests
{
    [Theory]
    [InlineData("1973", true)]
    [InlineData("1973-05", true)]
    [InlineData("1973-05-07", true)]
    [InlineData("2000-02-29", true)]
    [InlineData("1900-02-29", false)]
    [InlineData("1973-04-31", false)]
    [InlineData("1973-13", false)]
    [InlineData("1973-00", false)]
    [InlineData("-0044", true)]
    [InlineData("12345", true)]
    [InlineData("01973", false)]
    [InlineData("0000", false)]
    [InlineData("973", false)]
    [InlineData("1973Z", true)]
    [InlineData("1973-05-07+14:00", true)]
    [InlineData("1973-05-07-05:00", true)]
    [InlineData("1973-05-07+14:30", false)]
    [InlineData("1973-05-07T10:11:12", true)]
    [InlineData("1973-05-07T10:11:12.125Z", true)]
    [InlineData("1973-05-07T10:11:12.", false)]
    [InlineData("1973-05-07T24:00:00", true)]
    [InlineData("1973-05-07T24:00:01", false)]
    [InlineData("1973-05-07T10:60:00", false)]
    [InlineData("1973-05-07T10:11", false)]
    [InlineData(" 1973\n", true)]
    [InlineData("c1973", false)]
    [InlineData("", false)]
    public void W3cdtf_follows_the_xml_schema_date_types(string value, bool valid) =>
        Assert.Equal(valid, DcSchemes.IsValidValue(DcSchemes.W3cdtf, value));

    [Theory]
    [InlineData("DCMIType", "Text", true)]
    [InlineData("DCMIType", " PhysicalObject ", true)]
    [InlineData("DCMIType", "text", false)]
    [InlineData("URI", "https://example.org/a?b=c#d", true)]
    [InlineData("URI", "urn:isbn:9780873482475", true)]
    [InlineData("URI", "relative/path", true)]
    [InlineData("URI", "a%2", false)]
    [InlineData("URI", "a#b#c", false)]
    [InlineData("URI", "1x:y", false)]
    [InlineData("URI", "http://[::1]/x", true)]
    [InlineData("URI", "http://[::1/x", false)]
    [InlineData("URI", "a\u0001b", false)]
    [InlineData("RFC4646", "zh-Hant-TW", true)]
    [InlineData("RFC4646", "en--GB", false)]
    [InlineData("RFC4646", "abcdefghi", false)]
    [InlineData("RFC1766", "1en", false)]
    [InlineData("LCSH", "anything at all", true)]
    [InlineData("ISO639-2", "", true)]
    [InlineData("ISBN", "9780873482475", false)]
    public void Values_are_checked_against_the_scheme_datatype(string scheme, string value, bool valid) =>
        Assert.Equal(valid, DcSchemes.IsValidValue(scheme, value));

    [Fact]
    public void Knows_exactly_the_nineteen_dcterms_xsd_schemes()
    {
        Assert.Equal(19, DcSchemes.All.Count);
        Assert.True(DcSchemes.IsKnown("TGN"));
        Assert.False(DcSchemes.IsKnown("w3cdtf"));
        Assert.Equal(12, DcSchemes.DcmiTypes.Count);
    }
}
