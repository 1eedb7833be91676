using Exporter.Model;

namespace Exporter.Formats.Marc.Model;

/// <summary>
/// The public-output policy (issue #14, also publish and linked data): local and staff data stays out of public outputs
/// (Dublin Core, JSON-LD, Turtle, N-Triples, published pages) unless <see cref="Pipeline.WriteOptions.IncludeLocal"/>.
/// Local and staff data is MARC 59X (local notes), 9XX (local fields), and 541 (acquisition source), 561 (ownership
/// history) and 583 (actions) unless their first indicator says "not private" (1; MARC 21 Bibliographic 541/561/583), in the MARC record of MARC input and in the hub's MARC source fields (the schema.org
/// <c>marcKey</c> dumps). MARC output keeps everything.
/// </summary>
internal static class LocalMarcData
{
    /// <summary>True for a local or staff MARC field.</summary>
    public static bool IsLocal(MarcField field) => IsLocal(field.Tag, field is DataField d ? d.Indicator1 : ' ');

    /// <summary>True for a hub source field (its value starts with the indicators) holding a local or staff MARC field.</summary>
    public static bool IsLocal(SourceField field) => field.Format == "marc21" && IsLocal(field.Key, field.Value.Length > 0 ? field.Value[0] : ' ');

    private static bool IsLocal(string tag, char indicator1) =>
        tag.Length == 3 && (tag[0] == '9' || tag.StartsWith("59", StringComparison.Ordinal) || (tag is "541" or "561" or "583" && indicator1 != '1'));

    /// <summary>The record without the local and staff MARC source fields; the record itself when it has none.</summary>
    public static CatalogRecord WithoutLocal(CatalogRecord record) =>
        record.SourceFields.Any(IsLocal) ? record with { SourceFields = [.. record.SourceFields.Where(f => !IsLocal(f))] } : record;
}
