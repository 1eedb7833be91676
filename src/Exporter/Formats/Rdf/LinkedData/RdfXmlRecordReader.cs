using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf.RdfXml;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// Reads an RDF/XML document as hub records (<see cref="WholeDocumentRecordReader"/>) with <see cref="RdfXmlReader"/>:
/// no DTD, nothing external resolved, relative IRIs only under <c>xml:base</c>, elements nested at most
/// <see cref="ReadOptions.MaxNesting"/> deep. A syntax error (RDF0201-RDF0205) is placed by line, column and byte offset.
/// </summary>
internal sealed class RdfXmlRecordReader(Stream input, ReadOptions options, ILinkedDataVocabulary vocabulary)
    : WholeDocumentRecordReader(input, options, vocabulary, RdfSyntaxKind.RdfXml)
{
    /// <inheritdoc />
    protected override string SyntaxName => "RDF/XML";

    /// <inheritdoc />
    protected override RdfGraph? ParseDocument(byte[] bytes, DiagnosticBag bag, out Diagnostic? error)
    {
        error = null;
        var xml = new RdfXmlReaderOptions { SourceName = Options.SourceName, MaxNesting = Math.Clamp(Options.MaxNesting, 1, 1000) };
        try
        {
            using var reader = new RdfXmlReader(new MemoryStream(bytes), xml);
            return reader.ReadGraph();
        }
        catch (RdfParseException ex)
        {
            error = ex.Diagnostic with { ByteOffset = ByteOffsetOf(bytes, ex.Line, ex.Column) };
            return null;
        }
    }

    /// <summary>The UTF-8 byte offset of a 1-based line and column (UTF-16 code units), or null when unknown.</summary>
    internal static long? ByteOffsetOf(byte[] bytes, int line, int column)
    {
        if (line <= 0) return null;
        var start = 0;
        if (bytes.AsSpan().StartsWith("\uFEFF"u8)) start = 3;
        for (var l = 1; l < line; l++)
        {
            var next = bytes.AsSpan(start).IndexOf((byte)'\n');
            if (next < 0) return null;
            start += next + 1;
        }

        if (column <= 1) return start;
        var end = bytes.AsSpan(start).IndexOf((byte)'\n');
        var lineBytes = end < 0 ? bytes.AsSpan(start) : bytes.AsSpan(start, end);
        var text = Encoding.UTF8.GetString(lineBytes);
        var chars = Math.Min(column - 1, text.Length);
        return start + Encoding.UTF8.GetByteCount(text.AsSpan(0, chars));
    }
}
