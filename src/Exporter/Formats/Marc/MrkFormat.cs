using Exporter.Formats.Marc.Model;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>MARC 21 bibliographic records as MarcEdit text (.mrk)</summary>
public sealed class MrkFormat : IRecordFormat
{
    /// <inheritdoc />
    public string Name => "mrk";

    /// <inheritdoc />
    public string Description => "MARC 21 bibliographic records as MarcEdit text (.mrk)";

    /// <inheritdoc />
    public string MediaType => "text/plain";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".mrk"];

    /// <inheritdoc />
    public RawRecordLayout RawRecords { get; } = new() { EndsWithLineBreak = true, Terminator = "\n" };

    /// <inheritdoc />
    public IReadOnlyList<FormatOption> Options => MarcFormatOptions.All;

    /// <inheritdoc />
    public bool CanRead => true;

    /// <inheritdoc />
    public bool CanWrite => true;

    /// <inheritdoc />
    public int Sniff(ReadOnlySpan<byte> head) => MarcSniffer.Mrk(head);

    /// <inheritdoc />
    public ICatalogReader CreateReader(Stream input, ReadOptions options) => new MrkCatalogReader(input, options);

    /// <inheritdoc />
    public IRecordEncoder CreateEncoder(WriteOptions options) => new MrkEncoder(options);

    /// <inheritdoc />
    IReadOnlyList<string> IRecordFormat.OncePerRun => [MarcDiagnosticCodes.NoOrganizationCode];

    /// <inheritdoc />
    InputSlicing? IRecordFormat.Slicing => Formats.Common.LineSlicing.Instance;
}
