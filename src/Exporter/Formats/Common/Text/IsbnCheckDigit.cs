namespace Exporter.Formats.Common.Text;

/// <summary>
/// The check digit of an ISBN (ISO 2108; International ISBN Agency, ISBN Users' Manual, 7th ed., 2017, §5 and §7):
/// ISBN-10, weights 10..1 and the sum divisible by 11 (check digit <c>X</c> for 10); ISBN-13, weights 1 and 3 and the sum
/// divisible by 10. MARC 21 020: an ISBN that is not valid goes to $z ("Canceled/invalid ISBN").
/// </summary>
internal static class IsbnCheckDigit
{
    /// <summary>True when <paramref name="isbn"/> (hyphens and spaces allowed) is an ISBN-10 or ISBN-13 whose check digit is right.</summary>
    public static bool IsValid(string isbn)
    {
        Span<int> digits = stackalloc int[13];
        var n = 0;
        foreach (var ch in isbn)
        {
            if (ch is '-' or ' ') continue;
            if (n == 13) return false;
            if (char.IsAsciiDigit(ch)) digits[n++] = ch - '0';
            else if (ch is 'X' or 'x' && n == 9) digits[n++] = 10;
            else return false;
        }

        if (n == 10)
        {
            var sum = 0;
            for (var i = 0; i < 10; i++) sum += (10 - i) * digits[i];
            return sum % 11 == 0;
        }

        if (n != 13) return false;
        var total = 0;
        for (var i = 0; i < 13; i++)
        {
            if (digits[i] == 10) return false;
            total += (i % 2 == 0 ? 1 : 3) * digits[i];
        }

        return total % 10 == 0;
    }
}
