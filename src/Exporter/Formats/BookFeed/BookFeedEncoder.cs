using System.Buffers;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Formats.BookFeed;

/// <summary>
/// Encodes the Google Book Actions feed: one <c>DataFeed</c> document whose <c>dataFeedElement</c> array holds one
/// entry per record the spec can carry (<see cref="Carries"/>: others are omitted with a FEED warning). The feed's
/// <c>dateModified</c> is the run's clock (SOURCE_DATE_EPOCH in the CLI). The entry mapped by <see cref="Carries"/> is
/// this worker's scratch until <see cref="Encode"/> writes it.
/// </summary>
internal sealed class BookFeedEncoder : IRecordEncoder
{
    private readonly WriteOptions _options;
    private readonly BookFeedCrosswalk _crosswalk;
    private readonly BookFeedJson _json;
    private readonly BookFeedLender _lender;
    private ReadResult? _mappedFor;
    private BookFeedEntry? _mapped;

    /// <summary>Creates the encoder; throws <see cref="ExporterException"/> (CLI0163) without a library name and URL.</summary>
    public BookFeedEncoder(WriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var feed = options.Formats.Get<BookFeedWriteOptions>();
        if (string.IsNullOrWhiteSpace(feed.LibraryName) || feed.LibraryUrl is null)
        {
            throw new ExporterException(new Diagnostic(BookFeedDiagnosticCodes.LibraryMissing, Severity.Error,
                "bookfeed needs --library-name and --library-url: every edition's BorrowAction names its lender, a LibrarySystem"));
        }

        _options = options;
        _lender = new BookFeedLender(feed.LibraryName, feed.LibraryUrl);
        _crosswalk = new BookFeedCrosswalk(options);
        _json = new BookFeedJson(_lender);
    }

    /// <inheritdoc />
    public bool Carries(ReadResult record, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        _mapped = _crosswalk.Map(record.GetCatalog(diagnostics), diagnostics);
        _mappedFor = record;
        return _mapped is not null;
    }

    /// <inheritdoc />
    public void Encode(ReadResult record, long ordinal, IBufferWriter<byte> output, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        var entry = ReferenceEquals(_mappedFor, record) ? _mapped : _crosswalk.Map(record.GetCatalog(diagnostics), diagnostics);
        _mappedFor = null;
        _mapped = null;
        if (entry is null)
        {
            throw new RecordWriteException(new Diagnostic(BookFeedDiagnosticCodes.NotCarried, Severity.Error,
                "the book feed cannot carry this record (see the warning before); ask Carries first"));
        }

        _json.Write(entry, output);
    }

    /// <inheritdoc />
    public void WriteHeader(IBufferWriter<byte> output) => output.Write(Encoding.UTF8.GetBytes(
        $"{{\"@context\":\"{BookFeedJson.Context}\",\"@type\":\"DataFeed\",\"dateModified\":\"{BookFeedJson.Timestamp(_options.Clock.GetUtcNow())}\",\"dataFeedElement\":["));

    /// <inheritdoc />
    public void WriteSeparator(IBufferWriter<byte> output) => output.Write(",\n"u8);

    /// <inheritdoc />
    public void WriteBefore(IBufferWriter<byte> output, long written) => output.Write(written == 0 ? "\n"u8 : ",\n"u8);

    /// <inheritdoc />
    public void WriteFooter(IBufferWriter<byte> output) => WriteFooter(output, 1);

    /// <inheritdoc />
    public void WriteFooter(IBufferWriter<byte> output, long written) => output.Write(written == 0 ? "]}\n"u8 : "\n]}\n"u8);

    /// <summary>A copy with its own JSON writer and scratch entry.</summary>
    public IRecordEncoder ForWorker() => new BookFeedEncoder(_options);
}
