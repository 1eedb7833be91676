using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>
/// Reads ISO 2709 (MARC 21 transmission format) for the pipeline: <see cref="Frame"/> splits the stream with
/// <see cref="Iso2709Framer"/>, <see cref="Parse"/> decodes one segment with <see cref="Iso2709Parser"/> (thread-safe).
/// A rejected record keeps its raw segment.
/// </summary>
public sealed class Marc21CatalogReader : ICatalogReader
{
    private readonly Stream _input;
    private readonly Iso2709ReaderOptions _codec;
    private readonly MarcCrosswalk _crosswalk;

    /// <summary>Creates a reader; it owns <paramref name="input"/>.</summary>
    public Marc21CatalogReader(Stream input, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        _input = input;
        _codec = new Iso2709ReaderOptions
        {
            Strictness = MarcReading.Strictness(options),
            Encoding = options.Formats.Get<MarcReadOptions>().Encoding,
            MaxRecordBytes = Math.Max(24, Math.Min(options.MaxRecordBytes, Iso2709ReaderOptions.Default.MaxRecordBytes)),
            SourceName = options.SourceName,
        };
        _crosswalk = MarcReading.Crosswalk(options);
    }

    /// <inheritdoc />
    public IEnumerable<RecordSource> Frame()
    {
        var framer = new Iso2709Framer(_input, _codec);
        foreach (var raw in framer.ReadAll())
        {
            yield return new RecordSource(raw.Index, raw.ByteOffset, raw.Bytes)
            {
                SourceName = _codec.SourceName,
                Diagnostics = raw.FramingDiagnostics,
            };
        }
    }

    /// <inheritdoc />
    public ReadResult Parse(RecordSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var raw = new Iso2709RawRecord(source.Index, source.ByteOffset, MarcReading.Array(source.Raw)) { FramingDiagnostics = source.Diagnostics };
        return MarcReading.ToReadResult(Iso2709Parser.Parse(raw, _codec), source, _crosswalk);
    }

    /// <inheritdoc />
    public void Dispose() => _input.Dispose();
}
