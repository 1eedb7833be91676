using Exporter.Formats.Common.Text;
using System.Collections.Immutable;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Exporter.Diagnostics;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// Turns one DC container element (oai_dc:dc, srw_dc:dc, qualifieddc, simpledc) into a <see cref="DublinCoreRecord"/>.
/// Unknown terms, foreign elements and unexpected attributes are reported as warnings and left out; a DC
/// element with child elements rejects the record.
/// </summary>
internal sealed class DcRecordParser(IDiagnostics diagnostics, string? source)
{
    private static readonly XName XmlLang = XNamespace.Xml + "lang";
    private static readonly XName XsiType = XNamespace.Get(DcNamespaces.Xsi) + "type";

    /// <summary>The record, or null with <paramref name="rejection"/> set when it cannot be read.</summary>
    public DublinCoreRecord? Parse(XElement container, long index, OaiHeader? header,
        IDictionary<string, string>? inherited, out Diagnostic? rejection)
    {
        rejection = null;
        var id = header?.Identifier;
        var statements = ImmutableArray.CreateBuilder<DcStatement>();
        foreach (var node in container.Nodes())
        {
            if (node is XText text)
            {
                if (!IsXmlWhitespace(text.Value)) Warn(DcDiagnosticCodes.ForeignContent, "text outside any DC element ignored", node, index, id, null);
                continue;
            }

            if (node is not XElement e) continue;
            var nsName = e.Name.NamespaceName;
            DcNamespace ns;
            if (nsName == DcNamespaces.Elements) ns = DcNamespace.Elements;
            else if (nsName == DcNamespaces.Terms) ns = DcNamespace.Terms;
            else
            {
                Warn(DcDiagnosticCodes.ForeignContent, $"element {e.Name} is not Dublin Core; ignored", e, index, id, e.Name.LocalName);
                continue;
            }

            var qname = (ns == DcNamespace.Elements ? "dc:" : "dcterms:") + e.Name.LocalName;
            if (!DcTerms.IsKnown(ns, e.Name.LocalName))
            {
                Warn(DcDiagnosticCodes.UnknownTerm, $"{qname} is not a DCMI term; ignored", e, index, id, qname);
                continue;
            }

            if (e.HasElements)
            {
                rejection = At(new Diagnostic(DcDiagnosticCodes.StructuredValue, Severity.Error,
                    $"{qname} holds child elements; a DC value must be a literal") { RecordIndex = index, RecordId = id, Field = qname, Source = source }, e);
                return null;
            }

            statements.Add(ReadStatement(e, ns, qname, index, id, inherited));
        }

        return new DublinCoreRecord(statements.DrainToImmutable()) { Header = header };
    }

    private DcStatement ReadStatement(XElement e, DcNamespace ns, string qname, long index, string? id,
        IDictionary<string, string>? inherited)
    {
        string? language = null;
        string? scheme = null;
        foreach (var a in e.Attributes())
        {
            if (a.IsNamespaceDeclaration) continue;
            if (a.Name == XmlLang) language = a.Value.Length == 0 ? null : a.Value;
            else if (a.Name == XsiType) scheme = ResolveScheme(e, a.Value, inherited, index, id, qname);
            else Warn(DcDiagnosticCodes.UnknownAttribute, $"attribute {a.Name} ignored", e, index, id, qname);
        }

        var value = e.Value;
        // IsNfc is a quick check (astral text always fails it): report only a value that really changed.
        if (!Ascii.IsValid(value) && !UnicodeNormalizer.IsNfc(value)
            && UnicodeNormalizer.ToNfc(value) is var nfc && !string.Equals(nfc, value, StringComparison.Ordinal))
        {
            value = nfc;
            Report(DcDiagnosticCodes.NormalizedRead, Severity.Info, "value normalized to Unicode NFC", e, index, id, qname);
        }

        if (scheme is not null && DcSchemes.IsKnown(scheme) && !DcSchemes.IsValidValue(scheme, value))
        {
            Warn(DcDiagnosticCodes.InvalidSchemeValueRead, $"value does not fit dcterms:{scheme}; kept as read", e, index, id, qname);
        }

        return new DcStatement(ns, e.Name.LocalName, value) { Scheme = scheme, Language = language };
    }

    private string? ResolveScheme(XElement e, string raw, IDictionary<string, string>? inherited, long index, string? id, string qname)
    {
        var colon = raw.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? "" : raw[..colon].Trim();
        var local = raw[(colon + 1)..].Trim();
        var ns = prefix.Length == 0 ? e.GetDefaultNamespace().NamespaceName : e.GetNamespaceOfPrefix(prefix)?.NamespaceName;
        if (ns is null or "" && inherited is not null) inherited.TryGetValue(prefix, out ns);
        if (ns != DcNamespaces.Terms)
        {
            Warn(DcDiagnosticCodes.UnknownScheme, $"xsi:type '{raw}' is not a dcterms encoding scheme; ignored", e, index, id, qname);
            return null;
        }

        if (!DcSchemes.IsKnown(local))
        {
            Warn(DcDiagnosticCodes.UnknownScheme, $"dcterms:{local} is not declared by dcterms.xsd; kept", e, index, id, qname);
        }

        return local;
    }

    private void Warn(string code, string message, XObject at, long index, string? id, string? field) =>
        Report(code, Severity.Warning, message, at, index, id, field);

    private void Report(string code, Severity severity, string message, XObject at, long index, string? id, string? field) =>
        diagnostics.Report(At(new Diagnostic(code, severity, message) { RecordIndex = index, RecordId = id, Field = field, Source = source }, at));

    private static Diagnostic At(Diagnostic d, XObject at) =>
        at is IXmlLineInfo info && info.HasLineInfo() ? d with { Line = info.LineNumber, Column = info.LinePosition } : d;

    private static bool IsXmlWhitespace(string s) => s.AsSpan().IndexOfAnyExcept(" \t\r\n") < 0;
}
