namespace Exporter.Formats.DublinCore;

/// <summary>
/// The W3CDTF encoding scheme as dcterms.xsd types it: the union of xs:gYear, xs:gYearMonth, xs:date and
/// xs:dateTime lexical forms (year of at least 4 digits, optional sign, optional time zone).
/// </summary>
internal static class W3cdtfSyntax
{
    /// <summary>True when the (already collapsed) value is a gYear, gYearMonth, date or dateTime.</summary>
    public static bool IsValid(string value)
    {
        var s = value.AsSpan();
        var pos = 0;
        if (!Year(s, ref pos, out var year)) return false;
        if (pos == s.Length || IsZoneStart(s, pos)) return Zone(s, pos);
        if (s[pos] != '-' || !TwoDigits(s, pos + 1, out var month) || month is < 1 or > 12) return false;
        pos += 3;
        if (pos == s.Length || IsZoneStart(s, pos)) return Zone(s, pos);
        if (s[pos] != '-' || !TwoDigits(s, pos + 1, out var day) || day < 1 || day > DaysIn(year, month)) return false;
        pos += 3;
        if (pos == s.Length || IsZoneStart(s, pos)) return Zone(s, pos);
        return s[pos] == 'T' && Time(s, pos + 1, out pos) && Zone(s, pos);
    }

    private static bool Year(ReadOnlySpan<char> s, ref int pos, out long year)
    {
        year = 0;
        if (pos < s.Length && s[pos] == '-') pos++;
        var start = pos;
        while (pos < s.Length && char.IsAsciiDigit(s[pos]))
        {
            if (pos - start > 15) return false;
            year = (year * 10) + (s[pos] - '0');
            pos++;
        }

        var digits = pos - start;
        if (digits < 4 || (digits > 4 && s[start] == '0')) return false;
        return year != 0;
    }

    private static bool Time(ReadOnlySpan<char> s, int pos, out int end)
    {
        end = pos;
        if (!TwoDigits(s, pos, out var h) || pos + 8 > s.Length || s[pos + 2] != ':' || s[pos + 5] != ':') return false;
        if (!TwoDigits(s, pos + 3, out var m) || !TwoDigits(s, pos + 6, out var sec)) return false;
        end = pos + 8;
        var fractionNonZero = false;
        if (end < s.Length && s[end] == '.')
        {
            var fracStart = ++end;
            while (end < s.Length && char.IsAsciiDigit(s[end]))
            {
                fractionNonZero |= s[end] != '0';
                end++;
            }

            if (end == fracStart) return false;
        }

        if (h == 24) return m == 0 && sec == 0 && !fractionNonZero;
        return h < 24 && m < 60 && sec < 60;
    }

    private static bool IsZoneStart(ReadOnlySpan<char> s, int pos) =>
        s[pos] is 'Z' or '+' || (s[pos] == '-' && s.Length - pos == 6 && s[pos + 3] == ':');

    private static bool Zone(ReadOnlySpan<char> s, int pos)
    {
        if (pos == s.Length) return true;
        if (s[pos] == 'Z') return pos + 1 == s.Length;
        if (s[pos] is not ('+' or '-') || s.Length - pos != 6 || s[pos + 3] != ':') return false;
        if (!TwoDigits(s, pos + 1, out var h) || !TwoDigits(s, pos + 4, out var m)) return false;
        return m < 60 && (h < 14 || (h == 14 && m == 0));
    }

    private static bool TwoDigits(ReadOnlySpan<char> s, int pos, out int value)
    {
        value = 0;
        if (pos + 2 > s.Length || !char.IsAsciiDigit(s[pos]) || !char.IsAsciiDigit(s[pos + 1])) return false;
        value = ((s[pos] - '0') * 10) + (s[pos + 1] - '0');
        return true;
    }

    private static int DaysIn(long year, int month) => month switch
    {
        2 => (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
