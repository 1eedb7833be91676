using System.Text;
using Exporter.Formats.Marc.Model;
using static Exporter.Formats.Rdf.Bibframe.BibframeTerms;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// Provision activities of the Instance (ConvSpec-Process8-ProvAct): one per 260/264, typed by 264's second
/// indicator (0 Production, 1 Publication, 2 Distribution, 3 Manufacture; 260 is Publication), with the transcribed
/// place, agent and date as bflc:simplePlace/simpleAgent/simpleDate and the statement as bf:publicationStatement (productionStatement, ... after the type). The
/// 008 date (EDTF, from 008/06-14) and country (008/15-17) go on the first of them, or on a publication of their own.
/// </summary>
internal static class ProvisionActivities
{
    public static void Map(BibframeGraphContext c)
    {
        BlankNode? first = null;
        foreach (var f in c.Fields("260", "264"))
        {
            var kind = f.Tag == "260" ? "Publication" : f.Indicator2 switch
            {
                '0' => "Production", '1' => "Publication", '2' => "Distribution", '3' => "Manufacture", _ => null,
            };
            if (kind is null) continue;                                                                 // 264 _4 is a copyright date, not an activity
            var node = c.Node(c.Instance, B("provisionActivity"), B("ProvisionActivity"));            // row: 260/264 -> ProvisionActivity
            c.Add(node, RdfType, B(kind));
            foreach (var a in f.Values('a')) c.Text(node, L("simplePlace"), BibframeText.Chop(a));
            foreach (var b in f.Values('b')) c.Text(node, L("simpleAgent"), BibframeText.Chop(b));
            foreach (var d in f.Values('c')) c.Text(node, L("simpleDate"), BibframeText.Chop(d));
            c.Text(c.Instance, B(kind.ToLowerInvariant() + "Statement"), Statement(f));                 // row: 260/264 -> publicationStatement (productionStatement, ...)
            if (c.Alternate(f) is ({ } f880, var language))                                             // row: 880 of 260/264 -> the same, in its script
            {
                foreach (var a in f880.Values('a')) c.Text(node, L("simplePlace"), BibframeText.Chop(a), language);
                foreach (var b in f880.Values('b')) c.Text(node, L("simpleAgent"), BibframeText.Chop(b), language);
                foreach (var d in f880.Values('c')) c.Text(node, L("simpleDate"), BibframeText.Chop(d), language);
            }
            first ??= node;
        }

        var date = Edtf(c.Fixed008);
        var place = Country(c.Fixed008);
        if (date is null && place is null) return;
        if (first is null)
        {
            first = c.Node(c.Instance, B("provisionActivity"), B("ProvisionActivity"));
            c.Add(first, RdfType, B("Publication"));
        }

        c.Typed(first, B("date"), date, EdtfDatatype);                                                         // row: 008/06-14 -> bf:date (EDTF)
        if (place is not null) c.Add(first, B("place"), new Iri(Countries + place));                   // row: 008/15-17 -> bf:place
    }

    /// <summary>"Place : Agent, Date" from $a $b $c, chopped.</summary>
    private static string? Statement(DataField f)
    {
        var sb = new StringBuilder();
        foreach (var s in f.Subfields)
        {
            if (s.Code is not ('a' or 'b' or 'c') || BibframeText.Chop(s.Value) is not { } v) continue;
            if (sb.Length > 0) sb.Append(s.Code == 'b' ? ": " : s.Code == 'c' ? ", " : "; ");
            sb.Append(v);
        }

        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>The 008 dates as EDTF: one year, or a range for types i k m q; unknown digits (u) as X.</summary>
    public static string? Edtf(string f008)
    {
        if (f008.Length < 15) return null;
        var type = f008[6];
        var date1 = Year(f008.Substring(7, 4));
        var date2 = Year(f008.Substring(11, 4));
        if (date1 is null || type is 'n' or '|' or 'b') return null;
        return type is 'i' or 'k' or 'm' or 'q' && date2 is not null && date2 != "9999" ? date1 + "/" + date2 : date1;
    }

    private static string? Year(string raw)
    {
        if (raw.Trim().Length == 0 || raw.Contains('|', StringComparison.Ordinal)) return null;
        var year = raw.Replace('u', 'X');
        return year.All(ch => char.IsAsciiDigit(ch) || ch == 'X') ? year : null;
    }

    private static string? Country(string f008)
    {
        if (f008.Length < 18) return null;
        var code = f008.Substring(15, 3).Trim();
        return code.Length >= 2 && code.All(char.IsAsciiLetterLower) ? code : null;
    }
}
