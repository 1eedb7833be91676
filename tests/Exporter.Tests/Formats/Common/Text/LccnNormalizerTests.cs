using Exporter.Formats.Common.Text;

namespace Exporter.Tests.Formats.Common.Text;

/// <summary>
/// LoC's LCCN normalization and the syntax of a normalized LCCN (https://www.loc.gov/marc/lccn-namespace.html#syntax).
/// The first eight cases are the examples of that page.
/// </summary>
public class LccnNormalizerTests
{
    [Theory]
    [InlineData("n78-890351", "n78890351")]
    [InlineData("n78-89035", "n78089035")]
    [InlineData("n 78890351 ", "n78890351")]
    [InlineData(" 85000002 ", "85000002")]
    [InlineData("85-2 ", "85000002")]
    [InlineData("2001-000002", "2001000002")]
    [InlineData("75-425165//r75", "75425165")]
    [InlineData(" 79139101 /AC/r932", "79139101")]
    [InlineData("   77123332 ", "77123332")]         // 010 $a structure A as LC writes it
    [InlineData("sh 85-92242", "sh85092242")]
    [InlineData("no2008-168642", "no2008168642")]
    [InlineData("  2002004923", "2002004923")]       // structure B
    public void Normalizes_as_the_library_of_congress_does(string value, string normalized)
    {
        Assert.Equal(normalized, LccnNormalizer.Normalize(value));
        Assert.True(LccnNormalizer.TryNormalize(value, out var again));
        Assert.Equal(normalized, again);
    }

    [Theory]
    [InlineData("12345", "12345")]                   // too short
    [InlineData("85-", "85")]                        // no serial number after the hyphen
    [InlineData("85-1234567", "851234567")]          // a serial number of seven digits
    [InlineData("8-5000001", "85000001")]            // ... even where dropping the hyphen would look like one
    [InlineData("n78-890-351", "n78890351")]         // a second hyphen
    [InlineData("85-abc", "85abc")]
    [InlineData("abc1234567890", "abc1234567890")]   // thirteen characters
    [InlineData("N78890351", "N78890351")]           // an upper-case prefix
    [InlineData("not a number", "notanumber")]
    [InlineData("", "")]
    public void A_value_that_is_no_lccn_normalizes_as_far_as_the_steps_go(string value, string partly)
    {
        Assert.Null(LccnNormalizer.Normalize(value));
        Assert.False(LccnNormalizer.TryNormalize(value, out var normalized));
        Assert.Equal(partly, normalized);
    }

    [Theory]
    [InlineData("85000002", true)]
    [InlineData("n78890351", true)]                  // 9: the first alphabetic
    [InlineData("1234567890", true)]                 // 10: the first two digits
    [InlineData("sh85092242", true)]                 // 10: the first two alphabetic
    [InlineData("n2001045944", true)]                // 11: alphabetic, then two digits
    [InlineData("agr62000298", true)]                // 11: alphabetic, then two alphabetic
    [InlineData("no2008168642", true)]               // 12: two alphabetic, then digits
    [InlineData("8500000", false)]                   // 7
    [InlineData("1234567890123", false)]             // 13
    [InlineData("123456789", false)]                 // 9, the first a digit
    [InlineData("n123456789", false)]                // 10, a letter and a digit
    [InlineData("1n12345678", false)]                // 10, a digit and a letter
    [InlineData("n1a12345678", false)]               // 11, a digit and a letter after the first
    [InlineData("123456789012", false)]              // 12, the first two digits
    [InlineData("n1234567890", true)]                // 11, the first alphabetic, then digits
    [InlineData("ab12345678x", false)]               // the rightmost eight not all digits
    [InlineData("N78890351", false)]                 // prefixes are lowercase
    public void Checks_the_syntax_of_a_normalized_lccn(string value, bool normalized) => Assert.Equal(normalized, LccnNormalizer.IsNormalized(value));
}
