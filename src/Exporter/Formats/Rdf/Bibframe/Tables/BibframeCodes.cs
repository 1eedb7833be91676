using System.Collections.Frozen;
using System.Text;
using Exporter.Formats.Marc.Crosswalk.Tables;

namespace Exporter.Formats.Rdf.Bibframe.Tables;

/// <summary>
/// The code maps of Tables/codes.tsv (rows copied from marc2bibframe2's conf/codeMaps.xml): map name and MARC code
/// to the BIBFRAME class, IRI and label, e.g. <c>contentTypes a</c> -> <c>Text</c>, <c>.../contentTypes/txt</c>, "text".
/// </summary>
internal static class BibframeCodes
{
    private static readonly FrozenDictionary<string, BibframeCode[]> Rows = Load();

    /// <summary>Every row of <paramref name="map"/> for <paramref name="code"/> (some codes have two: <c>t</c> is Text and Manuscript).</summary>
    public static IReadOnlyList<BibframeCode> All(string map, string code) => Rows.GetValueOrDefault(map + "\t" + code) ?? [];

    /// <summary>The first row of <paramref name="map"/> for <paramref name="code"/> with an IRI, or null.</summary>
    public static BibframeCode? Find(string map, string code)
    {
        foreach (var row in All(map, code))
        {
            if (row.Iri.Length > 0) return row;
        }

        return null;
    }

    private static FrozenDictionary<string, BibframeCode[]> Load()
    {
        const string name = "Exporter.Formats.Rdf.Bibframe.Tables.codes.tsv";
        using var stream = typeof(BibframeCodes).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException("embedded table missing: " + name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new Dictionary<string, List<BibframeCode>>(StringComparer.Ordinal);
        foreach (var cells in TsvTable.Parse("map\n" + reader.ReadToEnd()))
        {
            if (cells.Length < 5) continue;
            var key = cells[0] + "\t" + cells[1];
            if (!rows.TryGetValue(key, out var list)) rows.Add(key, list = []);
            list.Add(new BibframeCode(cells[2], cells[3], cells[4]));
        }

        return rows.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
