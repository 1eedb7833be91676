using Exporter.Diagnostics;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// Hub to and from Dublin Core (docs/mappings/dublin-core.md; docs/research/crosswalks.md §2.4). Writing follows the
/// <see cref="DublinCoreCrosswalkOptions.Profile"/>: simple <c>dc:</c> elements for oai_dc, or <c>dcterms:</c>
/// refinements with encoding schemes. Reading takes either, and generic DC from harvesters: our own conventions
/// first, then plain DC; statements the hub has no place for are reported (DC2001) and left out.
/// Thread-safe: each call works on its own state.
/// </summary>
public sealed class DublinCoreCrosswalk : ICrosswalk<DublinCoreRecord>
{
    private readonly DublinCoreCrosswalkOptions _options;

    /// <summary>Creates the crosswalk.</summary>
    public DublinCoreCrosswalk(DublinCoreCrosswalkOptions? options = null) => _options = options ?? new DublinCoreCrosswalkOptions();

    /// <summary>The options in use.</summary>
    public DublinCoreCrosswalkOptions Options => _options;

    /// <inheritdoc />
    public DublinCoreRecord FromCatalog(CatalogRecord record, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new DcRecordComposer(_options).Compose(record);
    }

    /// <inheritdoc />
    public CatalogRecord ToCatalog(DublinCoreRecord record, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new DcRecordInterpreter(_options, diagnostics ?? NullDiagnostics.Instance).Interpret(record);
    }
}
