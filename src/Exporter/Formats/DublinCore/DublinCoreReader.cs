using System.Xml;
using System.Xml.Linq;
using Exporter.Diagnostics;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// Reads Dublin Core records from XML as harvesters get it, one pass, lazily: every <c>oai_dc:dc</c> (bare, in an
/// OAI-PMH response, in LoC's <c>oai_dc:dcCollection</c>), <c>srw_dc:dc</c>, <c>qualifieddc</c> and <c>simpledc</c>
/// element anywhere in the document is one record; OAI-PMH <c>record</c>s also give their header. DTDs and
/// external entities are refused (DC0002); malformed XML stops the read (DC0001). Both throw
/// <see cref="RecordFormatException"/> after reporting.
/// </summary>
public sealed class DublinCoreReader : IDisposable
{
    private static readonly XNamespace Oai = DcNamespaces.OaiPmh;
    private readonly XmlReader _xml;
    private readonly DublinCoreReaderOptions _options;
    private readonly IDiagnostics _diagnostics;
    private readonly DcRecordParser _parser;
    private bool _explained;

    /// <summary>Creates the reader over a stream (encoding from the XML declaration, UTF-8 by default).</summary>
    public DublinCoreReader(Stream input, DublinCoreReaderOptions? options = null, IDiagnostics? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        _options = options ?? new DublinCoreReaderOptions();
        _diagnostics = diagnostics ?? NullDiagnostics.Instance;
        _parser = new DcRecordParser(_diagnostics, _options.SourceName);
        _xml = XmlReader.Create(input, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = false,
            CheckCharacters = true,
            CloseInput = !_options.LeaveOpen,
        });
    }

    /// <summary>Records found so far (read and rejected; OAI deleted records are not records).</summary>
    public long RecordCount { get; private set; }

    /// <summary>Records rejected so far.</summary>
    public long RejectedCount { get; private set; }

    /// <summary>The records, lazily, in document order.</summary>
    public IEnumerable<DublinCoreRecord> ReadAll()
    {
        while (Next() is { } record) yield return record;
    }

    /// <inheritdoc />
    public void Dispose() => _xml.Dispose();

    /// <summary>True for an element that holds one DC record.</summary>
    internal static bool IsRecordElement(string ns, string local) =>
        (local == "dc" && (ns == DcNamespaces.OaiDc || ns == DcNamespaces.SrwDc)) || local is "qualifieddc" or "simpledc";

    private DublinCoreRecord? Next()
    {
        try
        {
            while (_xml.Read())
            {
                if (_xml.NodeType != XmlNodeType.Element) continue;
                var ns = _xml.NamespaceURI;
                var local = _xml.LocalName;
                DublinCoreRecord? record = null;
                if (ns == DcNamespaces.OaiPmh && local == "record") record = ReadOaiRecord();
                else if (ns == DcNamespaces.OaiPmh && local == "error") ReadOaiError();
                else if (IsRecordElement(ns, local)) record = ReadBare();
                if (record is not null) return record;
            }

            if (RecordCount == 0 && !_explained)
            {
                _explained = true;
                _diagnostics.Report(new Diagnostic(DcDiagnosticCodes.NoRecords, Severity.Warning,
                    "no Dublin Core record found: expected oai_dc:dc, srw_dc:dc, qualifieddc or simpledc elements holding elements in the " +
                    DcNamespaces.Elements + " or " + DcNamespaces.Terms + " namespaces") { Source = _options.SourceName });
            }

            return null;
        }
        catch (XmlException ex)
        {
            var dtd = ex.Message.Contains("DTD", StringComparison.Ordinal);
            var d = new Diagnostic(dtd ? DcDiagnosticCodes.DtdRefused : DcDiagnosticCodes.MalformedXml, Severity.Error,
                dtd ? "DTDs and entity declarations are refused (hostile or legacy XML); remove the DOCTYPE" : "XML is not well-formed: " + ex.Message)
            {
                RecordIndex = RecordCount, Line = ex.LineNumber == 0 ? null : ex.LineNumber,
                Column = ex.LinePosition == 0 ? null : ex.LinePosition, Source = _options.SourceName,
                Hints = ex is XmlNestingLimitException limit ? [limit.Hint] : [],
            };
            _diagnostics.Report(d);
            throw new RecordFormatException(d, ex);
        }
    }

    private DublinCoreRecord? ReadBare()
    {
        var inherited = InheritedNamespaces();
        var element = LoadElement();
        var index = RecordCount++;
        var record = _parser.Parse(element, index, null, inherited, out var rejection);
        if (record is null) Reject(index, element, rejection!, inherited);
        return record;
    }

    private DublinCoreRecord? ReadOaiRecord()
    {
        var inherited = InheritedNamespaces();
        var element = LoadElement();
        var header = element.Element(Oai + "header");
        var id = header?.Element(Oai + "identifier")?.Value;
        if (header?.Attribute("status")?.Value == "deleted")
        {
            _explained = true;
            _diagnostics.Report(new Diagnostic(DcDiagnosticCodes.DeletedRecord, Severity.Info, "deleted OAI-PMH record skipped")
            {
                RecordId = id, Source = _options.SourceName, Line = LineOf(element),
            });
            return null;
        }

        var index = RecordCount++;
        OaiHeader? oaiHeader = string.IsNullOrEmpty(id) ? null : new OaiHeader(id)
        {
            Datestamp = header!.Element(Oai + "datestamp")?.Value,
            SetSpecs = [.. header.Elements(Oai + "setSpec").Select(s => s.Value)],
        };
        var dc = element.Element(Oai + "metadata")?.Elements().FirstOrDefault();
        if (dc is null || !IsRecordElement(dc.Name.NamespaceName, dc.Name.LocalName))
        {
            Reject(index, element, new Diagnostic(DcDiagnosticCodes.NotDublinCore, Severity.Error,
                dc is null ? "OAI-PMH record has no metadata" : $"OAI-PMH record metadata is {dc.Name}, not Dublin Core")
            {
                RecordIndex = index, RecordId = id, Source = _options.SourceName, Line = LineOf(element),
            }, inherited);
            return null;
        }

        var record = _parser.Parse(dc, index, oaiHeader, inherited, out var rejection);
        if (record is null) Reject(index, element, rejection!, inherited);
        return record;
    }

    private void ReadOaiError()
    {
        var element = LoadElement();
        _explained = true;
        _diagnostics.Report(new Diagnostic(DcDiagnosticCodes.OaiError, Severity.Info,
            $"OAI-PMH error {element.Attribute("code")?.Value}: {element.Value}") { Source = _options.SourceName, Line = LineOf(element) });
    }

    private void Reject(long index, XElement element, Diagnostic reason, IDictionary<string, string>? inherited)
    {
        _diagnostics.Report(reason);
        if (_options.OnRejected is null)
        {
            throw new RecordFormatException(reason with { Hints = reason.Hints.Add(DiagnosticHint.GoOn("DublinCoreReaderOptions.OnRejected")) });
        }

        if (inherited is not null)
        {
            foreach (var (prefix, uri) in inherited)
            {
                var name = prefix.Length == 0 ? XName.Get("xmlns") : XNamespace.Xmlns + prefix;
                if (element.Attribute(name) is null) element.SetAttributeValue(name, uri);
            }
        }

        RejectedCount++;
        _options.OnRejected(new RejectedDcRecord(index, element.ToString(SaveOptions.DisableFormatting), reason));
    }

    private IDictionary<string, string>? InheritedNamespaces() =>
        _xml.Depth > 0 && _xml is IXmlNamespaceResolver r ? r.GetNamespacesInScope(XmlNamespaceScope.ExcludeXml) : null;

    private XElement LoadElement()
    {
        using var subtree = new DepthLimitedXmlReader(_xml.ReadSubtree(), _options.MaxNesting);
        return XElement.Load(subtree, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
    }

    private static int? LineOf(XElement e) => e is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;
}
