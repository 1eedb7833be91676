using System.Xml;
using System.Xml.Linq;
using Exporter.Diagnostics;
using Exporter.Formats.Common;
using Exporter.Formats.DublinCore;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Xml;

/// <summary>
/// A MARCXML record cut from the document's bytes by <see cref="XmlRecordFramer"/>, parsed on its own (on a worker
/// thread). A record that is not well-formed is rejected with its raw bytes; the records around it are not touched.
/// </summary>
internal sealed record MarcXmlFramedRecord(XmlFramedRecord Framed, long Index, MarcXmlReaderOptions Options) : IPendingMarcRecord
{
    /// <inheritdoc />
    public int Line => Framed.Line;

    /// <summary>
    /// Parses the record: a record or a rejection (never null). A plain record is read from its bytes
    /// (<see cref="MarcXmlFastParser"/>, same result); anything else goes through <see cref="ParseWithXmlReader"/>.
    /// </summary>
    public MarcReadResult Parse() => MarcXmlFastParser.TryParse(Framed, Options, Index) ?? ParseWithXmlReader();

    /// <summary>The full parse, with an <c>XmlReader</c> over the record's bytes: every record, every diagnostic.</summary>
    internal MarcReadResult ParseWithXmlReader()
    {
        MarcReadResult? result;
        try
        {
            using var xml = XmlFragment.Open(Framed);
            xml.MoveToContent();
            result = xml.NamespaceURI == MarcXmlNames.Namespace ? new MarcXmlRecordParser(xml, Options, Index).Parse() : ParseTree(xml);
            if (result is not null && Framed.Damage is not null && result.Record is not null) result = null;
        }
        catch (XmlException e)
        {
            return Rejected(MarcDiagnosticCodes.XmlNotWellFormed, $"record is not well-formed XML ({e.Message}){DamageText}; rejected, reading goes on at the next record", e.LineNumber, e.LinePosition);
        }

        if (result is null)
        {
            return Framed.Damage is { } damage
                ? Rejected(MarcDiagnosticCodes.XmlNotWellFormed, $"record is not well-formed XML: {damage}; rejected, reading goes on at the next record", 0, 0)
                : Rejected(MarcDiagnosticCodes.XmlUnexpectedElement, "a <record> without namespace that holds no MARC leader or field; rejected", 0, 0);
        }

        return result with
        {
            ByteOffset = Framed.Offset,
            Line = Framed.Line,
            RawBytes = result.Record is null ? Framed.Bytes : result.RawBytes,
            Diagnostics = [.. result.Diagnostics.Select(Place)],
        };
    }

    private string DamageText => Framed.Damage is null ? "" : ": " + Framed.Damage;

    /// <summary>A no-namespace record: MARC when its content is, else the first MARC record inside it.</summary>
    private MarcReadResult? ParseTree(XmlReader xml)
    {
        var element = XElement.Load(new DepthLimitedXmlReader(xml, Options.MaxNesting, "MarcXmlReaderOptions.MaxNesting"), LoadOptions.SetLineInfo);
        var result = MarcXmlReader.ParseElement(element, Options, Index);
        foreach (var inner in element.Descendants().Where(e => e.Name.LocalName == MarcXmlNames.Record && e.Name.NamespaceName is MarcXmlNames.Namespace or ""))
        {
            if (result is not null) break;
            result = MarcXmlReader.ParseElement(inner, Options, Index);
        }

        return result;
    }

    private MarcReadResult Rejected(string code, string message, int line, int column) => new()
    {
        Index = Index,
        ByteOffset = Framed.Offset,
        Line = Framed.Line,
        RawBytes = Framed.Bytes,
        Diagnostics =
        [
            new Diagnostic(code, Severity.Error, message)
            {
                RecordIndex = Index, Source = Options.SourceName, ByteOffset = Framed.Offset,
                Line = line > 0 ? Framed.Line + line - 1 : Framed.Line, Column = line > 1 ? column : null,
            },
        ],
    };

    private Diagnostic Place(Diagnostic d) => d.Line is int l ? d with { Line = Framed.Line + l - 1 } : d;
}
