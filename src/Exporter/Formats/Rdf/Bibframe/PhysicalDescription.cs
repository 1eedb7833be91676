using static Exporter.Formats.Rdf.Bibframe.BibframeTerms;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// Edition (250), extent and dimensions (300), media and carrier types (337, 338), series statement (490) and notes
/// (500, 504) of the Instance (ConvSpec-250-270, 3XX, 490, 5XX).
/// </summary>
internal static class PhysicalDescription
{
    public static void Map(BibframeGraphContext c)
    {
        foreach (var f in c.Fields("250"))                                                             // row: 250 $a $b -> editionStatement
        {
            c.Text(c.Instance, B("editionStatement"), BibframeText.Chop(SpaceJoiner.Join(f, 'a', 'b')));
            if (c.Alternate(f) is ({ } f880, var language))
                c.Text(c.Instance, B("editionStatement"), BibframeText.Chop(SpaceJoiner.Join(f880, 'a', 'b')), language);
        }
        foreach (var f in c.Fields("300"))
        {
            var joined = new SpaceJoiner();
            foreach (var s in f.Subfields)
            {
                if (s.Code is 'a' or 'f' or 'g') joined.Add(s.Value);
            }

            var extent = BibframeText.Chop(joined.ToString());
            if (extent is not null)                                                                     // row: 300 $a $f $g -> Extent
            {
                var node = c.Node(c.Instance, B("extent"), B("Extent"));
                c.Text(node, RdfsLabel, extent);
                if (BibframeText.Chop(f['b']) is { } other) c.Text(c.Node(node, B("note"), B("Note")), RdfsLabel, other); // row: 300 $b -> Extent note
            }

            foreach (var d in f.Values('c')) c.Text(c.Instance, B("dimensions"), BibframeText.Chop(d)); // row: 300 $c -> dimensions
        }

        Types(c, "337", "media", "Media", MediaTypes);                                                 // row: 337 -> bf:media
        Types(c, "338", "carrier", "Carrier", Carriers);                                               // row: 338 -> bf:carrier
        foreach (var f in c.Fields("490"))                                                             // row: 490 $a $v -> seriesStatement, seriesEnumeration
        {
            foreach (var a in f.Values('a')) c.Text(c.Instance, B("seriesStatement"), BibframeText.Chop(a));
            foreach (var v in f.Values('v')) c.Text(c.Instance, B("seriesEnumeration"), BibframeText.Chop(v));
        }

        foreach (var f in c.Fields("500", "504"))                                                      // row: 500, 504 -> bf:note
        {
            var joined = new SpaceJoiner();
            foreach (var s in f.Subfields)
            {
                if (s.Code == 'a') joined.Add(s.Value);
            }

            var text = joined.ToString();
            if (text.Length == 0) continue;
            var note = c.Node(c.Instance, B("note"), B("Note"));
            if (f.Tag == "504") c.Add(note, RdfType, new Iri("http://id.loc.gov/vocabulary/mnotetype/biblio"));
            c.Text(note, RdfsLabel, text);
        }
    }

    private static void Types(BibframeGraphContext c, string tag, string property, string cls, string vocabulary)
    {
        foreach (var f in c.Fields(tag))
        {
            var codes = f.Values('b').ToList();
            var labels = f.Values('a').ToList();
            for (var i = 0; i < Math.Max(codes.Count, labels.Count); i++)
            {
                var label = i < labels.Count ? BibframeText.Chop(labels[i]) : null;
                if (i < codes.Count && codes[i].Trim().Length > 0) c.Term(c.Instance, B(property), vocabulary + RecordIdentity.Segment(codes[i].Trim()), B(cls), label);
                else if (label is not null) c.Text(c.Node(c.Instance, B(property), B(cls)), RdfsLabel, label);
            }
        }
    }
}
