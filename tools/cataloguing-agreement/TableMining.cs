using System.Globalization;
using System.Text;
using Exporter.Formats.Marc.Model;

namespace Exporter.Tools.CataloguingAgreement;

/// <summary>
/// Mines the crosswalk's tables from the mining half of the corpus (<see cref="CorpusSplit"/>) and appends the
/// hand-listed rows kept in tools/cataloguing-agreement/hand/. Output is sorted and stable.
/// </summary>
public static class TableMining
{
    private const string Regenerate = "dotnet run --project tools/cataloguing-agreement -- mine";

    public static IEnumerable<string> Run(string corpus, string hand, string tables)
    {
        var (mining, _, _) = CorpusSplit.Split(CorpusReader.Read(corpus));
        var records = mining.Select(r => r.Record).ToList();
        Directory.CreateDirectory(tables);
        var subdivisions = Path.Combine(tables, "subdivisions.tsv");
        File.WriteAllText(subdivisions, SubdivisionTable(records, File.ReadAllLines(Path.Combine(hand, "subdivisions.tsv"))));
        yield return subdivisions;
        var places = Path.Combine(tables, "places.tsv");
        File.WriteAllText(places, PlaceTable(records, File.ReadAllLines(Path.Combine(hand, "places.tsv"))));
        yield return places;
    }

    /// <summary>term -> code from every $v $x $y $z of 600-655 (not 653) in <paramref name="records"/>, then the hand rows.</summary>
    public static string SubdivisionTable(IEnumerable<MarcRecord> records, IEnumerable<string> handRows)
    {
        var counts = new Dictionary<string, Dictionary<char, int>>(StringComparer.OrdinalIgnoreCase);
        var spelling = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in records.SelectMany(r => r.DataFields("600", "610", "611", "630", "648", "650", "651", "655")))
        {
            foreach (var s in f.Subfields.Where(s => s.Code is 'v' or 'x' or 'y' or 'z'))
            {
                var term = AgreementNormalizer.Value(s.Value);
                if (term.Length == 0) continue;
                spelling.TryAdd(term, term);
                var byCode = counts.TryGetValue(term, out var c) ? c : counts[term] = [];
                byCode[s.Code] = byCode.GetValueOrDefault(s.Code) + 1;
            }
        }

        var sb = Header(
            "Subdivision terms of subject headings -> MARC subfield code (v form, x general, y chronological, z geographic).",
            "First the hand-listed rows of tools/cataloguing-agreement/hand/subdivisions.tsv, each naming its source; then",
            "rows mined from every coded 6XX $v $x $y $z of the mining half of tests/data/corpus/marc (split and",
            "deduplication: tools/cataloguing-agreement/README.md), kept when seen twice or with one code only (count = times",
            "seen with that code, others = times seen with other codes). The first row of a term wins. 'pattern' rows are",
            ".NET regular expressions matched against the whole term, tried when no term matches.",
            "match\tvalue\tcode\tcount\tothers\tsource");
        AppendHand(sb, handRows);
        foreach (var (term, byCode) in counts.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            var total = byCode.Values.Sum();
            var best = byCode.OrderByDescending(x => x.Value).ThenBy(x => x.Key).First();
            if (total < 2 && byCode.Count > 1) continue;
            var others = string.Join(",", byCode.Where(x => x.Key != best.Key).OrderBy(x => x.Key).Select(x => x.Key + ":" + x.Value.ToString(CultureInfo.InvariantCulture)));
            if (total >= 2 && best.Value * 2 <= total) continue; // no majority: left to the hand rows and the default
            sb.Append("term\t").Append(spelling[term]).Append('\t').Append(best.Key).Append('\t').Append(best.Value.ToString(CultureInfo.InvariantCulture))
              .Append('\t').Append(others).Append("\tcorpus mining half\n");
        }

