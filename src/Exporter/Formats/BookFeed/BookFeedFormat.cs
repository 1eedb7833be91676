using Exporter.Pipeline;

namespace Exporter.Formats.BookFeed;

/// <summary>
/// The Google Book Actions data feed (docs/mappings/bookfeed.md): one JSON-LD <c>DataFeed</c> with a Work and its
/// Editions per record, each edition offering a <c>BorrowAction</c> from the library named by
/// <c>--library-name</c>/<c>--library-url</c>. Written only; records the spec cannot carry are omitted with a warning
/// each. Not part of <c>--to all</c>: it needs options of its own and serves one consumer.
/// </summary>
public sealed class BookFeedFormat : IRecordFormat
{
    /// <inheritdoc />
    public string Name => "bookfeed";

    /// <inheritdoc />
    public string Description => "Google Book Actions data feed (JSON-LD DataFeed of Work + Edition with a BorrowAction); needs --library-name and --library-url; not in --to all";

    /// <inheritdoc />
    public string MediaType => "application/ld+json";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".feed.jsonld"];

    /// <inheritdoc />
    public bool CanRead => false;

    /// <inheritdoc />
    public bool CanWrite => true;

    /// <inheritdoc />
    public bool InAll => false;

    /// <inheritdoc />
    public IReadOnlyList<FormatOption> Options => BookFeedFormatOptions.All;

    /// <inheritdoc />
    public int Sniff(ReadOnlySpan<byte> head) => 0;

    /// <inheritdoc />
    public ICatalogReader CreateReader(Stream input, ReadOptions options) => throw new NotSupportedException("format 'bookfeed' is written only");

    /// <summary>The feed's encoder; throws <see cref="Diagnostics.ExporterException"/> (CLI0163) without --library-name and --library-url.</summary>
    public IRecordEncoder CreateEncoder(WriteOptions options) => new BookFeedEncoder(options);
}
