using System.Collections.Frozen;

namespace Exporter.Formats.Marc.Crosswalk.Tables;

/// <summary>
/// Place of publication -> MARC country code for 008/15-17 from Tables/places.tsv (the MARC Code List for Countries, then
/// 260/264 $a -> 008/15-17 pairs mined from the corpus; see its header). A place is looked up whole, then by what follows
/// its last comma ("Cambridge, Mass." -> "Mass."; a state the Code List names "X (State)" first: "Seattle, Washington" ->
/// "Washington (State)" -> wau, while "Washington" alone is the city, dcu), then by what precedes its first comma or bracket ("London
/// [England]" -> "London", "[London, etc." -> "London").
/// </summary>
internal static class PlaceCodes
{
    private static readonly Lazy<FrozenDictionary<string, string>> Table = new(() => Load(TsvTable.Rows("places.tsv")));

    /// <summary>The three-character code ("nyu", "fr "), or null when the place is not known.</summary>
    public static string? CodeOf(string place) => CodeOf(Table.Value, place);

    /// <summary>True when the table lists the place as it is (no comma or bracket rule applied).</summary>
    public static bool IsListed(string place) => Table.Value.ContainsKey(TableKey.Of(place));

    internal static string? CodeOf(FrozenDictionary<string, string> table, string place)
    {
        var whole = TableKey.Of(place);
        if (whole.Length == 0) return null;
        if (table.TryGetValue(whole, out var code)) return code;
        var comma = whole.LastIndexOf(',');
        if (comma > 0)
        {
            // after a comma a name is the state, not the city of that name: "Seattle, Washington" is wau, "Washington" alone dcu
            var after = TableKey.Of(whole[(comma + 1)..]);
            if (table.TryGetValue(after + " (State)", out code) || table.TryGetValue(after, out code)) return code;
        }

        var start = place.TrimStart().TrimStart('[').TrimStart();
        var end = start.IndexOfAny([',', '[', '(', ':', ';']);
        if (end > 0 && table.TryGetValue(TableKey.Of(start[..end]), out code)) return code;
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
