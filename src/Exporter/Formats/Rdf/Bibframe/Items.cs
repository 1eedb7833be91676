using System.Globalization;
using System.Text;
using Exporter.Formats.Marc.Model;
using static Exporter.Formats.Rdf.Bibframe.BibframeTerms;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// Items (with --items): one <c>bf:Item</c> (<c>#Item852-12</c>: tag and 1-based field position, as marc2bibframe2
/// names its 856 items) per holdings or item field (852, 876-878, Koha 952, Innovative 945/949, SirsiDynix 999),
/// linked both ways with the Instance (<c>bf:hasItem</c>, <c>bf:itemOf</c>), its properties by the field's
/// <see cref="ItemFieldProfile"/>. A field that says nothing public about an item (Koha's 999 $c $d record numbers)
/// makes none. Staff notes are written only with --include-local.
/// </summary>
internal static class Items
{
    public static void Map(BibframeGraphContext c, bool includeLocal)
    {
        var fields = c.Record.AllFields;
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i] is not DataField f || !ItemFieldProfile.ByTag.TryGetValue(f.Tag, out var profile) || !SaysSomething(f, profile)) continue;
            var item = c.Local("Item" + f.Tag + "-" + (i + 1).ToString(CultureInfo.InvariantCulture));   // position, not IndexOf: equal fields are two items
            c.Add(c.Instance, B("hasItem"), item);
            c.Add(item, RdfType, B("Item"));
            Map(c, item, f, profile, includeLocal);
            c.Add(item, B("itemOf"), c.Instance);
        }
    }

    private static bool SaysSomething(DataField f, ItemFieldProfile profile)
    {
        foreach (var s in f.Subfields)
        {
            if (profile.Roles.TryGetValue(s.Code, out var role) && role != ItemRole.StaffNote && !string.IsNullOrWhiteSpace(s.Value)) return true;
        }

        return false;
    }

    private static void Map(BibframeGraphContext c, Iri item, DataField f, ItemFieldProfile profile, bool includeLocal)
    {
        StringBuilder? shelfMark = null;
        foreach (var s in f.Subfields)
        {
            if (!profile.Roles.TryGetValue(s.Code, out var role)) continue;
            var value = s.Value.Trim();
            if (value.Length == 0) continue;
            switch (role)
            {
                case ItemRole.HeldByCode:
                    Identifiers.Organization(c, item, B("heldBy"), value);                                     // row: 852 $a -> heldBy (organization)
                    break;
                case ItemRole.HeldByName:
                    c.Text(c.Node(item, B("heldBy"), B("Agent")), RdfsLabel, value);                          // row: 952 $a, 999 $m -> heldBy Agent
                    break;
                case ItemRole.Sublocation:
                    c.Text(c.Node(item, B("sublocation"), B("Sublocation")), RdfsLabel, value);               // row: 852 $b $c, 87X $l, 952 $c ... -> sublocation
                    break;
                case ItemRole.ShelfMark:
                    shelfMark = shelfMark is null ? new StringBuilder(value) : shelfMark.Append(' ').Append(value); // row: 852 $k $h $i $m $j, 952 $o ... -> shelfMark
                    break;
                case ItemRole.Barcode:
                    c.Add(c.Node(item, B("identifiedBy"), B("Barcode")), RdfValue, new Literal(value));      // row: 852 $p, 87X $p, 952 $p ... -> Barcode
                    break;
                case ItemRole.Enumeration:
                    c.Text(c.Node(item, B("enumerationAndChronology"), B("Enumeration")), RdfsLabel, value); // row: 852 $3, 87X $3, 952 $h -> enumerationAndChronology
                    break;
                case ItemRole.AccessPolicy:
                    c.Text(c.Node(item, B("usageAndAccessPolicy"), B("AccessPolicy")), RdfsLabel, value);   // row: 87X $h -> usageAndAccessPolicy
                    break;
                case ItemRole.PublicNote:
                    c.Text(c.Node(item, B("note"), B("Note")), RdfsLabel, value);                             // row: $z -> note
                    break;
                case ItemRole.StaffNote when includeLocal:
                    c.Text(c.Node(item, B("note"), B("Note")), RdfsLabel, value);                             // row: $x (--include-local) -> note
                    break;
            }
        }

        if (shelfMark is not null) c.Text(c.Node(item, B("shelfMark"), B("ShelfMark")), RdfsLabel, shelfMark.ToString());
    }
}
