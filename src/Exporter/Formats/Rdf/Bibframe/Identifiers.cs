using Exporter.Formats.Marc.Model;
using static Exporter.Formats.Rdf.Bibframe.BibframeTerms;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// Identifiers of the Instance (ConvSpec-010-048): Lccn (010), Isbn (020, qualifier from $q or parentheses), Issn
/// (022), 024 by its first indicator, OclcNumber and other system numbers (035), and the 001 as bf:Local with its
/// assigner (003, else 040 $a; none when neither says: not the Library of Congress by default).
/// </summary>
internal static class Identifiers
{
    public static void Map(BibframeGraphContext c)
    {
        foreach (var f in c.Fields("010"))
        {
            foreach (var a in f.Values('a')) Identifier(c, "Lccn", a.Trim(), null);                  // row: 010 $a -> Lccn
        }

        foreach (var f in c.Fields("020"))                                                             // row: 020 $a -> Isbn (+ qualifier)
        {
            foreach (var a in f.Values('a'))
            {
                var (value, qualifier) = SplitQualifier(a);
                Identifier(c, "Isbn", value, qualifier ?? BibframeText.Chop(f['q']));
            }
        }

        foreach (var f in c.Fields("022"))
        {
            foreach (var a in f.Values('a')) Identifier(c, "Issn", a.Trim(), null);                  // row: 022 $a -> Issn
        }

        foreach (var f in c.Fields("024"))                                                             // row: 024 ind1 -> Isrc Upc Ismn Ean Identifier
        {
            var cls = f.Indicator1 switch { '0' => "Isrc", '1' => "Upc", '2' => "Ismn", '3' => "Ean", _ => "Identifier" };
            foreach (var a in f.Values('a'))
            {
                var (value, qualifier) = SplitQualifier(a);
                Identifier(c, cls, value, qualifier ?? BibframeText.Chop(f['q']));
            }
        }

        foreach (var f in c.Fields("035"))                                                             // row: 035 $a -> OclcNumber or Local
        {
            foreach (var a in f.Values('a')) SystemNumber(c, a.Trim());
        }

        if (c.Identity.ControlNumber is { } id) Local(c, c.Instance, id);                              // row: 001 (+003/040) -> Local
    }

    /// <summary>The 001 as bf:Local on <paramref name="subject"/>, with its assigner from 003, else 040 $a.</summary>
    public static void Local(BibframeGraphContext c, RdfTerm subject, string id)
    {
        var node = c.Node(subject, B("identifiedBy"), B("Local"));
        c.Add(node, RdfValue, new Literal(id));
        var assigner = c.Record.ControlValue("003")?.Trim();
        if (string.IsNullOrEmpty(assigner)) assigner = c.Record.DataFields("040").FirstOrDefault()?['a']?.Trim();
        if (!string.IsNullOrEmpty(assigner)) Organization(c, node, B("assigner"), assigner);
    }

    /// <summary>An organization by its MARC code: an id.loc.gov IRI with bf:code.</summary>
    public static void Organization(BibframeGraphContext c, RdfTerm subject, Iri predicate, string code)
    {
        var org = new Iri(Organizations + RecordIdentity.Segment(code.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal)));
        c.Add(subject, predicate, org);
        c.Add(org, RdfType, B("Agent"));
        c.Text(org, B("code"), code);
    }

    private static void SystemNumber(BibframeGraphContext c, string value)
    {
        if (value.Length == 0) return;
        if (value.StartsWith("(OCoLC)", StringComparison.Ordinal))
        {
            var number = value["(OCoLC)".Length..].Trim();
            var digits = number.TrimStart('o', 'c', 'm', 'n').Trim();
            Identifier(c, "OclcNumber", digits.Length > 0 ? digits : number, null);
            return;
        }

        string? source = null;
        if (value.StartsWith('(') && value.IndexOf(')', StringComparison.Ordinal) is > 1 and var close)
        {
            source = value[1..close];
            value = value[(close + 1)..].Trim();
        }

        var node = c.Node(c.Instance, B("identifiedBy"), B("Local"));
        c.Add(node, RdfValue, new Literal(value));
        if (!string.IsNullOrEmpty(source)) Organization(c, node, B("assigner"), source);
    }

    private static void Identifier(BibframeGraphContext c, string cls, string value, string? qualifier)
    {
        if (value.Length == 0) return;
        var node = c.Node(c.Instance, B("identifiedBy"), B(cls));
        c.Add(node, RdfValue, new Literal(value));
        c.Text(node, B("qualifier"), qualifier);
    }

    /// <summary>"0679450041 (acid-free paper)" -> the number and "acid-free paper".</summary>
    private static (string Value, string? Qualifier) SplitQualifier(string text)
    {
        var t = BibframeText.Fold(text);
        var open = t.IndexOf('(', StringComparison.Ordinal);
        var value = (open >= 0 ? t[..open] : t).Trim().TrimEnd(':', ';', '.').Trim();
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        string? rest = null;
        if (space > 0)
        {
            rest = value[(space + 1)..];
            value = value[..space];
        }

        var qualifier = open >= 0 ? BibframeText.Chop(t[(open + 1)..].Replace(")", "", StringComparison.Ordinal)) : BibframeText.Chop(rest);
        return (value, qualifier);
    }
}
