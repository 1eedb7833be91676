using Exporter.Pipeline;

namespace Exporter.Formats.DublinCore;

/// <summary>Simple Dublin Core as an OAI-PMH ListRecords response of oai_dc records (docs/mappings/dublin-core.md).</summary>
public sealed class OaiDcFormat : IRecordFormat
{
    /// <inheritdoc />
    public string Name => "dc";

    /// <inheritdoc />
    public string Description => "simple Dublin Core (oai_dc) in an OAI-PMH ListRecords response; reads any DC XML";

    /// <inheritdoc />
    public string MediaType => "application/xml";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".dc.xml"];

    /// <inheritdoc />
    public bool CanRead => true;

    /// <inheritdoc />
    public bool CanWrite => true;

    /// <inheritdoc />
    public int Sniff(ReadOnlySpan<byte> head) => DcFormatSniffer.Score(head, DcNamespaces.OaiDc);

    /// <inheritdoc />
    public IReadOnlyList<FormatOption> Options => DcFormatOptions.All;

    /// <inheritdoc />
    public ICatalogReader CreateReader(Stream input, ReadOptions options) => new DcCatalogReader(input, options);

    /// <inheritdoc />
    public IRecordEncoder CreateEncoder(WriteOptions options) => new DcRecordEncoder(DublinCoreProfile.Simple, options);

    /// <inheritdoc />
    IReadOnlyList<string> IRecordFormat.OncePerRun => [DcDiagnosticCodes.PlaceholderBaseUri];
}
