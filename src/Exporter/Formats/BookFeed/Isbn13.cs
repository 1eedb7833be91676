namespace Exporter.Formats.BookFeed;

/// <summary>
/// ISBN-13 as Google Book Actions asks for it ("If you have ISBN-10, convert it into ISBN-13"): a valid ISBN-13 is kept,
/// a valid ISBN-10 gets the 978 prefix and a new check digit (ISO 2108), anything else is not an ISBN.
/// </summary>
internal static class Isbn13
{
    /// <summary>The ISBN-13 of <paramref name="value"/> (hyphens and spaces ignored), or null when it is not a valid ISBN-10 or -13.</summary>
    public static string? From(string value)
    {
        var digits = new string([.. value.Where(c => c is not ('-' or ' '))]).ToUpperInvariant();
        if (digits.Length == 13 && digits.All(char.IsAsciiDigit) && digits.StartsWith("97", StringComparison.Ordinal) && digits[2] is '8' or '9')
            return CheckDigit(digits.AsSpan(0, 12)) == digits[12] ? digits : null;
        if (digits.Length != 10 || !digits[..9].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(digits[9]) || digits[9] == 'X') || !Isbn10Valid(digits))
            return null;
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

    /// <summary>True when the ISBN-10's check digit (weights 10..1, X for 10) is right.</summary>
    private static bool Isbn10Valid(string ten)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var d = ten[i] == 'X' ? 10 : ten[i] - '0';
            sum += d * (10 - i);
        }

        return sum % 11 == 0;
    }
}
