using Exporter.Formats.Marc.Model;

namespace Exporter.Tests.Formats.Marc.Model;

public class NumericMarcTagsTests
{
    [Theory]
    [InlineData("000", true)]
    [InlineData("245", true)]
    [InlineData("999", true)]
    [InlineData("24a", false)]
    [InlineData("CAT", false)]
    [InlineData("24", false)]
    [InlineData("2450", false)]
    [InlineData("", false)]
    public void Only_three_ascii_digits_are_numeric(string tag, bool numeric) =>
        Assert.Equal(numeric, NumericMarcTags.IsNumeric(System.Text.Encoding.ASCII.GetBytes(tag)));

    [Fact]
    public void Every_numeric_tag_is_its_digits_and_one_shared_string()
    {
        for (var n = 0; n < 1000; n++)
        {
            var digits = System.Text.Encoding.ASCII.GetBytes(n.ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
            var tag = NumericMarcTags.Get(digits);
            Assert.Equal(System.Text.Encoding.ASCII.GetString(digits), tag);
            Assert.Same(tag, NumericMarcTags.Get(digits));
        }
    }
}
