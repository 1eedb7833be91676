using System.Globalization;
using Exporter.Model;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// The 40 characters of 008 (crosswalks.md 1.3): date entered, type of date (<c>r</c> with original date for
/// reprints, <c>s</c> single date, <c>n</c> unknown), Date 1/2, place from the gazetteer (Tables/places.tsv, else <c>xx </c>), the positions of the material (<see cref="Fixed008Material"/>), language, source
/// <c>d</c>. Reading takes the dates and the language.
/// </summary>
internal static class Fixed008
{
    public static string Build(CatalogRecord r, DateTimeOffset now, char fileType)
    {
        var c = new char[40];
        Array.Fill(c, ' ');
        Put(c, 0, now.ToString("yyMMdd", CultureInfo.InvariantCulture));
        Put(c, 6, DateType008.Of(r));                                       // row: 008/06-14 (DateType008)
        Put(c, 15, r.Place is string place && Tables.PlaceCodes.CodeOf(place, r.Publisher) is string code ? code : "xx ");  // row: Place -> 008/15-17 (Tables/places.tsv)
        var type = ResourceTypeCodes.For(r.ResourceType);
        Put(c, 18, Fixed008Material.Of(r, type.Leader06, type.Leader07, fileType));  // row: 008/18-34 by material (Fixed008Material)

        Put(c, 35, r.Languages.IsDefaultOrEmpty ? "und" : Lang(r.Languages[0]));
        c[39] = 'd';
        return new string(c);
    }

    public static (int? Date1, int? Date2, char Type) Dates(string? f008)
    {
        if (f008 is null || f008.Length < 15) return (null, null, ' ');
        return (Number(f008.AsSpan(7, 4)), f008[6] == 'r' ? Number(f008.AsSpan(11, 4)) : null, f008[6]);
    }

    public static string? Language(string? f008)
    {
        if (f008 is null || f008.Length < 38) return null;
        var l = f008.Substring(35, 3);
        return l is "und" or "|||" or "   " or "zxx" || !l.All(char.IsAsciiLetterLower) ? null : l;
    }

    private static string Lang(string code) => code.Length == 3 && code.All(char.IsAsciiLetterLower) ? code : "und";

    private static string? Year(int? y) => y is >= 0 and <= 9999 ? y.Value.ToString("0000", CultureInfo.InvariantCulture) : null;

    private static int? Number(ReadOnlySpan<char> s) =>
        s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static void Put(char[] c, int at, string s) => s.CopyTo(0, c, at, Math.Min(s.Length, c.Length - at));
}
