using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// The pipeline encoder of the <c>dc</c> and <c>dcterms</c> formats: the collection envelope from the codec writers
/// (OAI-PMH ListRecords, or the qdcc:collection of qualifieddc), one record per <see cref="Encode"/> through
/// <see cref="DublinCoreCrosswalk"/>, each with its OAI header <c>oai:{BaseUri host}:{catalog number}</c>.
/// Stateless between calls, so records may be encoded on several threads.
/// </summary>
internal sealed class DcRecordEncoder : IRecordEncoder
{
    private readonly DublinCoreCrosswalk _crosswalk;
    private readonly WriteOptions _options;
    private readonly OaiDcWriterOptions _oai;
    private readonly QualifiedDcWriterOptions _qdc;

    /// <summary>Creates the encoder for a profile: simple DC goes to OAI-PMH oai_dc, qualified DC to the qdcc collection.</summary>
    public DcRecordEncoder(DublinCoreProfile profile, WriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _crosswalk = new DublinCoreCrosswalk(options.Formats.Get<DublinCoreCrosswalkOptions>() with { Profile = profile, BaseUri = options.BaseUri });
        var oai = options.Formats.Get<OaiDcWriterOptions>();
        var baseUrl = oai.BaseUrl == new OaiDcWriterOptions().BaseUrl ? new Uri(options.BaseUri, "oai").AbsoluteUri : oai.BaseUrl;
        _oai = oai with { Container = DcContainer.Collection, LeaveOpen = true, Clock = options.Clock, BaseUrl = baseUrl };
        _qdc = options.Formats.Get<QualifiedDcWriterOptions>() with { Container = DcContainer.Collection, LeaveOpen = true };
    }

    private bool Simple => _crosswalk.Options.Profile == DublinCoreProfile.Simple;

    /// <inheritdoc />
    public void WriteHeader(IBufferWriter<byte> output) => Piece(output, 0, NullDiagnostics.Instance, w => w.WriteEnvelopeStart());

    /// <inheritdoc />
    public void WriteBefore(IBufferWriter<byte> output, long written)
    {
        if (written == 0 && Simple) Piece(output, 1, NullDiagnostics.Instance, w => ((OaiDcWriter)w).WriteListRecordsStart());
    }

    /// <inheritdoc />
    public void WriteSeparator(IBufferWriter<byte> output)
    {
    }

    /// <inheritdoc />
    public void Encode(ReadResult record, long ordinal, IBufferWriter<byte> output, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        var hub = record.GetCatalog(diagnostics);
        var marc = DcSourceRecord.MarcFacts(record);
        var dc = _crosswalk.FromCatalog(hub, marc, diagnostics);
        if (Simple) dc = dc with { Header = new OaiHeader(OaiIdentifier(hub.CatalogNumber ?? record.RecordId ?? (ordinal + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))) { Datestamp = marc?.LastChanged } };
        Piece(output, Simple ? 2 : 1, diagnostics, w => w.WriteRecordFragment(dc, ordinal));
    }

    /// <inheritdoc />
    public void WriteFooter(IBufferWriter<byte> output) => WriteFooter(output, 0);

    /// <inheritdoc />
    public void WriteFooter(IBufferWriter<byte> output, long written) => Piece(output, 0, NullDiagnostics.Instance, w => w.WriteEnvelopeEnd(written));

    /// <summary><c>oai:{BaseUri host}:{local id}</c>, the id percent-encoded where OAI identifiers need it.</summary>
    public string OaiIdentifier(string localId) => "oai:" + _options.BaseUri.Host + ":" + DcIdentifiers.Escape(localId);

    private void Piece(IBufferWriter<byte> output, int depth, IDiagnostics diagnostics, Action<DcXmlWriterBase> write)
    {
        using var ms = new MemoryStream();
        using (var w = Create(ms, depth, diagnostics)) write(w);
        output.WriteBytes(ms.GetBuffer().AsSpan(0, (int)ms.Length));
    }

    private DcXmlWriterBase Create(Stream stream, int depth, IDiagnostics diagnostics) => (Simple, depth) switch
    {
        (true, 0) => new OaiDcWriter(stream, _oai, diagnostics),
        (true, _) => new OaiDcWriter(stream, _oai, diagnostics, depth),
        (false, 0) => new QualifiedDcWriter(stream, _qdc, diagnostics),
        _ => new QualifiedDcWriter(stream, _qdc, diagnostics, depth),
    };
}
