using System.Collections.Frozen;

namespace Exporter.Formats.Marc.Crosswalk.Tables;

/// <summary>
/// Place of publication -> MARC country code for 008/15-17 from Tables/places.tsv (the MARC Code List for Countries, then
/// 260/264 $a -> 008/15-17 pairs mined from the corpus; see its header). A place is looked up whole, then by what follows
/// its last comma ("Cambridge, Mass." -> "Mass."; a state the Code List names "X (State)" first: "Seattle, Washington" ->
/// "Washington (State)" -> wau, while "Washington" alone is the city, dcu; a cataloguer's "?" separates as a comma does:
/// "[Cambridge? Mass." -> "Mass."), then by a qualifier in brackets ("Beverly Hills [Calif.]" -> "Calif."), then by what precedes its first comma or bracket ("London [England]" -> "London",
/// "[London, etc." -> "London"), then without a leading preposition transcribed with the place (ISBD 4.1.3, AACR2 1.4C1:
/// "A Paris" -> "Paris"). With the publisher, a bare city gives way to the state or country a university press is
/// named for (<see cref="UniversityPressSeat"/>).
/// </summary>
internal static class PlaceCodes
{
    private static readonly Lazy<FrozenDictionary<string, string>> Table = new(() => Load(TsvTable.Rows("places.tsv")));

    /// <summary>The three-character code ("nyu", "fr "), or null when the place is not known.</summary>
    public static string? CodeOf(string place) => CodeOf(Table.Value, place);

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
