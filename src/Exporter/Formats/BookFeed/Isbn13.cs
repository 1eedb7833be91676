using Exporter.Formats.Common.Text;

namespace Exporter.Formats.BookFeed;

/// <summary>
/// ISBN-13 as Google Book Actions asks for it ("If you have ISBN-10, convert it into ISBN-13"): a valid ISBN-13 is kept,
/// a valid ISBN-10 gets the 978 prefix and a new check digit (ISO 2108), anything else is not an ISBN. Validity is
/// <see cref="IsbnCheckDigit"/>'s, the one check the MARC 020 rule uses too.
/// </summary>
internal static class Isbn13
{
    /// <summary>The ISBN-13 of <paramref name="value"/> (hyphens and spaces ignored), or null when it is not a valid ISBN-10 or -13.</summary>
    public static string? From(string value)
    {
        if (!IsbnCheckDigit.IsValid(value)) return null;
        var digits = new string([.. value.Where(c => c is not ('-' or ' '))]);
        if (digits.Length == 13) return digits.StartsWith("978", StringComparison.Ordinal) || digits.StartsWith("979", StringComparison.Ordinal) ? digits : null;
        var twelve = "978" + digits[..9];
        return twelve + CheckDigit(twelve);
    }

    /// <summary>The ISBN-13 check digit of its first twelve digits (weights 1, 3, 1, 3...).</summary>
    public static char CheckDigit(ReadOnlySpan<char> twelve)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++) sum += (twelve[i] - '0') * (i % 2 == 0 ? 1 : 3);
        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
