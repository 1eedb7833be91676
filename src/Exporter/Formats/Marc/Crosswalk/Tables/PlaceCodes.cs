using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Exporter.Formats.Common.Text;

namespace Exporter.Formats.Marc.Crosswalk.Tables;

/// <summary>
/// Place of publication -> MARC country code for 008/15-17 from Tables/places.tsv (the MARC Code List for Countries, then
/// 260/264 $a -> 008/15-17 pairs mined from the corpus; see its header). A place is looked up whole, then by what follows
/// its last comma ("Cambridge, Mass." -> "Mass."; a state the Code List names "X (State)" first: "Seattle, Washington" ->
/// "Washington (State)" -> wau, while "Washington" alone is the city, dcu; a cataloguer's "?" separates as a comma does:
/// "[Cambridge? Mass." -> "Mass."), then by a qualifier in brackets ("Beverly Hills [Calif.]" -> "Calif."), then by what precedes its first comma or bracket ("London [England]" -> "London",
/// "[London, etc." -> "London"), then without a leading preposition transcribed with the place (ISBD 4.1.3, AACR2 1.4C1:
/// "A Paris" -> "Paris"). A place still unknown is looked up again without the marks of romanization (ALA-LC Romanization
/// Tables: macrons, dots, acute and other diacritics, and the modifier letters for ayn, alif and soft sign), against the
/// table's names without them: "Vārāṇasī" is "Varanasi" (ii), "al-Rabāṭ" is "Rabat" (mr); a folded name shared by places of different codes is left
/// out. With the publisher, a bare city gives way to the state or country a university press is
/// named for (<see cref="UniversityPressSeat"/>).
/// </summary>
internal static class PlaceCodes
{
    private static readonly Lazy<FrozenDictionary<string, string>> Table = new(() => Load(TsvTable.Rows("places.tsv")));

    /// <summary>The three-character code ("nyu", "fr "), or null when the place is not known.</summary>
    public static string? CodeOf(string place) => CodeOf(Table.Value, place) ?? CodeOf(Folded.Value, Fold(place));

    private static readonly Lazy<FrozenDictionary<string, string>> Folded = new(() => FoldKeys(Table.Value));

    /// <summary>
    /// The code for a place published by <paramref name="publisher"/>: a place that names no state or country (no comma,
    /// bracket or parenthesis) and a university press named for a state or country of the Code List ("Columbia :
    /// University of Missouri Press") give that state's code; else <see cref="CodeOf(string)"/>.
    /// </summary>
    public static string? CodeOf(string place, string? publisher)
    {
        if (publisher is not null && place.IndexOfAny([',', '[', ']', '(', '?']) < 0
            && UniversityPressSeat.Of(publisher) is string seat && CodeListNames.Value.TryGetValue(TableKey.Of(seat), out var code))
            return code;
        return CodeOf(place);
    }

    private static readonly Lazy<FrozenDictionary<string, string>> CodeListNames = new(() => Load(TsvTable.Rows("places.tsv").Where(r => r.Length > 4 && r[4] == CodeListSource)));

    private const string CodeListSource = "MARC Code List for Countries";

    private static readonly string[] LeadingPrepositions = ["a ", "à ", "au ", "in ", "i ", "en ", "zu ", "im "];

    /// <summary>True when the table lists the place as it is (no comma or bracket rule applied).</summary>
    public static bool IsListed(string place) => Table.Value.ContainsKey(TableKey.Of(place));

    internal static string? CodeOf(FrozenDictionary<string, string> table, string place)
    {
        var whole = TableKey.Of(place);
        if (whole.Length == 0) return null;
        if (table.TryGetValue(whole, out var code)) return code;
        var trimmed = place.TrimEnd(' ', '?', ']', '.', ',', ':', ';');
        var comma = trimmed.LastIndexOfAny([',', '?']);
        if (comma > 0)
        {
            // after a comma a name is the state, not the city of that name: "Seattle, Washington" is wau, "Washington" alone dcu
            var after = TableKey.Of(trimmed[(comma + 1)..]);
            if (table.TryGetValue(after + " (State)", out code) || table.TryGetValue(after, out code)) return code;
        }

        var open = place.IndexOf('[', 1);
        if (open > 0 && place.IndexOf(']', open) is var close && close > open + 1)
        {
            // a qualifier the cataloguer supplied in brackets names the state as a comma does: "Beverly Hills [Calif.]"
            var state = TableKey.Of(place[(open + 1)..close]);
            if (table.TryGetValue(state + " (State)", out code) || table.TryGetValue(state, out code)) return code;
        }

        var start = place.TrimStart().TrimStart('[').TrimStart();
        var end = start.IndexOfAny([',', '[', '(', ':', ';']);
        if (end > 0 && table.TryGetValue(TableKey.Of(start[..end]), out code)) return code;
        foreach (var preposition in LeadingPrepositions)
        {
            if (start.Length > preposition.Length && start.StartsWith(preposition, StringComparison.OrdinalIgnoreCase) && char.IsUpper(start[preposition.Length]))
                return CodeOf(table, start[preposition.Length..]);
        }

        return null;
    }

    /// <summary>
    /// The table keyed by <see cref="Fold"/>ed names; a folded name that two names of different codes share is left out
    /// (no guess between them).
    /// </summary>
    internal static FrozenDictionary<string, string> FoldKeys(FrozenDictionary<string, string> table)
    {
        var folded = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, code) in table.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var key = Fold(name);
            if (!folded.TryAdd(key, code) && folded[key] != code) folded[key] = null;
        }

        return folded.Where(p => p.Value is not null).ToFrozenDictionary(p => p.Key, p => p.Value!, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// <paramref name="place"/> without combining marks (after canonical decomposition), without the modifier letters
    /// U+02B9-U+02BF (ʹ ʺ ʻ ʼ ʽ ʾ ʿ) that ALA-LC romanization uses for soft sign, ayn and alif, and without the Arabic
    /// article that ALA-LC romanization joins to a name with a hyphen ("al-Rabāṭ" is "Rabat").
    /// </summary>
    internal static string Fold(string place)
    {
        var sb = new StringBuilder(place.Length);
        var start = place.TrimStart('[', ' ');
        if (start.StartsWith("al-", StringComparison.OrdinalIgnoreCase) && start.Length > 3 && char.IsLetter(start[3])) place = start[3..];
        foreach (var ch in UnicodeNormalizer.ToNfd(place))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark || ch is >= '\u02B9' and <= '\u02BF') continue;
            sb.Append(ch);
        }

        return UnicodeNormalizer.ToNfc(sb.ToString());
    }

    /// <summary>Builds the lookup from table rows: the first row of a place wins (hand-listed rows come first).</summary>
    internal static FrozenDictionary<string, string> Load(IEnumerable<string[]> rows)
    {
        var places = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (row.Length < 2 || row[1].Length is < 2 or > 3 || !row[1].All(char.IsAsciiLetterLower)) throw new InvalidDataException("places.tsv: bad row: " + string.Join("\t", row));
            places.TryAdd(TableKey.Of(row[0]), row[1].PadRight(3));
        }

        return places.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
