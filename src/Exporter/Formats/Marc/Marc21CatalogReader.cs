using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>
/// Reads ISO 2709 (MARC 21 transmission format) for the pipeline: <see cref="Frame"/> splits the stream with
/// <see cref="Iso2709Framer"/>, <see cref="Parse"/> decodes one segment with <see cref="Iso2709Parser"/> (thread-safe).
/// A rejected record keeps its raw segment.
/// </summary>
internal sealed class Marc21CatalogReader : ICatalogReader
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
            Normalization = options.Formats.Get<MarcReadOptions>().Normalization,
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
                Unreadable = raw.StopsReading,
                StopsReading = raw.StopsReading,
            };
        }
    }

    /// <inheritdoc />
    public ReadResult Parse(RecordSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Unreadable) return ReadResult.Rejected(source, source.Diagnostics);
        if (source.Diagnostics.IsEmpty && Iso2709CanonicalCheck.IsCanonical(source.Raw.Span, _codec, out var id))
        {
            return ReadResult.ReadCanonical(source, () => ParseCanonical(source), _crosswalk, id);
        }

        return MarcReading.ToReadResult(Iso2709Parser.Parse(Raw(source), _codec), source, _crosswalk);
    }

    private static Iso2709RawRecord Raw(RecordSource source) =>
        new(source.Index, source.ByteOffset, MarcReading.Array(source.Raw)) { FramingDiagnostics = source.Diagnostics };

    /// <summary>The record of a canonical segment, parsed when an encoder needs it; the check promised a clean parse.</summary>
    private MarcRecord ParseCanonical(RecordSource source)
    {
        var result = Iso2709Parser.Parse(Raw(source), _codec);
        if (result.Record is null || !result.IsCanonicalIso2709)
        {
            throw new InvalidOperationException($"record {source.Index} passed the canonical check but does not parse cleanly ({result.Diagnostics.FirstOrDefault()?.Code ?? "no diagnostic"})");
        }

        return result.Record;
    }

    /// <inheritdoc />
    public void Dispose() => _input.Dispose();
}
