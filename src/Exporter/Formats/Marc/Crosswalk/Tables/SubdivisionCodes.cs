using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Exporter.Formats.Marc.Crosswalk.Tables;

/// <summary>
/// Subdivision term -> subfield code ('v' form, 'x' general, 'y' chronological, 'z' geographic) from
/// Tables/subdivisions.tsv (hand-listed LCSH rows, then rows mined from the corpus; see its header). Terms are looked up
/// by <see cref="TableKey"/>; 'pattern' rows are tried when no term matches.
/// </summary>
internal static class SubdivisionCodes
{
    private static readonly Lazy<(FrozenDictionary<string, char> Terms, Regex[] Patterns)> Table = new(() => Load(TsvTable.Rows("subdivisions.tsv")));

    /// <summary>The code of a known term or pattern, or null.</summary>
    public static char? CodeOf(string term) => CodeOf(Table.Value, term);

    internal static char? CodeOf((FrozenDictionary<string, char> Terms, Regex[] Patterns) table, string term)
    {
        var key = TableKey.Of(term);
        if (table.Terms.TryGetValue(key, out var code)) return code;
        return Array.Exists(table.Patterns, p => p.IsMatch(key)) ? 'y' : null;
    }

    /// <summary>Builds the lookup from table rows: the first row of a term wins (hand-listed rows come first).</summary>
    internal static (FrozenDictionary<string, char> Terms, Regex[] Patterns) Load(IEnumerable<string[]> rows)
    {
        var terms = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase);
        var patterns = new List<Regex>();
        foreach (var row in rows)
        {
            if (row.Length < 3 || row[2].Length != 1 || row[2][0] is not ('v' or 'x' or 'y' or 'z')) throw new InvalidDataException("subdivisions.tsv: bad row: " + string.Join("\t", row));
            if (row[0] == "pattern")
            {
                if (row[2] != "y") throw new InvalidDataException("subdivisions.tsv: patterns are for $y only: " + row[1]);
                patterns.Add(new Regex(row[1], RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
            }
            else terms.TryAdd(TableKey.Of(row[1]), row[2][0]);
        }

        return (terms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), [.. patterns]);
    }
}
