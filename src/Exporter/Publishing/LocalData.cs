using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Publishing;

/// <summary>
/// The public-output policy of a published site (issue #16): a record's local and staff data stay out of its page,
/// its JSON-LD and its alternates unless <see cref="Pipeline.WriteOptions.IncludeLocal"/>. Local data is every MARC 9XX
/// field, and the acquisition-source, ownership-history and action notes (541, 561, 583) marked private (first
/// indicator 0), in the MARC record of MARC input and in the hub record's MARC source fields (the schema.org
/// <c>marcKey</c> dumps).
/// </summary>
internal static class LocalData
{
    /// <summary>True for a MARC field that is local or private.</summary>
    public static bool IsLocal(MarcField field) =>
        field.Tag.StartsWith('9') || (field.Tag is "541" or "561" or "583" && field is DataField { Indicator1: '0' });

    /// <summary>The record without its local data; the record itself when it has none.</summary>
    public static ReadResult Without(ReadResult record, IDiagnostics diagnostics)
    {
        var catalog = record.GetCatalog(diagnostics);
        var localSource = catalog.SourceFields.Any(IsLocal);
        var publicCatalog = localSource ? catalog with { SourceFields = [.. catalog.SourceFields.Where(f => !IsLocal(f))] } : catalog;
        if (record.TryGetSource<MarcRecord>(out var marc))
        {
            if (!marc.AllFields.Any(IsLocal)) return localSource ? ReadResult.ReadNative(record.Source, marc, (_, _) => publicCatalog, record.Diagnostics, record.RecordId) : record;
            var publicMarc = new MarcRecord(marc.Leader, [.. marc.AllFields.Where(f => !IsLocal(f))]);
            return ReadResult.ReadNative(record.Source, publicMarc, (_, _) => publicCatalog, record.Diagnostics, record.RecordId);
        }

        return localSource ? ReadResult.Read(record.Source, publicCatalog, record.Diagnostics) : record;
    }

    /// <summary>A MARC source field (its value starts with the indicators) that is local or private.</summary>
    private static bool IsLocal(SourceField field) =>
        field.Format == "marc21" && (field.Key.StartsWith('9') || (field.Key is "541" or "561" or "583" && field.Value.StartsWith('0')));
}
