using static Exporter.Formats.Rdf.Bibframe.BibframeTerms;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>Languages of the Work: 008/35-37 and the MARC codes of 041 $a and $d (several may be run together), as id.loc.gov language IRIs.</summary>
internal static class Languages
{
    public static void Map(BibframeGraphContext c)
    {
        var f008 = c.Fixed008;
        if (f008.Length >= 38) Language(c, f008.Substring(35, 3));                                   // row: 008/35-37 -> bf:language
        foreach (var f in c.Fields("041"))                                                              // row: 041 $a $d -> bf:language
        {
            if (f.Indicator2 is not ' ') continue;
            foreach (var s in f.Subfields)
            {
                if (s.Code is not ('a' or 'd')) continue;
                var codes = s.Value.Replace(" ", "", StringComparison.Ordinal);
                for (var i = 0; i + 3 <= codes.Length; i += 3) Language(c, codes.Substring(i, 3));
            }
        }
    }

    private static void Language(BibframeGraphContext c, string code)
    {
        var lower = code.Trim().ToLowerInvariant();
        if (lower.Length != 3 || lower is "|||" || !lower.All(char.IsAsciiLetter)) return;
        c.Add(c.Work, B("language"), new Iri(BibframeTerms.Languages + lower));
    }
}
