using Exporter.Formats.Rdf.Bibframe.Tables;
using static Exporter.Formats.Rdf.Bibframe.BibframeTerms;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// Genre/form of the Work: 655 headings (ConvSpec-600-662) and, for books, the coded 008 (ConvSpec-006,008): nature
/// of contents 24-27 (bibliographies, indexes, ... as supplementary content), conference 29, festschrift 30, literary
/// form 33, biography 34, each unless a 655 already gives the same term.
/// </summary>
internal static class GenreForms
{
    public static void Map(BibframeGraphContext c)
    {
        var headings = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in c.Fields("655"))                                                            // row: 655 -> bf:genreForm
        {
            var parts = f.Subfields.Where(s => s.Code is 'a' or 'b' or 'v' or 'x' or 'y' or 'z').Select(s => BibframeText.Chop(s.Value)).OfType<string>().ToList();
            if (parts.Count == 0) continue;
            var label = string.Join("--", parts);
            headings.Add(parts[0]);
            var node = c.FieldNode("GenreForm", f);
            c.Add(c.Work, B("genreForm"), node);
            c.Add(node, RdfType, B("GenreForm"));
            c.Add(node, RdfType, M(parts.Count > 1 ? "ComplexSubject" : "GenreForm"));
            c.Text(node, RdfsLabel, label);
            c.Text(node, M("authoritativeLabel"), label);
            if (f.Indicator2 == '0') c.Add(node, B("source"), new Iri("http://id.loc.gov/authorities/genreForms"));
            else if (f['2'] is { } scheme && scheme.Trim().Length > 0) c.Add(node, B("source"), new Iri("http://id.loc.gov/vocabulary/genreFormSchemes/" + RecordIdentity.Segment(scheme.Trim().TrimEnd('.'))));
        }

        var leader = c.Record.Leader;
        var f008 = c.Fixed008;
        if (f008.Length < 35 || leader.TypeOfRecord is not ('a' or 't') || leader.BibliographicLevel is not ('a' or 'c' or 'd' or 'm')) return;
        for (var i = 24; i <= 27; i++)                                                                 // row: 008/24-27 nature of contents
        {
            if (BibframeCodes.Find("marcgt", f008[i].ToString()) is not { } row) continue;
            if (f008[i] is 'b' or 'k' or 'q') c.Term(c.Work, B("supplementaryContent"), row.Iri, B("SupplementaryContent"), row.Label);
            else Coded(c, headings, row.Iri, row.Label);
        }

        if (f008[29] == '1') Coded(c, headings, "http://id.loc.gov/authorities/genreForms/gf2014026068", "Conference papers and proceedings"); // row: 008/29
        if (f008[30] == '1') Coded(c, headings, "http://id.loc.gov/authorities/genreForms/gf2016026082", "Festschriften");                    // row: 008/30
        if (BibframeCodes.Find("litform", f008[33].ToString()) is { } lit) Coded(c, headings, lit.Iri, lit.Label);                          // row: 008/33
        if (BibframeCodes.Find("bioform", f008[34].ToString()) is { } bio) Coded(c, headings, bio.Iri, bio.Label);                          // row: 008/34
    }

    private static void Coded(BibframeGraphContext c, HashSet<string> headings, string iri, string label)
    {
        if (!headings.Contains(label)) c.Term(c.Work, B("genreForm"), iri, B("GenreForm"), label);
    }
}
