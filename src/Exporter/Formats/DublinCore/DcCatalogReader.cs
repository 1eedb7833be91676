using System.Collections.Immutable;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// The pipeline reader of the <c>dc</c> and <c>dcterms</c> formats: <see cref="DublinCoreReader"/> frames and parses
/// in one pass (the <see cref="DublinCoreRecord"/> travels as <see cref="RecordSource.Preparsed"/>); records the
/// reader rejects come back unreadable with their XML kept as raw bytes; a document that stops being readable
/// (malformed XML, a DTD) ends the input with one unreadable source carrying the error. The hub record is made
/// lazily by <see cref="DublinCoreCrosswalk"/>.
/// </summary>
public sealed class DcCatalogReader : ICatalogReader
{
    private readonly DublinCoreReader _reader;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly Queue<RejectedDcRecord> _rejected = new();
    private readonly DublinCoreCrosswalk _crosswalk = new();
    private readonly string? _sourceName;

    /// <summary>Creates the reader; it owns <paramref name="input"/>.</summary>
    public DcCatalogReader(Stream input, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _sourceName = options.SourceName;
        _reader = new DublinCoreReader(input, new DublinCoreReaderOptions { SourceName = options.SourceName, OnRejected = _rejected.Enqueue }, _diagnostics);
    }

    /// <inheritdoc />
    public IEnumerable<RecordSource> Frame()
    {
        using var records = _reader.ReadAll().GetEnumerator();
        while (true)
        {
            bool more;
            RecordFormatException? fatal = null;
            try
            {
                more = records.MoveNext();
            }
            catch (RecordFormatException ex)
            {
                more = false;
                fatal = ex;
            }

            while (_rejected.TryDequeue(out var r))
            {
                yield return new RecordSource(r.RecordIndex, 0, Encoding.UTF8.GetBytes(r.RawXml))
                {
                    SourceName = _sourceName, Unreadable = true, Diagnostics = Drain(),
                };
            }

            if (fatal is not null)
            {
                var d = fatal.Diagnostic;
                yield return new RecordSource(d.RecordIndex ?? _reader.RecordCount, 0, ReadOnlyMemory<byte>.Empty)
                {
                    SourceName = _sourceName, Unreadable = true, Diagnostics = [.. Drain().Where(x => x != d), d],
                };
                yield break;
            }

            if (!more) yield break;
            yield return new RecordSource(_reader.RecordCount - 1, 0, ReadOnlyMemory<byte>.Empty)
            {
                SourceName = _sourceName, Preparsed = records.Current, Diagnostics = Drain(),
            };
        }
    }

    /// <inheritdoc />
    public ReadResult Parse(RecordSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Unreadable || source.Preparsed is not DublinCoreRecord dc) return ReadResult.Rejected(source, source.Diagnostics);
        return ReadResult.ReadNative(source, dc, (o, d) => _crosswalk.ToCatalog((DublinCoreRecord)o, d), source.Diagnostics, dc.Header?.Identifier);
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

    private ImmutableArray<Diagnostic> Drain()
    {
        var items = _diagnostics.Items.ToImmutableArray();
        _diagnostics.Clear();
        return items;
    }
}
