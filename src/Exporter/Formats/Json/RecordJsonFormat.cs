using Exporter.Pipeline;

namespace Exporter.Formats.Json;

/// <summary>The hub as JSON Lines: one record per line (schema: schemas/record.schema.json).</summary>
public sealed class RecordJsonFormat : IRecordFormat
{
    /// <inheritdoc />
    public string Name => "json";

    /// <inheritdoc />
    public string Description => "hub records as JSON Lines (schemas/record.schema.json)";

    /// <inheritdoc />
    public string MediaType => "application/jsonl";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson", ".json"];

    /// <inheritdoc />
    public RawRecordLayout RawRecords { get; } = new() { EndsWithLineBreak = true };

    /// <inheritdoc />
    public bool CanRead => true;

    /// <inheritdoc />
    public bool CanWrite => true;

    /// <inheritdoc />
    public int Sniff(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!text.StartsWith('{')) return 0;
        return text.Contains("\"@context\"", StringComparison.Ordinal) ? 0 : text.Contains("\"title\"", StringComparison.Ordinal) ? 70 : 30;
    }

    /// <inheritdoc />
    public ICatalogReader CreateReader(Stream input, ReadOptions options) => new RecordJsonReader(input, options);

    /// <inheritdoc />
    public IRecordEncoder CreateEncoder(WriteOptions options) => new RecordJsonEncoder();

    /// <inheritdoc />
    InputSlicing? IRecordFormat.Slicing => Common.LineSlicing.Instance;
}
