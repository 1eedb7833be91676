using Exporter.Diagnostics;
using Exporter.Formats.Common;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Xml;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>
/// Reads MARCXML for the pipeline: <see cref="XmlRecordFramer"/> cuts each <c>record</c> element out of the bytes
/// (streaming, one record in memory at a time) and its parse runs in <see cref="PreparsedMarcReader.Parse"/>, on any
/// thread. A record that is not well-formed is rejected with its raw bytes and reading goes on at the next record;
/// a DTD stops the read. UTF-16 input is read with <see cref="MarcXmlReader"/> instead.
/// </summary>
internal sealed class MarcXmlCatalogReader : PreparsedMarcReader
{
    /// <summary>Creates a reader; it owns <paramref name="input"/>.</summary>
    public MarcXmlCatalogReader(Stream input, ReadOptions options)
        : base(input, options)
    {
    }

    /// <inheritdoc />
    private protected override IEnumerable<RecordSource> FrameAll(Stream input)
    {
        var options = new MarcXmlReaderOptions { Strictness = MarcReading.Strictness(Options), Normalization = MarcReading.Normalization(Options), SourceName = Options.SourceName, MaxNesting = Options.MaxNesting };
        var framer = new XmlRecordFramer(input, IsRecord);
        if (framer.IsUtf16())
        {
            foreach (var source in FrameWithParser(new PrefixedStream(framer.Buffered.ToArray(), input), options)) yield return source;
            yield break;
        }

        long index = 0;
        foreach (var framed in framer.Records())
        {
            if (framed.StopsReading)
            {
                var d = new Diagnostic(MarcDiagnosticCodes.XmlDtdRefused, Severity.Error, "DTDs and entity declarations are refused (no entity is expanded or fetched); remove the DOCTYPE. Reading stops")
                {
                    RecordIndex = index, ByteOffset = framed.Offset, Line = framed.Line, Source = Options.SourceName,
                };
                yield return new RecordSource(index, framed.Offset, framed.Bytes) { Line = framed.Line, SourceName = Options.SourceName, Unreadable = true, StopsReading = true, Diagnostics = [d] };
                yield break;
            }

            yield return Framed(new MarcXmlFramedRecord(framed, index++, options)) with { ByteOffset = framed.Offset, Raw = framed.Bytes };
        }
    }

    /// <summary>MARC 21 slim <c>record</c> elements, and <c>record</c> elements in no namespace; not OAI-PMH's <c>record</c>.</summary>
    private static bool IsRecord(string ns, string local) => local == MarcXmlNames.Record && ns is MarcXmlNames.Namespace or "";

    /// <summary>UTF-16 input, which bytes cannot be scanned in: read with the XML parser (a syntax error then stops the run).</summary>
    private IEnumerable<RecordSource> FrameWithParser(Stream input, MarcXmlReaderOptions options)
    {
        using var reader = new MarcXmlReader(input, options);
        foreach (var item in reader.ReadDeferred())
        {
            yield return item switch
            {
                MarcXmlPendingRecord pending => Framed(pending),
                // The parser cannot go on past malformed XML: the run stops there (never a silent end of the input).
                MarcReadResult result => Framed(result) with { StopsReading = result.Diagnostics.Any(d => d.Code is MarcDiagnosticCodes.XmlNotWellFormed or MarcDiagnosticCodes.XmlDtdRefused) },
                _ => throw new InvalidOperationException("unexpected item from the MARCXML reader"),
            };
        }
    }
}
