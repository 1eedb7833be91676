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
            foreach (var z in f.Values('z')) Identifier(c, "Lccn", z.Trim(), null, invalid: true);    // row: 010 $z -> Lccn, invalid
        }

        Numbers(c, "015", "Nbn");                                                                      // row: 015 -> Nbn
        foreach (var f in c.Fields("016"))                                                             // row: 016 -> Local (national agency)
        {
            foreach (var a in f.Values('a')) SourcedLocal(c, a.Trim(), f.Indicator1 == '7' ? f['2'] : "DNLM");
        }

        Numbers(c, "017", "CopyrightNumber");                                                          // row: 017 -> CopyrightNumber
        foreach (var f in c.Fields("020"))                                                             // row: 020 $a $z -> Isbn (+ qualifier)
        {
            foreach (var s in f.Subfields)
            {
                if (s.Code is not ('a' or 'z')) continue;
                var (value, qualifier) = SplitQualifier(s.Value);
                Identifier(c, "Isbn", value, qualifier ?? BibframeText.Chop(f['q']), invalid: s.Code == 'z');
            }
        }

        foreach (var f in c.Fields("022"))
        {
            foreach (var a in f.Values('a')) Identifier(c, "Issn", a.Trim(), null);                  // row: 022 $a -> Issn
        }

        foreach (var f in c.Fields("024"))                                                             // row: 024 ind1 (7: by $2) -> Isrc Upc Ismn Ean Sici Doi ... Identifier
        {
            var cls = f.Indicator1 switch { '0' => "Isrc", '1' => "Upc", '2' => "Ismn", '3' => "Ean", '4' => "Sici", '7' => SourcedClass(f['2']), _ => "Identifier" };
            if (cls is null) continue;
            foreach (var a in f.Values('a'))
            {
                var (value, qualifier) = SplitQualifier(a);
                Identifier(c, cls, value, qualifier ?? BibframeText.Chop(f['q']));
            }
        }

        Numbers(c, "025", "LcOverseasAcq");                                                            // row: 025 -> LcOverseasAcq
        Numbers(c, "026", "Fingerprint");                                                              // row: 026 -> Fingerprint
        Numbers(c, "027", "Strn");                                                                     // row: 027 -> Strn
        foreach (var f in c.Fields("028"))                                                             // row: 028 ind1 -> publisher numbers
        {
            var cls = f.Indicator1 switch
            {
                '0' => "AudioIssueNumber", '1' => "MatrixNumber", '2' => "MusicPlate", '3' => "MusicPublisherNumber",
                '4' => "VideoRecordingNumber", '5' => "PublisherNumber", '6' => "MusicDistributorNumber", _ => "PublisherNumber",
            };
            foreach (var a in f.Values('a')) Identifier(c, cls, a.Trim(), null);
        }

        Numbers(c, "030", "Coden");                                                                    // row: 030 -> Coden
        Numbers(c, "032", "PostalRegistration");                                                       // row: 032 -> PostalRegistration
        foreach (var f in c.Fields("035"))                                                             // row: 035 $a $z -> OclcNumber or Local
        {
            foreach (var s in f.Subfields)
            {
                if (s.Code is 'a' or 'z') SystemNumber(c, s.Value.Trim(), s.Code == 'z');
            }
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

    private static void Numbers(BibframeGraphContext c, string tag, string cls)
    {
        foreach (var f in c.Fields(tag))
        {
            foreach (var a in f.Values('a')) Identifier(c, cls, a.Trim(), null);
        }
    }

    private static void SourcedLocal(BibframeGraphContext c, string value, string? source)
    {
        if (value.Length == 0) return;
        var node = c.Node(c.Instance, B("identifiedBy"), B("Local"));
        c.Add(node, RdfValue, new Literal(value));
        if (!string.IsNullOrWhiteSpace(source)) Organization(c, node, B("assigner"), source.Trim());
    }

    private static void SystemNumber(BibframeGraphContext c, string value, bool invalid)
    {
        if (value.Length == 0) return;
        if (value.StartsWith("(OCoLC)", StringComparison.Ordinal))
        {
            Identifier(c, "OclcNumber", value["(OCoLC)".Length..].Trim(), null, invalid);
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
        if (invalid) Invalid(c, node);
    }

    private static void Identifier(BibframeGraphContext c, string cls, string value, string? qualifier, bool invalid = false)
    {
        if (value.Length == 0) return;
        var node = c.Node(c.Instance, B("identifiedBy"), B(cls));
        c.Add(node, RdfValue, new Literal(value));
        c.Text(node, B("qualifier"), qualifier);
        if (invalid) Invalid(c, node);
    }

    /// <summary>A cancelled or invalid number ($z): bf:status mstatus/cancinv.</summary>
    private static void Invalid(BibframeGraphContext c, BlankNode node) =>
        c.Term(node, B("status"), "http://id.loc.gov/vocabulary/mstatus/cancinv", B("Status"), "canceled or invalid");

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

    /// <summary>The class of a 024 with first indicator 7 by its $2 source, as marc2bibframe2 chooses it (EIDR is a Work identifier there: none).</summary>
    private static string? SourcedClass(string? source) => source?.Trim() switch
    {
        "ansi" => "Ansi", "doi" => "Doi", "gtin-14" => "Gtin14Number", "hdl" => "Hdl", "isan" => "Isan", "isni" => "Isni",
        "iso" => "Iso", "istc" => "Istc", "iswc" => "Iswc", "matrix-number" => "MatrixNumber", "music-plate" => "MusicPlate",
        "music-publisher" => "MusicPublisherNumber", "stock-number" => "StockNumber", "urn" => "Urn",
        "videorecording-identifier" => "VideoRecordingNumber", "eidr" => null, _ => "Identifier",
    };
}
