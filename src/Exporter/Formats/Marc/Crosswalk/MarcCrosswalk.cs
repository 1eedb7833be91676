using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// CatalogRecord to and from MARC 21 bibliographic (docs/mappings/marc21.md). Writing needs the organization code,
/// punctuation style and a clock (005, 008/00-05); reading needs the organization code to recognise local 035s.
/// </summary>
public sealed class MarcCrosswalk : ICrosswalk<MarcRecord>
{
    private readonly MarcWriteOptions _write;
    private readonly MarcReadOptions _read;
    private readonly TimeProvider _clock;

    /// <summary>Creates the crosswalk.</summary>
    public MarcCrosswalk(MarcWriteOptions? write = null, MarcReadOptions? read = null, TimeProvider? clock = null)
    {
        _write = write ?? new MarcWriteOptions();
        _read = read ?? new MarcReadOptions { OrganizationCode = _write.OrganizationCode };
        _clock = clock ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public MarcRecord FromCatalog(CatalogRecord record, IDiagnostics diagnostics) =>
        new MarcRecordComposer(_write, _clock, diagnostics).Compose(record);

    /// <inheritdoc />
    public CatalogRecord ToCatalog(MarcRecord record, IDiagnostics diagnostics) =>
        new MarcRecordInterpreter(_read, diagnostics).Interpret(record);
}
