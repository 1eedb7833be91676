using Exporter.Formats.Marc.Model;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>MARC 21 bibliographic records as MARCXML (MARC 21 slim)</summary>
public sealed class MarcXmlFormat : IRecordFormat
{
    /// <inheritdoc />
    public string Name => "marcxml";

    /// <inheritdoc />
    public string Description => "MARC 21 bibliographic records as MARCXML (MARC 21 slim)";

    /// <inheritdoc />
    public string MediaType => "application/marcxml+xml";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".marc.xml", ".xml"];

    /// <inheritdoc />
    public IReadOnlyList<FormatOption> Options => MarcFormatOptions.All;

    /// <inheritdoc />
    public bool CanRead => true;

    /// <inheritdoc />
    public bool CanWrite => true;

    /// <inheritdoc />
    public int Sniff(ReadOnlySpan<byte> head) => MarcSniffer.MarcXml(head);

    /// <inheritdoc />
    public ICatalogReader CreateReader(Stream input, ReadOptions options) => new MarcXmlCatalogReader(input, options);

    /// <inheritdoc />
    public IRecordEncoder CreateEncoder(WriteOptions options) => new MarcXmlEncoder(options);

    /// <inheritdoc />
    IReadOnlyList<string> IRecordFormat.OncePerRun => [MarcDiagnosticCodes.NoOrganizationCode];

    /// <inheritdoc />
    InputSlicing? IRecordFormat.Slicing => Xml.MarcXmlSlicing.Instance;
}
