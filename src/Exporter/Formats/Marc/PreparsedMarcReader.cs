using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>
/// A MARC reader whose codec reads while framing (MARCXML, .mrk): each framed <see cref="RecordSource"/> carries the
/// codec's <see cref="MarcReadResult"/> (<see cref="RecordSource.WithFramed{T}"/>), or an <see cref="IPendingMarcRecord"/>
/// whose parse was left for <see cref="Parse"/> (on a worker thread); <see cref="Parse"/> maps either to a result.
/// </summary>
internal abstract class PreparsedMarcReader : ICatalogReader
{
    private readonly Stream _input;
    private readonly MarcCrosswalk _crosswalk;

    /// <summary>Creates the reader; it owns <paramref name="input"/>.</summary>
    protected PreparsedMarcReader(Stream input, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        _input = input;
        Options = options;
        _crosswalk = MarcReading.Crosswalk(options);
    }

    /// <summary>The pipeline options.</summary>
    protected ReadOptions Options { get; }

    /// <inheritdoc />
    public IEnumerable<RecordSource> Frame() => FrameAll(_input);

    /// <inheritdoc />
    public ReadResult Parse(RecordSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = source.TryGetFramed<MarcReadResult>(out var read) ? read
            : source.TryGetFramed<IPendingMarcRecord>(out var pending) ? pending.Parse()
            : throw new ArgumentException("the record was not framed by this reader", nameof(source));
        return MarcReading.ToReadResult(result, source, _crosswalk);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Every record of <paramref name="input"/>, framed lazily (the stream stays open).</summary>
    private protected abstract IEnumerable<RecordSource> FrameAll(Stream input);

    /// <summary>The framed record of a codec result read while framing.</summary>
    private protected RecordSource Framed(MarcReadResult result) =>
        new RecordSource(result.Index, result.ByteOffset ?? 0, result.RawBytes ?? ReadOnlyMemory<byte>.Empty)
        {
            Line = result.Line,
            SourceName = Options.SourceName,
        }.WithFramed(result);

    /// <summary>The framed record of a record whose parse is left for <see cref="Parse"/>: its raw bytes, from <paramref name="offset"/>.</summary>
    private protected RecordSource Framed(IPendingMarcRecord pending, long offset, ReadOnlyMemory<byte> raw) =>
        new RecordSource(pending.Index, offset, raw) { Line = pending.Line, SourceName = Options.SourceName }.WithFramed(pending);

    /// <summary>Releases the input.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing) _input.Dispose();
    }
}
