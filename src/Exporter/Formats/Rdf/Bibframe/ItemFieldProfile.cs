using System.Collections.Frozen;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// Which subfields of one holdings or item field become which <see cref="ItemRole"/> (docs/mappings/bibframe.md,
/// Items). Subfields not listed (copy numbers, prices, acquisition and circulation dates, item types, status codes,
/// internal numbers) are staff data of the ILS and are not written.
/// </summary>
internal sealed record ItemFieldProfile(string Tag, string System, FrozenDictionary<char, ItemRole> Roles)
{
    /// <summary>The profiles, by tag: MARC 21 holdings 852 and 876-878, then the ILS item fields.</summary>
    public static readonly FrozenDictionary<string, ItemFieldProfile> ByTag = new ItemFieldProfile[]
    {
        // MARC 21 Format for Holdings Data: 852 Location; $k prefix, $h classification part, $i item part, $m suffix
        Of("852", "MARC 21 holdings", ('a', ItemRole.HeldByCode), ('b', ItemRole.Sublocation), ('c', ItemRole.Sublocation),
            ('k', ItemRole.ShelfMark), ('h', ItemRole.ShelfMark), ('i', ItemRole.ShelfMark), ('m', ItemRole.ShelfMark), ('j', ItemRole.ShelfMark),
            ('p', ItemRole.Barcode), ('3', ItemRole.Enumeration), ('x', ItemRole.StaffNote), ('z', ItemRole.PublicNote)),

        // MARC 21 holdings 876-878 Item Information (basic unit, supplementary material, indexes)
        Item("876"), Item("877"), Item("878"),

        // Koha: 952 items ($a home branch, $c shelving location, $o call number, $p barcode, $h enumeration, $z/$x notes)
        Of("952", "Koha", ('a', ItemRole.HeldByName), ('c', ItemRole.Sublocation), ('o', ItemRole.ShelfMark), ('p', ItemRole.Barcode),
            ('h', ItemRole.Enumeration), ('z', ItemRole.PublicNote), ('x', ItemRole.StaffNote)),

        // Innovative (Millennium, Sierra) item export and load fields: $a call number, $i barcode, $l location
        Of("945", "Innovative", ('a', ItemRole.ShelfMark), ('i', ItemRole.Barcode), ('l', ItemRole.Sublocation), ('n', ItemRole.StaffNote)),
        Of("949", "Innovative / SirsiDynix load", ('a', ItemRole.ShelfMark), ('i', ItemRole.Barcode), ('l', ItemRole.Sublocation), ('z', ItemRole.PublicNote)),

        // SirsiDynix (Unicorn, Symphony) 999: $a call number, $i barcode, $l home location, $m library
        Of("999", "SirsiDynix", ('a', ItemRole.ShelfMark), ('i', ItemRole.Barcode), ('l', ItemRole.Sublocation), ('m', ItemRole.HeldByName)),
    }.ToFrozenDictionary(p => p.Tag, StringComparer.Ordinal);

    /// <summary>The tags of <see cref="ByTag"/>, in the order above.</summary>
    public static readonly string[] Tags = ["852", "876", "877", "878", "952", "945", "949", "999"];

    private static ItemFieldProfile Item(string tag) =>
        Of(tag, "MARC 21 holdings", ('l', ItemRole.Sublocation), ('p', ItemRole.Barcode), ('h', ItemRole.AccessPolicy), ('3', ItemRole.Enumeration),
            ('x', ItemRole.StaffNote), ('z', ItemRole.PublicNote));

    private static ItemFieldProfile Of(string tag, string system, params (char Code, ItemRole Role)[] roles) =>
        new(tag, system, roles.ToFrozenDictionary(r => r.Code, r => r.Role));
}
