using System.Collections.Immutable;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Common;
using Exporter.Pipeline;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// The pipeline reader of the <c>dc</c> and <c>dcterms</c> formats: <see cref="XmlRecordFramer"/> cuts each record
/// (an OAI-PMH <c>record</c> with its header, or a bare <c>oai_dc:dc</c>, <c>srw_dc:dc</c>, <c>qualifieddc</c> or
/// <c>simpledc</c>) out of the bytes, and <see cref="Parse"/> reads it alone, on any thread. A record that is not
/// well-formed is rejected with its raw bytes and reading goes on at the next record; a DTD stops the read with the
/// rest kept. UTF-16 input is read with <see cref="DublinCoreReader"/> instead. The hub record is made lazily by
/// <see cref="DublinCoreCrosswalk"/>.
/// </summary>
internal sealed class DcCatalogReader : ICatalogReader
{
    private readonly Stream _input;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly Queue<RejectedDcRecord> _rejected = new();
    private readonly DublinCoreCrosswalk _crosswalk = new();
    private readonly string? _sourceName;

    /// <summary>Creates the reader; it owns <paramref name="input"/>.</summary>
    public DcCatalogReader(Stream input, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _sourceName = options.SourceName;
        ArgumentNullException.ThrowIfNull(input);
        _input = input;
    }

    /// <inheritdoc />
    public IEnumerable<RecordSource> Frame()
    {
        var framer = new XmlRecordFramer(_input, DcFramedRecord.IsUnit);
        if (framer.IsUtf16())
        {
            foreach (var source in FrameWithParser(new PrefixedStream(framer.Buffered.ToArray(), _input))) yield return source;
            yield break;
        }

        long index = 0;
        foreach (var framed in framer.Records())
        {
            if (framed.StopsReading)
            {
                var d = new Diagnostic(DcDiagnosticCodes.DtdRefused, Severity.Error, "DTDs and entity declarations are refused (hostile or legacy XML); remove the DOCTYPE. Reading stops")
                {
                    RecordIndex = index, ByteOffset = framed.Offset, Line = framed.Line, Source = _sourceName,
                };
                yield return new RecordSource(index, framed.Offset, framed.Bytes) { Line = framed.Line, SourceName = _sourceName, Unreadable = true, StopsReading = true, Diagnostics = [d] };
                yield break;
            }

            if (DcFramedRecord.IsDeleted(framed)) continue; // an OAI-PMH deletion is not a record
            yield return new RecordSource(index, framed.Offset, framed.Bytes) { Line = framed.Line, SourceName = _sourceName }.WithFramed(new DcFramedRecord(framed, index, _sourceName));
            index++;
        }
    }

    /// <summary>UTF-16 input, which bytes cannot be scanned in: read with the XML parser (malformed XML then stops the run).</summary>
    private IEnumerable<RecordSource> FrameWithParser(Stream input)
    {
        var reader = new DublinCoreReader(input, new DublinCoreReaderOptions { SourceName = _sourceName, OnRejected = _rejected.Enqueue }, _diagnostics);
        using var records = reader.ReadAll().GetEnumerator();
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
                // The parser cannot go on past malformed XML: the run stops here (never a silent end of the input).
                yield return new RecordSource(d.RecordIndex ?? reader.RecordCount, 0, ReadOnlyMemory<byte>.Empty)
                {
                    SourceName = _sourceName, Unreadable = true, StopsReading = true, Diagnostics = [.. Drain().Where(x => x != d), d],
                };
                yield break;
            }

            if (!more) yield break;
            yield return new RecordSource(reader.RecordCount - 1, 0, ReadOnlyMemory<byte>.Empty)
            {
                SourceName = _sourceName, Diagnostics = Drain(),
            }.WithFramed(records.Current);
        }
    }

    /// <inheritdoc />
    public ReadResult Parse(RecordSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.TryGetFramed<DcFramedRecord>(out var framed))
        {
            var record = framed.Parse(out var diagnostics, out var id);
            return record is null
                ? ReadResult.Rejected(source, diagnostics, id)
                : ReadResult.ReadNative(source, record, _crosswalk, diagnostics, record.Header?.Identifier);
        }

        if (source.Unreadable || !source.TryGetFramed<DublinCoreRecord>(out var dc)) return ReadResult.Rejected(source, source.Diagnostics);
        return ReadResult.ReadNative(source, dc, _crosswalk, source.Diagnostics, dc.Header?.Identifier);
    }

    /// <inheritdoc />
    public void Dispose() => _input.Dispose();

    private ImmutableArray<Diagnostic> Drain()
    {
        var items = _diagnostics.Items.ToImmutableArray();
        _diagnostics.Clear();
        return items;
    }
}
