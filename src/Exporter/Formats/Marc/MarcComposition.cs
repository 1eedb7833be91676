using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>
/// What the MARC record composed from a hub record depends on besides the record: the MARC write options and the
/// clock (005, 008/00-05). Every target of a run that writes MARC made from the hub (marc21, marcxml, mrk, bibframe)
/// asks with the run's options, so the record is composed once and shared (<see cref="ReadResult.Derive{TKey, TValue}"/>).
/// </summary>
internal readonly record struct MarcComposition(MarcWriteOptions Options, TimeProvider Clock)
{
    /// <summary>
    /// The MARC record of <paramref name="record"/>'s hub record (<see cref="MarcCrosswalk.FromCatalog"/>), composed on
    /// the first call for the record and these inputs (by this method or <see cref="Peek"/>); the crosswalk's diagnostics
    /// go to every caller's <paramref name="diagnostics"/>.
    /// </summary>
    public MarcRecord Of(ReadResult record, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        var catalog = record.GetCatalog(diagnostics);
        return record.Derive(this, (inputs, made) => inputs.Compose(catalog, made), diagnostics);
    }

    /// <summary>
    /// The record <see cref="Of"/> gives, the same instance, reporting nothing: composed now when it is not yet (from
    /// <see cref="ReadResult.PeekCatalog"/>) and kept for <see cref="Of"/>, whose callers then get every diagnostic of
    /// the hub record and of the composition as if they had made it themselves. For ids minted before encoding
    /// (<see cref="IContentIdMinter"/>), so that a record is composed once for its id and its output.
    /// </summary>
    public MarcRecord Peek(ReadResult record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var catalog = record.PeekCatalog();
        return record.Derive(this, (inputs, made) => inputs.Compose(catalog, made), NullDiagnostics.Instance);
    }

    private MarcRecord Compose(CatalogRecord catalog, IDiagnostics diagnostics) => new MarcCrosswalk(Options, clock: Clock).FromCatalog(catalog, diagnostics);
}
