using System.Xml;
using System.Xml.Linq;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Xml;

/// <summary>
/// Reads MARCXML records one by one with a streaming <see cref="XmlReader"/> (no DTD, no external entities).
/// Finds <c>record</c> elements anywhere: a collection, a single record, OAI-PMH or other wrappers, any prefix,
/// or no namespace at all (then only when its first child is a MARC element). A malformed record is rejected
/// and reading goes on; XML that is not well-formed ends the read with an error (an XML parser cannot resume).
/// The stream is not disposed.
/// </summary>
public sealed class MarcXmlReader : IDisposable
{
    private readonly XmlReader _xml;
    private readonly MarcXmlReaderOptions _options;
    private long _index;
    private bool _done;

    /// <summary>Reads from <paramref name="input"/>.</summary>
    public MarcXmlReader(Stream input, MarcXmlReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        _options = options ?? MarcXmlReaderOptions.Default;
        _xml = XmlReader.Create(input, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        });
    }

    /// <summary>Every record, lazily, in document order.</summary>
    public IEnumerable<MarcReadResult> ReadAll()
    {
        while (Next() is { } item) yield return item;
    }

    private MarcReadResult? Next()
    {
        if (_done) return null;
        var line = 0;
        var column = 0;
        try
        {
            while (_xml.Read())
            {
                if (_xml.NodeType != XmlNodeType.Element || _xml.LocalName != MarcXmlNames.Record) continue;
                var ns = _xml.NamespaceURI;
                if (ns != MarcXmlNames.Namespace && ns.Length != 0) continue;
                (line, column) = Position();
                // The record is loaded as a small tree first, so that a rejected record keeps its XML text as raw
                // bytes (nothing is lost); the tree keeps the document's line numbers for diagnostics.
                var element = XElement.Load(new DublinCore.DepthLimitedXmlReader(_xml.ReadSubtree(), _options.MaxNesting, "MarcXmlReaderOptions.MaxNesting"), LoadOptions.SetLineInfo);
                var result = ParseElement(element, _options, _index);
                if (result is null)
                {
                    // a no-namespace <record> that is not MARC (e.g. OAI-PMH): look for MARC records inside it
                    foreach (var inner in element.Descendants().Where(IsRecordElement))
                    {
                        result = ParseElement(inner, _options, _index);
                        if (result is not null) break;
                    }
                }

                if (result is null)
                {
                    line = 0;
                    continue;
                }

                _index++;
                return result;
            }
        }
        catch (XmlException e)
        {
            _done = true;
            var inRecord = line > 0;
            var dtd = e.Message.Contains("DTD", StringComparison.Ordinal);
            var diagnostic = new Diagnostic(dtd ? MarcDiagnosticCodes.XmlDtdRefused : MarcDiagnosticCodes.XmlNotWellFormed, Severity.Error,
                dtd ? "DTDs and entity declarations are refused (no entity is expanded or fetched); remove the DOCTYPE. Reading stops"
                    : $"XML is not well-formed, reading stops: {e.Message}")
            {
                RecordIndex = inRecord ? _index : null,
                Line = e.LineNumber > 0 ? e.LineNumber : null, // .NET gives no position for a refused DTD
                Column = e.LineNumber > 0 ? e.LinePosition : null,
                Source = _options.SourceName,
                Hints = e is DublinCore.XmlNestingLimitException limit ? [limit.Hint] : [],
            };
            if (!inRecord)
            {
                return new MarcReadResult { Index = _index, Line = diagnostic.Line, Diagnostics = [diagnostic] };
            }

            return new MarcReadResult { Index = _index++, Line = line, Diagnostics = [diagnostic] };
        }

        _done = true;
        return null;
    }

    private static bool IsRecordElement(XElement e) =>
        e.Name.LocalName == MarcXmlNames.Record && (e.Name.NamespaceName == MarcXmlNames.Namespace || e.Name.NamespaceName.Length == 0);

    /// <summary>Parses one record element; a rejected record keeps its XML text as raw bytes.</summary>
    /// <summary>Parses one loaded record element (thread-safe: the element is the caller's alone).</summary>
    internal static MarcReadResult? ParseElement(XElement element, MarcXmlReaderOptions options, long index)
    {
        MarcReadResult? result;
        using (var sub = element.CreateReader())
        {
            sub.MoveToContent();
            result = new MarcXmlRecordParser(sub, options, index).Parse();
        }

        if (result is { Record: null, RawBytes: null })
        {
            result = result with { RawBytes = System.Text.Encoding.UTF8.GetBytes(element.ToString(SaveOptions.DisableFormatting)) };
        }

        return result;
    }

    /// <summary>Releases the XML reader; the stream stays open.</summary>
    public void Dispose() => _xml.Dispose();

    private (int Line, int Column) Position() =>
        _xml is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);
}
