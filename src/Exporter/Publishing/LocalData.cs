using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Publishing;

/// <summary>
/// The public-output policy of a published site (issue #16): a record's local and staff data stay out of its page,
/// its JSON-LD and its alternates unless <see cref="Pipeline.WriteOptions.IncludeLocal"/>. Local data is what
/// <see cref="LocalMarcData"/> says (59X, 9XX, and 541, 561, 583 not marked "not private"), in the MARC record of MARC input and in the hub
/// record's MARC source fields (the schema.org <c>marcKey</c> dumps).
/// </summary>
internal static class LocalData
{
    /// <summary>The record without its local data; the record itself when it has none.</summary>
    public static ReadResult Without(ReadResult record, IDiagnostics diagnostics)
    {
        var catalog = record.GetCatalog(diagnostics);
        var publicCatalog = LocalMarcData.WithoutLocal(catalog);
        var localSource = !ReferenceEquals(publicCatalog, catalog);
        if (record.TryGetSource<MarcRecord>(out var marc))
        {
            if (!marc.AllFields.Any(LocalMarcData.IsLocal)) return localSource ? ReadResult.ReadNative(record.Source, marc, (_, _) => publicCatalog, record.Diagnostics, record.RecordId) : record;
            var publicMarc = new MarcRecord(marc.Leader, [.. marc.AllFields.Where(f => !LocalMarcData.IsLocal(f))]);
            return ReadResult.ReadNative(record.Source, publicMarc, (_, _) => publicCatalog, record.Diagnostics, record.RecordId);
        }

        return localSource ? ReadResult.Read(record.Source, publicCatalog, record.Diagnostics) : record;
    }
}
