using Exporter.Pipeline;

namespace Exporter.Formats.CatalogText;

/// <summary>The library's catalog-page text layout (docs/formats/catalog-text.md).</summary>
public sealed class CatalogTextFormat : IRecordFormat
{
    /// <inheritdoc />
    public string Name => "text";

    /// <inheritdoc />
    public string Description => "catalog-page text layout (several records separated by form-feed lines)";

    /// <inheritdoc />
    public string MediaType => "text/plain";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text"];

    /// <inheritdoc />
    public RawRecordLayout RawRecords { get; } = new() { Separator = "\f\n" };

    /// <inheritdoc />
    public bool CanRead => true;

    /// <inheritdoc />
    public bool CanWrite => true;

    /// <inheritdoc />
    public int Sniff(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.UTF8.GetString(head);
        if (text.Contains("Resource Type:\u00a0", StringComparison.Ordinal) || text.Contains("Cx Number:", StringComparison.Ordinal)) return 80;
        if (text.Contains("Publisher:\u00a0", StringComparison.Ordinal) || text.Contains("Year Published:", StringComparison.Ordinal)) return 60;
        return 0;
    }

    /// <inheritdoc />
    public ICatalogReader CreateReader(Stream input, ReadOptions options) => new CatalogTextReader(input, options);

    /// <inheritdoc />
    public IRecordEncoder CreateEncoder(WriteOptions options) => new CatalogTextEncoder();

    /// <inheritdoc />
    InputSlicing? IRecordFormat.Slicing => Common.LineSlicing.Instance;
}