        return sb.ToString();
    }

    /// <summary>place (260/264 $a, first) -> 008/15-17 from <paramref name="records"/>, whole and its part before a comma, then the hand rows.</summary>
    public static string PlaceTable(IEnumerable<MarcRecord> records, IEnumerable<string> handRows)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.OrdinalIgnoreCase);
        var qualified = new Dictionary<string, Dictionary<string, int>>(StringComparer.OrdinalIgnoreCase);
        var spelling = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        void Count(string key, string code) => CountIn(counts, key, code);
        void CountIn(Dictionary<string, Dictionary<string, int>> counts, string key, string code)
        {
            if (key.Length == 0) return;
            spelling.TryAdd(key, key);
            var byCode = counts.TryGetValue(key, out var c) ? c : counts[key] = [];
            byCode[code] = byCode.GetValueOrDefault(code) + 1;
        }

        foreach (var r in records)
        {
            var f008 = r.ControlValue("008");
            if (f008 is null || f008.Length < 18) continue;
            var code = f008.Substring(15, 3);
            if (!IsCountryCode(code)) continue;
            var field = r.DataFields("264").FirstOrDefault(x => x.Indicator2 == '1') ?? r.DataFields("260").FirstOrDefault();
            if (field?['a'] is not string a) continue;
            var place = PlaceKey(a);
            if (place.Length == 0 || place.StartsWith("S.l", StringComparison.OrdinalIgnoreCase)) continue;
            Count(place, code.TrimEnd());
            var comma = place.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0) CountIn(qualified, place[..comma].Trim(), code.TrimEnd());
        }

        // A city written bare is the one a reader takes it for (AACR2 1.4C3 adds the state or country only when needed to
        // identify the place): "Cambridge" alone is coded from records that write it alone; "Cambridge, Mass." counts
        // for "Cambridge" only when no record of the half writes it bare.
        foreach (var (key, byCode) in qualified)
            if (!counts.ContainsKey(key)) counts[key] = byCode;

        var sb = Header(
            "Places of publication -> MARC country code (008/15-17, MARC Code List for Countries).",
            "First the hand-listed rows of tools/cataloguing-agreement/hand/places.tsv, each naming its source; then rows",
            "'corpus mining half' pairing the first 264 _1 (else 260) $a of each record of the mining half of",
            "tests/data/corpus/marc with its 008/15-17 (split and deduplication: tools/cataloguing-agreement/README.md):",
            "the place without brackets and trailing punctuation, and its part before the first comma (only for a place no",
            "record writes without a comma); kept when one code",
            "has more than half of the pairs. The first row of a place wins.",
            "place\tcode\tcount\tothers\tsource");
        AppendHand(sb, handRows);
        foreach (var (place, byCode) in counts.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            var total = byCode.Values.Sum();
            var best = byCode.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).First();
            if (best.Value * 2 <= total) continue;
            var others = string.Join(",", byCode.Where(x => x.Key != best.Key).OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => x.Key + ":" + x.Value.ToString(CultureInfo.InvariantCulture)));
            sb.Append(spelling[place]).Append('\t').Append(best.Key).Append('\t').Append(best.Value.ToString(CultureInfo.InvariantCulture))
              .Append('\t').Append(others).Append("\tcorpus mining half\n");
        }

        return sb.ToString();
    }

    /// <summary>A place as a table key: brackets and question marks removed, trailing ISBD punctuation removed.</summary>
    public static string PlaceKey(string s) =>
        AgreementNormalizer.Value(s.Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Replace("?", "", StringComparison.Ordinal));

    /// <summary>Two or three lower-case letters, blank-padded; "xx " (unknown) and "vp " (various) are not places.</summary>
    public static bool IsCountryCode(string code) =>
        code.Length == 3 && char.IsAsciiLetterLower(code[0]) && char.IsAsciiLetterLower(code[1]) && (char.IsAsciiLetterLower(code[2]) || code[2] == ' ')
        && code is not "xx " and not "vp " and not "zz ";

    private static StringBuilder Header(params string[] lines)
    {
        var sb = new StringBuilder();
        sb.Append("# Generated by `").Append(Regenerate).Append("`; do not edit: edit tools/cataloguing-agreement/hand/ or the miner.\n");
        foreach (var line in lines[..^1]) sb.Append("# ").Append(line).Append('\n');
        sb.Append(lines[^1]).Append('\n');
        return sb;
    }

    private static void AppendHand(StringBuilder sb, IEnumerable<string> handRows)
    {
        foreach (var line in handRows)
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("match\t", StringComparison.Ordinal) || line.StartsWith("place\t", StringComparison.Ordinal)) continue;
            sb.Append(line.TrimEnd('\r')).Append('\n');
        }
    }
}
