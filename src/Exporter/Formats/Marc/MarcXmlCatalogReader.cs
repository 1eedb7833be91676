using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Xml;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>
/// Reads MARCXML for the pipeline: <see cref="Frame"/> walks the document with <see cref="MarcXmlReader"/> and loads
/// each record's small tree (streaming: one record in memory at a time), <see cref="Parse"/> turns the tree into a
/// MarcRecord, on any thread. A rejected record keeps its XML text as raw bytes.
/// </summary>
public sealed class MarcXmlCatalogReader : ICatalogReader
{
    private readonly Stream _input;
    private readonly ReadOptions _options;
    private readonly MarcCrosswalk _crosswalk;

    /// <summary>Creates a reader; it owns <paramref name="input"/>.</summary>
    public MarcXmlCatalogReader(Stream input, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        _input = input;
        _options = options;
        _crosswalk = MarcReading.Crosswalk(options);
    }

    /// <inheritdoc />
    public IEnumerable<RecordSource> Frame()
    {
        using var reader = new MarcXmlReader(_input, new MarcXmlReaderOptions { Strictness = MarcReading.Strictness(_options), SourceName = _options.SourceName, MaxNesting = _options.MaxNesting });
        foreach (var item in reader.ReadDeferred())
        {
            yield return item switch
            {
                MarcXmlPendingRecord pending => new RecordSource(pending.Index, 0, ReadOnlyMemory<byte>.Empty) { Line = pending.Line, SourceName = _options.SourceName, Preparsed = pending },
                MarcReadResult result => new RecordSource(result.Index, result.ByteOffset ?? 0, result.RawBytes ?? ReadOnlyMemory<byte>.Empty)
                {
                    Line = result.Line, SourceName = _options.SourceName, Preparsed = result,
                },
                _ => throw new InvalidOperationException("unexpected item from the MARCXML reader"),
            };
        }
    }

    /// <inheritdoc />
    public ReadResult Parse(RecordSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = source.Preparsed switch
        {
            MarcXmlPendingRecord pending => pending.Parse(),
            MarcReadResult read => read,
            _ => throw new ArgumentException("the record was not framed by this reader", nameof(source)),
        };
        return MarcReading.ToReadResult(result, source, _crosswalk);
    }

    /// <inheritdoc />
    public void Dispose() => _input.Dispose();
}
