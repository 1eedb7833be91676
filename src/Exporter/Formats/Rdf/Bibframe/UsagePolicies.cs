using Exporter.Formats.Common.Text;
using Exporter.Formats.Marc.Model;
using static Exporter.Formats.Rdf.Bibframe.BibframeTerms;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// Access (506) and use (540) policies of the Instance, as marc2bibframe2 (ConvSpec-5XX): a
/// <c>bf:usageAndAccessPolicy</c> node, <c>bf:AccessPolicy</c> or <c>bf:UsePolicy</c>, labelled with the field's text
/// (506 $a$b$c$d$e$q, 540 $a$c$d$q, as written), each $u a <c>bf:electronicLocator</c>. Unlike marc2bibframe2, a field
/// with a $u but no $a still gives its node, so that a rights URI alone (a RightsStatements.org statement) is kept.
/// </summary>
internal static class UsagePolicies
{
    public static void Map(BibframeGraphContext c)
    {
        foreach (var f in c.Fields("506")) Policy(c, f, "AccessPolicy", "abcdeq");                       // row: 506 -> bf:AccessPolicy
        foreach (var f in c.Fields("540")) Policy(c, f, "UsePolicy", "acdq");                            // row: 540 -> bf:UsePolicy
    }

    private static void Policy(BibframeGraphContext c, DataField f, string type, string codes)
    {
        var label = string.Join(' ', f.Subfields.Where(s => codes.Contains(s.Code, StringComparison.Ordinal)).Select(s => s.Value.Trim()).Where(v => v.Length > 0));
        var links = f.Values('u').Select(u => u.Trim()).Where(RightsText.IsUri).ToList();
        if (label.Length == 0 && links.Count == 0) return;
        var node = c.Node(c.Instance, B("usageAndAccessPolicy"), B(type));
        c.Text(node, RdfsLabel, label);
        foreach (var link in links) c.Add(node, B("electronicLocator"), new Iri(link));
    }
}
