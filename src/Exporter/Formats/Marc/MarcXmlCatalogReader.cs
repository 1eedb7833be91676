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
/// a DTD stops the read. UTF-16 input is framed the same way, through its UTF-8 transcoding.
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
        var framer = XmlRecordFramer.Open(input, IsRecord);
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

            yield return Framed(new MarcXmlFramedRecord(framed, index++, options), framed.Offset, framed.Bytes);
        }
    }

    /// <summary>MARC 21 slim <c>record</c> elements, and <c>record</c> elements in no namespace; not OAI-PMH's <c>record</c>.</summary>
    private static bool IsRecord(string ns, string local) => local == MarcXmlNames.Record && ns is MarcXmlNames.Namespace or "";
}
