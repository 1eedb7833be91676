using static Exporter.Formats.Rdf.Bibframe.BibframeTerms;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>Summary (520) and table of contents (505) of the Work, and the intended audience of 008/22 for books (ConvSpec-5XX, 006,008).</summary>
internal static class WorkNotes
{
    public static void Map(BibframeGraphContext c)
    {
        foreach (var f in c.Fields("520"))                                                              // row: 520 $a $b -> bf:summary
        {
            var text = SpaceJoiner.Join(f, 'a', 'b');
            if (text.Length > 0) c.Text(c.Node(c.Work, B("summary"), B("Summary")), RdfsLabel, text);
        }

        foreach (var f in c.Fields("505"))                                                              // row: 505 -> bf:tableOfContents
        {
            var joined = new SpaceJoiner();
            foreach (var s in f.Subfields)
            {
                if (s.Code is 'a' or 'g' or 'r' or 't') joined.Add(s.Value);
            }

            var text = joined.ToString();
            if (text.Length > 0) c.Text(c.Node(c.Work, B("tableOfContents"), B("TableOfContents")), RdfsLabel, text);
        }
    }
}
