using System.Globalization;
using System.Text;

namespace Exporter.Interop.Tests.DublinCore;

/// <summary>
/// Per element: how many of the facts LoC's MARC21slim2OAIDC.xsl writes our oai_dc carries too (docs/mappings/dublin-core.md,
/// "Measured against LoC's stylesheet"). A LoC fact is one distinct non-empty value of one element of one record, compared
/// modulo case, punctuation and spacing (<see cref="LocDcDifference.Norm"/>); names compare as one group (<c>agent</c>:
/// LoC writes every name as creator). We carry it when one of our values of that element holds it or is held by it
/// (LoC's "London : Penguin" holds our "Penguin"; our "Contents: A -- B" holds LoC's 505 "A -- B"); a value held must
/// be at least 4 letters or digits long unless it starts the other (LoC's subject "Art" starts our "Art--History"),
/// so that a stray "1" matches nothing. Local and staff notes (59X, 541, 561, 583)
/// are not counted, nor LoC's "URN:ISBN:" for a 020 without $a (it names no ISBN).
/// </summary>
internal sealed class LocDcFactCount
{
    private readonly SortedDictionary<string, (int Loc, int Carried)> _elements = new(StringComparer.Ordinal);

    /// <summary>Facts LoC writes that we miss, "element: value", for the test output.</summary>
    public List<string> Missed { get; } = [];

    public int Loc => _elements.Values.Sum(v => v.Loc);

    public int Carried => _elements.Values.Sum(v => v.Carried);

    public IReadOnlyDictionary<string, (int Loc, int Carried)> Elements => _elements;

    public static string Group(string element) => element is "creator" or "contributor" ? "agent" : element;

    /// <summary>Counts one record: LoC's and our (element, value) pairs; <paramref name="localNotes"/> are values of local/staff notes.</summary>
    public void Add(string where, IEnumerable<(string Element, string Value)> loc, IReadOnlyList<(string Element, string Value)> ours, ISet<string> localNotes)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var (element, value) in loc)
        {
            var group = Group(element);
            var n = LocDcDifference.Norm(value);
            if (n.Length == 0 || (group == "identifier" && n == "urnisbn") || !seen.Add((group, n))) continue; // "URN:ISBN:" of a 020 without $a holds nothing
            if (group == "description" && localNotes.Contains(n)) continue;
            var carried = ours.Any(o => Group(o.Element) == group && Holds(LocDcDifference.Norm(o.Value), n));
            var (l, c) = _elements.GetValueOrDefault(group);
            _elements[group] = (l + 1, c + (carried ? 1 : 0));
            if (!carried) Missed.Add($"{where} {group}: {value.Trim()}");
        }
    }

    private static bool Holds(string ours, string loc) =>
        ours == loc || ours.StartsWith(loc, StringComparison.Ordinal)
        || (ours.Length >= 4 && loc.Contains(ours, StringComparison.Ordinal)) || (loc.Length >= 4 && ours.Contains(loc, StringComparison.Ordinal));

    public static string Percent(int carried, int loc) => loc == 0 ? "-" : (100.0 * carried / loc).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>The per-element table in Markdown.</summary>
    public string Table()
    {
        var sb = new StringBuilder("| element | LoC's facts | ours | ours / LoC's |\n|---|---|---|---|\n");
        foreach (var (e, (l, c)) in _elements) sb.Append(CultureInfo.InvariantCulture, $"| {e} | {l} | {c} | {Percent(c, l)} |\n");
        sb.Append(CultureInfo.InvariantCulture, $"| **all** | {Loc} | {Carried} | {Percent(Carried, Loc)} |\n");
        return sb.ToString();
    }
}
