using System.Globalization;

namespace Exporter.Formats.Common.Text;

/// <summary>
/// The record's last change (<see cref="Model.CatalogRecord.LastModified"/>) as text, shared by the catalog page's
/// <c>Last Modified</c> label, record JSON's <c>lastModified</c> and MARC 005: ISO 8601 in UTC to a tenth of a second
/// (the precision of MARC 005). A change at midnight UTC is written as the day alone ("2024-03-01"), any other as
/// "2024-03-01T12:30:05Z" (with ".5" for tenths).
/// </summary>
internal static class LastModifiedText
{
    private static readonly string[] IsoForms =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss",
    ];

    /// <summary>ISO 8601 text: the day alone at midnight UTC, else date and time with "Z".</summary>
    public static string Format(DateTimeOffset value)
    {
        var utc = Tenths(value).UtcDateTime;
        if (utc.TimeOfDay == TimeSpan.Zero) return utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tenth = utc.Ticks / (TimeSpan.TicksPerSecond / 10) % 10;
        return utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + (tenth == 0 ? "" : "." + tenth.ToString(CultureInfo.InvariantCulture)) + "Z";
    }

    /// <summary>Reads ISO 8601 ("2024-03-01", "2024-03-01T12:30:05Z", "2024-03-01T14:30+02:00"; no zone is UTC) into UTC, to a tenth of a second.</summary>
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        if (DateTimeOffset.TryParseExact(text.Trim(), IsoForms, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            value = Tenths(parsed);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>MARC 005 <c>yyyymmddhhmmss.f</c>.</summary>
    public static string ToMarc005(DateTimeOffset value)
    {
        var utc = Tenths(value).UtcDateTime;
        var tenth = utc.Ticks / (TimeSpan.TicksPerSecond / 10) % 10;
        return utc.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + tenth.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// MARC 005 (<c>yyyymmddhhmmss.f</c>, no time zone: read as UTC) as a date and time; a 005 whose time is missing or
    /// damaged but whose first eight characters are a day gives that day; anything else null.
    /// </summary>
    public static DateTimeOffset? FromMarc005(string? f005)
    {
        if (f005 is null) return null;
        var v = f005.Trim();
        if (v.Length >= 14 && DateTime.TryParseExact(v[..14], "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var full))
        {
            var tenth = v.Length >= 16 && v[14] == '.' && char.IsAsciiDigit(v[15]) ? v[15] - '0' : 0;
            return new DateTimeOffset(full.AddTicks(tenth * (TimeSpan.TicksPerSecond / 10)), TimeSpan.Zero);
        }

        if (v.Length >= 8 && DateTime.TryParseExact(v[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var day))
        {
            return new DateTimeOffset(day, TimeSpan.Zero);
        }

        return null;
    }

    private static DateTimeOffset Tenths(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % (TimeSpan.TicksPerSecond / 10)));
    }
}
