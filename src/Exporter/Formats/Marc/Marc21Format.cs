using Exporter.Formats.Marc.Model;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>MARC 21 bibliographic records in ISO 2709 (UTF-8 or MARC-8)</summary>
public sealed class Marc21Format : IRecordFormat
{
    /// <inheritdoc />
    public string Name => "marc21";

    /// <inheritdoc />
    public string Description => "MARC 21 bibliographic records in ISO 2709 (UTF-8 or MARC-8)";

    /// <inheritdoc />
    public string MediaType => "application/marc";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".mrc", ".marc", ".iso", ".usmarc", ".dat"];

    /// <inheritdoc />
    public IReadOnlyList<FormatOption> Options => MarcFormatOptions.All;

    /// <inheritdoc />
    public bool CanRead => true;

    /// <inheritdoc />
    public bool CanWrite => true;

    /// <inheritdoc />
    public int Sniff(ReadOnlySpan<byte> head) => MarcSniffer.Iso2709(head);

    /// <inheritdoc />
    public ICatalogReader CreateReader(Stream input, ReadOptions options) => new Marc21CatalogReader(input, options);

    /// <inheritdoc />
    public IRecordEncoder CreateEncoder(WriteOptions options) => new Marc21Encoder(options);

    /// <inheritdoc />
    IReadOnlyList<string> IRecordFormat.OncePerRun => [MarcDiagnosticCodes.NoOrganizationCode];

    /// <inheritdoc />
    InputSlicing? IRecordFormat.Slicing => Iso2709.Iso2709Slicing.Instance;
}
