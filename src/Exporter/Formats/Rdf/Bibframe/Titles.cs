using System.Globalization;
using Exporter.Formats.Marc.Model;
using static Exporter.Formats.Rdf.Bibframe.BibframeTerms;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>Titles of the Work (245, preferred title 130/240) and the Instance (245, 246, responsibility), after ConvSpec-200-247 and 240andX30.</summary>
internal static class Titles
{
    public static void MapWork(BibframeGraphContext c)
    {
        foreach (var f in c.Fields("130", "240")) _ = Title(c, c.Work, f, subtitle: false, nonFilingIndicator: f.Tag == "130" ? f.Indicator1 : f.Indicator2); // row: 130/240 -> Work preferred title
        if (c.Record.DataFields("245").FirstOrDefault() is { } title) _ = Title(c, c.Work, title, subtitle: false, nonFilingIndicator: title.Indicator2); // row: 245 $a $n $p -> Work title
    }

    public static void MapInstance(BibframeGraphContext c)
    {
        if (c.Record.DataFields("245").FirstOrDefault() is not { } f) return;
        var title = Title(c, c.Instance, f, subtitle: true, nonFilingIndicator: f.Indicator2);        // row: 245 $a $b $n $p -> Instance title
        c.Text(c.Instance, B("responsibilityStatement"), BibframeText.Chop(f['c']));                 // row: 245 $c -> responsibilityStatement
        if (c.Alternate(f) is ({ } f880, var language) && title is not null)                          // row: 880 of 245 -> the same, in its script
        {
            c.Text(title, B("mainTitle"), BibframeText.Chop(f880['a']), language);
            c.Text(title, B("subtitle"), BibframeText.Chop(f880['b']), language);
            c.Text(c.Instance, B("responsibilityStatement"), BibframeText.Chop(f880['c']), language);
        }
        foreach (var v in c.Fields("246"))                                                              // row: 246 -> VariantTitle
        {
            var node = c.Node(c.Instance, B("title"), B("VariantTitle"));
            c.Text(node, B("mainTitle"), BibframeText.Chop(v['a']));
            c.Text(node, B("subtitle"), BibframeText.Chop(v['b']));
        }
    }

    private static BlankNode? Title(BibframeGraphContext c, Iri owner, DataField f, bool subtitle, char nonFilingIndicator)
    {
        var main = BibframeText.Chop(f['a']);
        if (main is null) return null;
        var node = c.Node(owner, B("title"), B("Title"));
        if (nonFilingIndicator is >= '1' and <= '9') c.Text(node, L("nonSortNum"), nonFilingIndicator.ToString(CultureInfo.InvariantCulture));
        c.Text(node, B("mainTitle"), main);
        if (subtitle) c.Text(node, B("subtitle"), BibframeText.Chop(f['b']));
        foreach (var n in f.Values('n')) c.Text(node, B("partNumber"), BibframeText.Chop(n));
        foreach (var p in f.Values('p')) c.Text(node, B("partName"), BibframeText.Chop(p));
        return node;
    }
}
