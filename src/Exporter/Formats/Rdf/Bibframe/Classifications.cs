using static Exporter.Formats.Rdf.Bibframe.BibframeTerms;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>Classification of the Work (ConvSpec-050-088): LCC from 050 (class and item portions, LC as assigner), DDC from 082 (edition, assigner), NLM 060, UDC 080, other schemes 084.</summary>
internal static class Classifications
{
    public static void Map(BibframeGraphContext c)
    {
        foreach (var f in c.Fields("050"))                                                             // row: 050 -> ClassificationLcc
        {
            var first = true;
            foreach (var a in f.Values('a'))
            {
                var node = c.Node(c.Work, B("classification"), B("ClassificationLcc"));
                c.Text(node, B("classificationPortion"), a.Trim());
                if (first && f['b'] is { } item) c.Text(node, B("itemPortion"), item.Trim());
                if (f.Indicator2 == '0') c.Add(node, B("assigner"), new Iri(Organizations + "dlc"));
                first = false;
            }
        }

        foreach (var f in c.Fields("082"))                                                             // row: 082 -> ClassificationDdc
        {
            foreach (var a in f.Values('a'))
            {
                var node = c.Node(c.Work, B("classification"), B("ClassificationDdc"));
                c.Text(node, B("classificationPortion"), a.Trim());
                if (f['b'] is { } item) c.Text(node, B("itemPortion"), item.Trim());
                c.Text(node, B("edition"), f.Indicator1 switch { '0' => "full", '1' => "abridged", _ => null });
                if (f['2'] is { } edition) c.Text(node, B("code"), edition.Trim());
                if (f.Indicator2 == '0') c.Add(node, B("assigner"), new Iri(Organizations + "dlc"));
            }
        }

        Portions(c, "060", "ClassificationNlm");                                                      // row: 060 -> ClassificationNlm
        Portions(c, "080", "ClassificationUdc");                                                      // row: 080 -> ClassificationUdc
        Portions(c, "084", "Classification");                                                         // row: 084 -> Classification (source $2)
    }

    private static void Portions(BibframeGraphContext c, string tag, string cls)
    {
        foreach (var f in c.Fields(tag))
        {
            var first = true;
            foreach (var a in f.Values('a'))
            {
                var node = c.Node(c.Work, B("classification"), B(cls));
                c.Text(node, B("classificationPortion"), a.Trim());
                if (first && f['b'] is { } item) c.Text(node, B("itemPortion"), item.Trim());
                if (tag == "084" && f['2'] is { } source && source.Trim().Length > 0) c.Text(c.Node(node, B("source"), B("Source")), B("code"), source.Trim());
                first = false;
            }
        }
    }
}
