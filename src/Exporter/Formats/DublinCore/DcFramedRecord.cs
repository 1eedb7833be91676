using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;
using Exporter.Diagnostics;
using Exporter.Formats.Common;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// A Dublin Core record cut from the document's bytes by <see cref="XmlRecordFramer"/> (an OAI-PMH <c>record</c>
/// with its header, or a bare DC container element), parsed on its own, on a worker thread. A record that is not
/// well-formed is rejected with its raw bytes; the records around it are not touched.
/// </summary>
internal sealed record DcFramedRecord(XmlFramedRecord Framed, long Index, string? SourceName)
{
    private static readonly XNamespace Oai = DcNamespaces.OaiPmh;

    /// <summary>True for an element the framer cuts out: an OAI-PMH record, or a DC container outside one.</summary>
    public static bool IsUnit(string ns, string local) =>
        (ns == DcNamespaces.OaiPmh && local == "record") || DublinCoreReader.IsRecordElement(ns, local);

    /// <summary>True for an OAI-PMH record whose header says it was deleted: not a record at all.</summary>
    public static bool IsDeleted(XmlFramedRecord framed) =>
        framed.Bytes.AsSpan().IndexOf("status=\"deleted\""u8) >= 0 || framed.Bytes.AsSpan().IndexOf("status='deleted'"u8) >= 0;

    /// <summary>Parses the record: the record, or null with the diagnostics that reject it.</summary>
    public DublinCoreRecord? Parse(out ImmutableArray<Diagnostic> diagnostics, out string? id)
    {
        var bag = new DiagnosticBag();
        id = null;
        DublinCoreRecord? record = null;
        try
        {
            using var xml = XmlFragment.Open(Framed);
            xml.MoveToContent();
            var element = XElement.Load(new DepthLimitedXmlReader(xml, 128), LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
            record = Framed.Damage is null ? Read(element, bag, out id) : null;
            if (Framed.Damage is not null) bag.Report(Error(DcDiagnosticCodes.MalformedXml, $"XML is not well-formed: {Framed.Damage}; rejected, reading goes on at the next record", 0, 0));
        }
        catch (XmlNestingLimitException e)
        {
            bag.Report(Error(DcDiagnosticCodes.MalformedXml, e.Message, e.LineNumber, e.LinePosition) with { Hints = [e.Hint] });
        }
        catch (XmlException e)
        {
            bag.Report(Error(DcDiagnosticCodes.MalformedXml, $"XML is not well-formed: {e.Message}{(Framed.Damage is null ? "" : " (" + Framed.Damage + ")")}; rejected, reading goes on at the next record", e.LineNumber, e.LinePosition));
        }

        diagnostics = [.. bag.Items.Select(d => d with { RecordIndex = Index, Source = d.Source ?? SourceName, Line = d.Line is int l ? Framed.Line + l - 1 : Framed.Line })];
        return record;
    }

    private DublinCoreRecord? Read(XElement element, DiagnosticBag bag, out string? id)
    {
        var parser = new DcRecordParser(bag, SourceName);
        var inherited = new Dictionary<string, string>(Framed.Namespaces);
        id = null;
        if (element.Name != Oai + "record") return Parse(parser, element, null, inherited, bag);
        var header = element.Element(Oai + "header");
        id = header?.Element(Oai + "identifier")?.Value;
        OaiHeader? oaiHeader = string.IsNullOrEmpty(id) ? null : new OaiHeader(id)
        {
            Datestamp = header!.Element(Oai + "datestamp")?.Value,
            SetSpecs = [.. header.Elements(Oai + "setSpec").Select(s => s.Value)],
        };
        var dc = element.Element(Oai + "metadata")?.Elements().FirstOrDefault();
        if (dc is null || !DublinCoreReader.IsRecordElement(dc.Name.NamespaceName, dc.Name.LocalName))
        {
            bag.Report(Error(DcDiagnosticCodes.NotDublinCore, dc is null ? "OAI-PMH record has no metadata" : $"OAI-PMH record metadata is {dc.Name}, not Dublin Core", 0, 0) with { RecordId = id });
            return null;
        }

        return Parse(parser, dc, oaiHeader, inherited, bag);
    }

    private DublinCoreRecord? Parse(DcRecordParser parser, XElement container, OaiHeader? header, Dictionary<string, string> inherited, DiagnosticBag bag)
    {
        var record = parser.Parse(container, Index, header, inherited, out var rejection);
        if (record is null && rejection is not null && !bag.Items.Contains(rejection)) bag.Report(rejection);
        return record;
    }

    private Diagnostic Error(string code, string message, int line, int column) =>
        new(code, Severity.Error, message) { RecordIndex = Index, Source = SourceName, ByteOffset = Framed.Offset, Line = line > 0 ? line : null, Column = line > 1 ? column : null };
}
