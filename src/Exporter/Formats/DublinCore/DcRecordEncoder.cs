using System.Buffers;
using System.Globalization;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// The pipeline encoder of the <c>dc</c> and <c>dcterms</c> formats, a thin shell over the profile's formatter
/// (<see cref="OaiDcRecordFormatter"/>: an OAI-PMH ListRecords response; <see cref="QualifiedDcRecordFormatter"/>:
/// the qdcc:collection of qualifieddc): one record per <see cref="Encode"/> through <see cref="DublinCoreCrosswalk"/>,
/// each with its OAI header <c>oai:{BaseUri host}:{catalog number}</c> (a record with neither catalog number nor
/// identifier gets one made from its bytes, <see cref="DcContentIdentifier"/>, so that it does not depend on where the
/// record falls in the output and a shard merge is the single run). Each worker gets its own copy
/// (<see cref="ForWorker"/>), whose formatter keeps its scratch state.
/// </summary>
internal sealed class DcRecordEncoder : IRecordEncoder
{
    private readonly DublinCoreCrosswalk _crosswalk;
    private readonly WriteOptions _options;
    private readonly OaiDcWriterOptions _oai;
    private readonly QualifiedDcWriterOptions _qdc;
    private readonly DcRecordFormatter _formatter;

    /// <summary>Creates the encoder for a profile: simple DC goes to OAI-PMH oai_dc, qualified DC to the qdcc collection.</summary>
    public DcRecordEncoder(DublinCoreProfile profile, WriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _crosswalk = new DublinCoreCrosswalk(options.Formats.Get<DublinCoreCrosswalkOptions>() with { Profile = profile, BaseUri = options.BaseUri, IncludeLocal = options.IncludeLocal });
        var oai = options.Formats.Get<OaiDcWriterOptions>();
        var baseUrl = oai.BaseUrl == new OaiDcWriterOptions().BaseUrl ? new Uri(options.BaseUri, "oai").AbsoluteUri : oai.BaseUrl;
        _oai = oai with { Container = DcContainer.Collection, LeaveOpen = true, Clock = options.Clock, BaseUrl = baseUrl };
        _qdc = options.Formats.Get<QualifiedDcWriterOptions>() with { Container = DcContainer.Collection, LeaveOpen = true };
        _formatter = NewFormatter();
    }

    private DcRecordEncoder(DcRecordEncoder original)
    {
        _options = original._options;
        _crosswalk = original._crosswalk;
        _oai = original._oai;
        _qdc = original._qdc;
        _formatter = NewFormatter();
    }

    private bool Simple => _crosswalk.Options.Profile == DublinCoreProfile.Simple;

    /// <inheritdoc />
    public void WriteHeader(IBufferWriter<byte> output) => _formatter.WriteHeader(output, NullDiagnostics.Instance);

    /// <inheritdoc />
    public void WriteBefore(IBufferWriter<byte> output, long written) => _formatter.WriteBefore(output, written);

    /// <inheritdoc />
    public void WriteSeparator(IBufferWriter<byte> output)
    {
    }

    /// <inheritdoc />
    public void Encode(ReadResult record, long ordinal, IBufferWriter<byte> output, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        var hub = record.GetCatalog(diagnostics);
        var marc = DcSourceRecord.MarcFacts(record, _crosswalk.Options.IncludeLocal);
        var dc = _crosswalk.FromCatalog(hub, marc, diagnostics);
        if (Simple) dc = dc with { Header = new OaiHeader(OaiIdentifier(hub.CatalogNumber ?? record.RecordId ?? DcContentIdentifier.Of(record.Source.Raw.Span, ordinal))) { Datestamp = Day(hub.LastModified) } };
        _formatter.Write(dc, ordinal, output, diagnostics);
    }

    /// <inheritdoc />
    public void WriteFooter(IBufferWriter<byte> output) => WriteFooter(output, 0);

    /// <inheritdoc />
    public void WriteFooter(IBufferWriter<byte> output, long written) => _formatter.WriteFooter(output, written, NullDiagnostics.Instance);

    /// <inheritdoc />
    public IRecordEncoder ForWorker() => new DcRecordEncoder(this);

    /// <summary><c>oai:{BaseUri host}:{local id}</c>, the id percent-encoded where OAI identifiers need it.</summary>
    public string OaiIdentifier(string localId) => "oai:" + _options.BaseUri.Host + ":" + DcIdentifiers.Escape(localId);

    // The OAI datestamp: the day (UTC) of the record's last change (MARC 005, the catalog page's Last Modified); null
    // leaves the day of the clock to the formatter (SOURCE_DATE_EPOCH or the run date).
    private static string? Day(DateTimeOffset? changed) => changed?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private DcRecordFormatter NewFormatter() => Simple ? new OaiDcRecordFormatter(_oai) : new QualifiedDcRecordFormatter(_qdc);
}
