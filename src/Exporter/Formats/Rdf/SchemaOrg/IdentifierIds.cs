using Exporter.Model;

namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>PropertyValue.propertyID for each identifier type (Google's OCLC_NUMBER/LCCN style), and back.</summary>
internal static class IdentifierIds
{
    private static readonly (IdentifierType Type, string Id)[] Table =
    [
        (IdentifierType.Local, "catalogNumber"), (IdentifierType.Isbn, "ISBN"), (IdentifierType.Issn, "ISSN"),
        (IdentifierType.Lccn, "LCCN"), (IdentifierType.Oclc, "OCLC_NUMBER"), (IdentifierType.Doi, "DOI"), (IdentifierType.Url, "URL"),
    ];

    public static string PropertyId(IdentifierType type) => Array.Find(Table, t => t.Type == type).Id;

    public static IdentifierType? From(string propertyId)
    {
        foreach (var (type, id) in Table)
        {
            if (string.Equals(id, propertyId, StringComparison.OrdinalIgnoreCase)) return type;
        }

        return propertyId.EndsWith("#catalogNumber", StringComparison.Ordinal) ? IdentifierType.Local : null;
    }
}
