using System.Text;
using Exporter.Formats.Marc.Model;

namespace Exporter.Tests.Formats.Marc;

/// <summary>Records shared by the MARC codec tests.</summary>
internal static class MarcSamples
{
    /// <summary>The minimal sample record of crosswalks.md §0 (001, 003, 005, 008, 100, 245, 264, 300).</summary>
    public static MarcRecord Minimal() => new MarcRecordBuilder { Leader = new Leader("00000nam a22000003c 4500") }
        .AddControl("001", "CX7118")
        .AddControl("003", "XXX")
        .AddControl("005", "20250101120000.0")
        .AddControl("008", "250101r19731937xx            000 0 eng d")
        .AddData("100", '1', ' ', new('a', "Serge, Victor"), new('e', "author"), new('4', "aut"))
        .AddData("245", '1', '0', new Subfield('a', "From Lenin to Stalin"))
        .AddData("264", ' ', '1', new('a', "[Place of publication not identified]"), new('b', "Monad Press"), new('c', "1973"))
        .AddData("300", ' ', ' ', new Subfield('a', "160 pages"))
        .Build();

    /// <summary>Random records (seeded, so reproducible) with text from many scripts, for round-trip properties.</summary>
    public static IEnumerable<MarcRecord> Random(int seed, int count)
    {
        var rng = new Random(seed);
        string[] pieces = ["a", "Z", " ", "9", "$", "{", "}", "\\", "&", "<", ">", "\"", "'", "é", "e\u0301", "ß", "Ж", "א", "ع", "中", "文", "ไทย", "😀", "\u00A0", "{dollar}", "=LDR", "\t", "|", "#", "\u200D"];
        for (var r = 0; r < count; r++)
        {
            var b = new MarcRecordBuilder { Leader = new Leader("00000" + "ncdp"[rng.Next(4)] + "am a2200000 i 4500") };
            b.AddControl("001", "id" + r);
            b.AddControl("008", Text(rng, pieces, 3));
            var fields = rng.Next(0, 12);
            for (var f = 0; f < fields; f++)
            {
                var tag = (10 + rng.Next(989)).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
                var subs = Enumerable.Range(0, rng.Next(1, 5))
                    .Select(_ => new Subfield("abcdefxyz0123456789"[rng.Next(19)], Text(rng, pieces, rng.Next(0, 8))))
                    .ToArray();
                b.AddData(tag, " 0123a"[rng.Next(6)], " 0123b"[rng.Next(6)], subs);
            }

            yield return b.Build();
        }
    }

    private static string Text(Random rng, string[] pieces, int n)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < n; i++) sb.Append(pieces[rng.Next(pieces.Length)]);
        return sb.ToString();
    }
}
