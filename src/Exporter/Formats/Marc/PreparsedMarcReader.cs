using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>
/// A MARC reader whose codec parses while framing (MARCXML, .mrk): each framed <see cref="RecordSource"/> carries
/// the codec's <see cref="MarcReadResult"/> in <see cref="RecordSource.Preparsed"/>; <see cref="Parse"/> only maps it.
/// </summary>
public abstract class PreparsedMarcReader : ICatalogReader
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
    public IEnumerable<RecordSource> Frame()
    {
        foreach (var result in ReadAll(_input))
        {
            yield return new RecordSource(result.Index, result.ByteOffset ?? 0, result.RawBytes ?? ReadOnlyMemory<byte>.Empty)
            {
                Line = result.Line,
                SourceName = Options.SourceName,
                Preparsed = result,
            };
        }
    }

    /// <inheritdoc />
    public ReadResult Parse(RecordSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Preparsed is not MarcReadResult result) throw new ArgumentException("the record was not framed by this reader", nameof(source));
        return MarcReading.ToReadResult(result, source, _crosswalk);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Every codec result of <paramref name="input"/>, lazily (the stream stays open).</summary>
    protected abstract IEnumerable<MarcReadResult> ReadAll(Stream input);

    /// <summary>Releases the input.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing) _input.Dispose();
    }
}
