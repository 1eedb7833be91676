using Exporter.Diagnostics;
using Exporter.Formats.Common;
using Exporter.Pipeline;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// The pipeline reader of the <c>dc</c> and <c>dcterms</c> formats: <see cref="XmlRecordFramer"/> cuts each record
/// (an OAI-PMH <c>record</c> with its header, or a bare <c>oai_dc:dc</c>, <c>srw_dc:dc</c>, <c>qualifieddc</c> or
/// <c>simpledc</c>) out of the bytes, and <see cref="Parse"/> reads it alone, on any thread. A record that is not
/// well-formed is rejected with its raw bytes and reading goes on at the next record; a DTD stops the read with the
/// rest kept. UTF-16 input is framed the same way, through its UTF-8 transcoding. The hub record is made lazily by
/// <see cref="DublinCoreCrosswalk"/>.
/// </summary>
internal sealed class DcCatalogReader : ICatalogReader
{
    private readonly Stream _input;
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
        var framer = XmlRecordFramer.Open(_input, DcFramedRecord.IsUnit);
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

        return ReadResult.Rejected(source, source.Diagnostics);
    }

    /// <inheritdoc />
    public void Dispose() => _input.Dispose();
}
