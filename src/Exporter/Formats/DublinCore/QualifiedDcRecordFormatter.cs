using Exporter.Diagnostics;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// Qualified Dublin Core (DCMI "Guidelines for implementing Dublin Core in XML"): each record is a DCMI
/// <c>&lt;qualifieddc&gt;</c> element (no namespace) holding dc: and dcterms: elements in the record's order, with
/// encoding schemes as <c>xsi:type="dcterms:SCHEME"</c> and <c>xml:lang</c>.
/// <see cref="DcContainer.SingleRecord"/>: the <c>&lt;qualifieddc&gt;</c> is the root (validates against DCMI's
/// qualifieddc.xsd). <see cref="DcContainer.Collection"/>: the records sit unchanged in a
/// <c>&lt;qdcc:collection xmlns:qdcc="urn:exporter:dcterms-collection:1"&gt;</c> (schemas/dcterms-collection.xsd).
/// A scheme is written only when the value fits it (else dropped with DC1003), because dcterms.xsd types
/// the value; xml:lang is dropped where dcterms.xsd prohibits it (on every scheme type).
/// </summary>
internal sealed class QualifiedDcRecordFormatter(QualifiedDcWriterOptions options) : DcRecordFormatter(options)
{
    /// <inheritdoc />
    private protected override int RecordDepth => 1;

    /// <inheritdoc />
    private protected override void WriteStart()
    {
        if (Container == DcContainer.SingleRecord)
        {
            Xml.Start("qualifieddc");
            WriteNamespaces();
            Xml.Attribute("xsi:noNamespaceSchemaLocation", DcNamespaces.QualifiedDcSchemaLocation);
            return;
        }

        Xml.Start("qdcc:collection");
        Xml.Attribute("xmlns:qdcc", DcNamespaces.Collection);
        WriteNamespaces();
        if (options.CollectionSchemaLocation is { } location)
        {
            Xml.Attribute("xsi:schemaLocation", DcNamespaces.Collection + " " + Clean(location, "schemaLocation"));
        }
    }

    /// <inheritdoc />
    private protected override void WriteRecord(DublinCoreRecord record)
    {
        if (Container == DcContainer.Collection) Xml.Start("qualifieddc");
        foreach (var s in record.Statements)
        {
            if (!DcTerms.IsKnown(s.Namespace, s.Name))
            {
                Report(DcDiagnosticCodes.StatementDropped, Severity.Warning,
                    $"{s.QualifiedName} is not a DCMI term; not written", s.QualifiedName);
                continue;
            }

            var value = Clean(s.Value, s.QualifiedName);
            var scheme = CheckedScheme(s, value);
            var language = CheckedLanguage(s);
            if (scheme is not null && language is not null)
            {
                Report(DcDiagnosticCodes.LanguageDropped, Severity.Warning,
                    $"xml:lang is not allowed with xsi:type dcterms:{scheme}; language '{language}' dropped", s.QualifiedName);
                language = null;
            }

            WriteLiteral(s.QualifiedName, value, scheme, language);
        }

        if (Container == DcContainer.Collection) Xml.End();
    }

    /// <inheritdoc />
    private protected override void ResumeEnvelope(long written) =>
        Xml.Resume(Container == DcContainer.SingleRecord ? "qualifieddc" : "qdcc:collection", written > 0);

    /// <inheritdoc />
    private protected override void WriteEnd(long written) => Xml.End();

    private void WriteNamespaces()
    {
        Xml.Attribute("xmlns:dc", DcNamespaces.Elements);
        Xml.Attribute("xmlns:dcterms", DcNamespaces.Terms);
        Xml.Attribute("xmlns:xsi", DcNamespaces.Xsi);
    }

    private string? CheckedScheme(DcStatement s, string value)
    {
        if (s.Scheme is null) return null;
        if (!DcSchemes.IsKnown(s.Scheme))
        {
            Report(DcDiagnosticCodes.SchemeDropped, Severity.Warning,
                $"'{s.Scheme}' is not a dcterms encoding scheme; xsi:type not written", s.QualifiedName);
            return null;
        }

        if (DcSchemes.IsValidValue(s.Scheme, value)) return s.Scheme;
        Report(DcDiagnosticCodes.SchemeDropped, Severity.Warning,
            $"value does not fit dcterms:{s.Scheme}; xsi:type not written", s.QualifiedName);
        return null;
    }
}
