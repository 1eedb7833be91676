using Exporter.Diagnostics;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// Writes qualified Dublin Core (DCMI "Guidelines for implementing Dublin Core in XML"): each record is a DCMI
/// <c>&lt;qualifieddc&gt;</c> element (no namespace) holding dc: and dcterms: elements in the record's order, with
/// encoding schemes as <c>xsi:type="dcterms:SCHEME"</c> and <c>xml:lang</c>.
/// <see cref="DcContainer.SingleRecord"/>: the <c>&lt;qualifieddc&gt;</c> is the root (validates against DCMI's
/// qualifieddc.xsd). <see cref="DcContainer.Collection"/>: the records sit unchanged in a
/// <c>&lt;qdcc:collection xmlns:qdcc="urn:exporter:dcterms-collection:1"&gt;</c> (schemas/dcterms-collection.xsd).
/// A scheme is written only when the value fits it (else dropped with DC1003), because dcterms.xsd types
/// the value; xml:lang is dropped where dcterms.xsd prohibits it (on every scheme type).
/// </summary>
public sealed class QualifiedDcWriter : DcXmlWriterBase
{
    private readonly QualifiedDcWriterOptions _options;

    /// <summary>Creates the writer; call <see cref="DcXmlWriterBase.Complete"/> at the end.</summary>
    public QualifiedDcWriter(Stream output, QualifiedDcWriterOptions? options = null, IDiagnostics? diagnostics = null)
        : base(output, options ??= new QualifiedDcWriterOptions(), diagnostics) => _options = options;

    /// <summary>A writer for one piece of a collection document, nested <paramref name="fragmentDepth"/> levels deep.</summary>
    internal QualifiedDcWriter(Stream output, QualifiedDcWriterOptions options, IDiagnostics? diagnostics, int fragmentDepth)
        : base(output, options, diagnostics, fragmentDepth) => _options = options;

    /// <inheritdoc />
    private protected override void ResumeEnvelope(long recordCount) =>
        Xml.Resume(Container == DcContainer.SingleRecord ? "qualifieddc" : "qdcc:collection", recordCount > 0);

    /// <inheritdoc />
    protected override void WriteStart()
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
        if (_options.CollectionSchemaLocation is { } location)
        {
            Xml.Attribute("xsi:schemaLocation", DcNamespaces.Collection + " " + Clean(location, "schemaLocation"));
        }
    }

    /// <inheritdoc />
    protected override void WriteRecord(DublinCoreRecord record)
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
    protected override void WriteEnd() => Xml.End();

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
