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
    public DublinCoreCrosswalk(DublinCoreCrosswalkOptions? options = null)
    {
        _options = options ?? new DublinCoreCrosswalkOptions();
    }

    /// <summary>The options in use.</summary>
    public DublinCoreCrosswalkOptions Options => _options;

    /// <inheritdoc />
    public DublinCoreRecord FromCatalog(CatalogRecord record, IDiagnostics diagnostics) => FromCatalog(record, null, diagnostics);

    /// <summary>
    /// The hub record with the facts only its MARC source holds (<see cref="MarcDcCrosswalk"/>), when it was read from MARC.
    /// The first record whose catalog URL is minted from the placeholder base URI gets a warning (DC1010), once per run
    /// (the encoders of one run share it through <see cref="WriteOptions"/>; a crosswalk made on its own warns once).
    /// </summary>
    internal DublinCoreRecord FromCatalog(CatalogRecord record, MarcDcFacts? marc, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        var composer = new DcRecordComposer(_options);
        var dc = composer.Compose(record, marc);
        if (composer.MintedCatalogUrl && _options.BaseUri.AbsoluteUri == Pipeline.WriteOptions.DefaultBaseUri)   // reported for each such record; a run keeps the first (RunOnce)
        {
            (diagnostics ?? NullDiagnostics.Instance).Report(new Diagnostic(DcDiagnosticCodes.PlaceholderBaseUri, Severity.Warning,
                $"catalog URLs are made from the placeholder base URI {Pipeline.WriteOptions.DefaultBaseUri}; give the catalog's own (--base-uri) before publishing") { Field = "dc:identifier" });
        }

        return dc;
    }

    /// <inheritdoc />
    public CatalogRecord ToCatalog(DublinCoreRecord record, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new DcRecordInterpreter(_options, diagnostics ?? NullDiagnostics.Instance).Interpret(record);
    }
}
