using Exporter.Formats.Common.Text;

namespace Exporter.Tests.Formats.Common.Text;

public class LastModifiedTextTests
{
    [Theory]
    [InlineData("2024-03-01", "2024-03-01")]
    [InlineData("2024-03-01T12:30:05Z", "2024-03-01T12:30:05Z")]
    [InlineData("2024-03-01T14:30:05+02:00", "2024-03-01T12:30:05Z")]
    [InlineData("2024-03-01T12:30", "2024-03-01T12:30:00Z")]          // no zone: UTC
    [InlineData("2024-03-01 12:30:05", "2024-03-01T12:30:05Z")]
    [InlineData("2024-03-01T12:30:05.57Z", "2024-03-01T12:30:05.5Z")] // to a tenth of a second, as MARC 005
    [InlineData("2024-03-01T00:00:00Z", "2024-03-01")]
    public void Reads_iso_8601_and_writes_utc(string text, string written)
    {
        Assert.True(LastModifiedText.TryParse(text, out var value));
        Assert.Equal(written, LastModifiedText.Format(value));
        Assert.True(LastModifiedText.TryParse(written, out var again));
        Assert.Equal(value, again);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("01/03/2024")]
    [InlineData("2024-13-01")]
    [InlineData("20240301")]
    public void Refuses_what_is_no_iso_date(string text) => Assert.False(LastModifiedText.TryParse(text, out _));

    [Theory]
    [InlineData("19940223151047.0", "1994-02-23T15:10:47Z")]
    [InlineData("19940223151047.7", "1994-02-23T15:10:47.7Z")]
    [InlineData("19940223151047", "1994-02-23T15:10:47Z")]
    [InlineData("19940223", "1994-02-23")]                            // time missing: the day
    [InlineData("19940223xx1047.0", "1994-02-23")]                    // time damaged: the day
    public void Reads_marc_005(string f005, string expected) =>
        Assert.Equal(expected, LastModifiedText.Format(LastModifiedText.FromMarc005(f005)!.Value));

    [Theory]
    [InlineData("20261301000000.0")]
    [InlineData("2026")]
    [InlineData("")]
    [InlineData(null)]
    public void A_005_that_is_no_date_gives_none(string? f005) => Assert.Null(LastModifiedText.FromMarc005(f005));

    [Fact]
    public void Writes_marc_005_in_utc_with_tenths()
    {
        Assert.True(LastModifiedText.TryParse("2024-03-01T14:30:05.5+02:00", out var value));
        Assert.Equal("20240301123005.5", LastModifiedText.ToMarc005(value));
        Assert.Equal(value, LastModifiedText.FromMarc005(LastModifiedText.ToMarc005(value)));
    }
}
