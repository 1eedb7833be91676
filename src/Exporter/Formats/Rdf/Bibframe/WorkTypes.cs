using Exporter.Formats.Rdf.Bibframe.Tables;
using static Exporter.Formats.Rdf.Bibframe.BibframeTerms;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>Work classes and content type from the leader and 336 (marc2bibframe2 ConvSpec-LDR, ConvSpec-3XX).</summary>
internal static class WorkTypes
{
    public static void Map(BibframeGraphContext c)
    {
        var leader = c.Record.Leader;
        c.Add(c.Work, RdfType, B("Work"));
        foreach (var row in BibframeCodes.All("contentTypes", leader.TypeOfRecord.ToString()))
        {
            if (row.Class.Length > 0) c.Add(c.Work, RdfType, B(row.Class));                      // row: LDR/06 -> Work class
        }

        if (Level(leader.BibliographicLevel) is { } level) c.Add(c.Work, RdfType, B(level));      // row: LDR/07 -> Monograph, Serial, ...
        var has336 = false;
        foreach (var f in c.Fields("336"))                                                      // row: 336 $b/$a -> bf:content
        {
            has336 = true;
            var codes = f.Values('b').ToList();
            var labels = f.Values('a').ToList();
            for (var i = 0; i < Math.Max(codes.Count, labels.Count); i++)
            {
                var label = i < labels.Count ? BibframeText.Chop(labels[i]) : null;
                if (i < codes.Count && codes[i].Trim().Length > 0) c.Term(c.Work, B("content"), ContentTypes + RecordIdentity.Segment(codes[i].Trim()), B("Content"), label);
                else if (label is not null) c.Text(c.Node(c.Work, B("content"), B("Content")), RdfsLabel, label);
            }
        }

        if (!has336 && BibframeCodes.Find("contentTypes", leader.TypeOfRecord.ToString()) is { } content)
            c.Term(c.Work, B("content"), content.Iri, B("Content"), content.Label);           // row: LDR/06 -> bf:content without 336
    }

    private static string? Level(char code) => code switch
    {
        'a' or 'm' => "Monograph",
        'b' or 's' => "Serial",
        'c' or 'd' => "Collection",
        'i' => "Integrating",
        _ => null,
    };
}
