using Exporter.Pipeline;

namespace Exporter.Formats.DublinCore;

/// <summary>Qualified Dublin Core (dcterms) as a collection of DCMI qualifieddc records (docs/mappings/dublin-core.md).</summary>
public sealed class QualifiedDcFormat : IRecordFormat
{
    /// <inheritdoc />
    public string Name => "dcterms";

    /// <inheritdoc />
    public string Description => "qualified Dublin Core (dcterms) records in a qdcc:collection; reads any DC XML";

    /// <inheritdoc />
    public string MediaType => "application/xml";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".dcterms.xml"];

    /// <inheritdoc />
    public bool CanRead => true;

    /// <inheritdoc />
    public bool CanWrite => true;

    /// <inheritdoc />
    public int Sniff(ReadOnlySpan<byte> head) => DcFormatSniffer.Score(head, "qualifieddc");

    /// <inheritdoc />
    public IReadOnlyList<FormatOption> Options => DcFormatOptions.All;

    /// <inheritdoc />
    public ICatalogReader CreateReader(Stream input, ReadOptions options) => new DcCatalogReader(input, options);

    /// <inheritdoc />
    public IRecordEncoder CreateEncoder(WriteOptions options) => new DcRecordEncoder(DublinCoreProfile.Qualified, options);

    /// <inheritdoc />
    IReadOnlyList<string> IRecordFormat.OncePerRun => [DcDiagnosticCodes.PlaceholderBaseUri];
}
