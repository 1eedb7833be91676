using System.Buffers;
using System.Globalization;
using Exporter.Diagnostics;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// Simple (unqualified) Dublin Core as OAI-PMH <c>oai_dc</c>. Refinements dumb down to their DCMES element
/// (abstract/tableOfContents -> description, issued/created -> date, extent -> format, isPartOf -> relation);
/// encoding schemes are not written (oai_dc.xsd allows no xsi:type); xml:lang is kept.
/// <see cref="DcContainer.Collection"/>: an OAI-PMH <c>ListRecords</c> response (validates against OAI-PMH.xsd +
/// oai_dc.xsd) whose headers come from <see cref="DublinCoreRecord.Header"/>; zero records give an OAI-PMH
/// <c>noRecordsMatch</c> error response. <see cref="DcContainer.SingleRecord"/>: one <c>&lt;oai_dc:dc&gt;</c>.
/// </summary>
internal sealed class OaiDcRecordFormatter(OaiDcWriterOptions options) : DcRecordFormatter(options)
{
    private string? _responseDay;

    private string ResponseDay => _responseDay ??= options.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    private protected override int RecordDepth => Container == DcContainer.Collection ? 2 : 1;

    /// <summary>The <c>ListRecords</c> start tag before the first record of a response.</summary>
    public override void WriteBefore(IBufferWriter<byte> output, long written)
    {
        if (written > 0 || Container != DcContainer.Collection) return;
        Xml.Begin(output, 1);
        Xml.Start("ListRecords");
        Xml.CloseStartTag();
    }

    /// <inheritdoc />
    private protected override void CheckRecord(DublinCoreRecord record)
    {
        if (Container == DcContainer.SingleRecord)
        {
            if (record.Header is not null)
            {
                Report(DcDiagnosticCodes.HeaderNotWritten, Severity.Info,
                    "a single oai_dc document has no OAI header; identifier not written", "header");
            }

            return;
        }

        var id = record.Header?.Identifier;
        if (id is null || id.Length == 0 || !UriSyntax.IsValid(id) || id.AsSpan().ContainsAny(" \t\r\n"))
        {
            throw new RecordWriteException(NewDiagnostic(DcDiagnosticCodes.BadOaiIdentifier, Severity.Error,
                id is null
                    ? "an OAI-PMH record needs DublinCoreRecord.Header with an OAI identifier such as oai:HOST:ID"
                    : $"OAI identifier '{id}' is not a URI (expected e.g. oai:HOST:ID)",
                "header/identifier"));
        }
    }

    /// <inheritdoc />
    private protected override void WriteStart()
    {
        if (Container == DcContainer.SingleRecord)
        {
            WriteDcStart(withXsi: true);
            return;
        }

        var now = options.Clock.GetUtcNow().UtcDateTime;
        _responseDay = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Xml.Start("OAI-PMH");
        Xml.Attribute("xmlns", DcNamespaces.OaiPmh);
        Xml.Attribute("xmlns:xsi", DcNamespaces.Xsi);
        Xml.Attribute("xsi:schemaLocation", DcNamespaces.OaiPmh + " " + DcNamespaces.OaiPmhSchemaLocation);
        Xml.Element("responseDate", now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        Xml.Start("request");
        Xml.Attribute("verb", "ListRecords");
        Xml.Attribute("metadataPrefix", "oai_dc");
        Xml.Text(Clean(options.BaseUrl, "request"));
        Xml.End();
    }

    /// <inheritdoc />
    private protected override void WriteRecord(DublinCoreRecord record)
    {
        if (Container == DcContainer.SingleRecord)
        {
            WriteStatements(record);
            return;
        }

        var header = record.Header!;
        Xml.Start("record");
        Xml.Start("header");
        Xml.Element("identifier", header.Identifier);
        Xml.Element("datestamp", Clean(header.Datestamp ?? ResponseDay, "header/datestamp"));
        foreach (var spec in header.SetSpecs)
        {
            if (OaiSyntax.IsSetSpec(spec))
            {
                Xml.Element("setSpec", spec);
            }
            else
            {
                Report(DcDiagnosticCodes.SetSpecDropped, Severity.Warning, $"setSpec '{spec}' does not match the OAI-PMH pattern; dropped", "header/setSpec");
            }
        }

        Xml.End();
        Xml.Start("metadata");
        WriteDcStart(withXsi: false);
        WriteStatements(record);
        Xml.End();
        Xml.End();
        Xml.End();
    }

    /// <inheritdoc />
    private protected override void ResumeEnvelope(long written)
    {
        if (Container == DcContainer.SingleRecord)
        {
            Xml.Resume("oai_dc:dc", written > 0);
            return;
        }

        Xml.Resume("OAI-PMH", hasChildElements: true);
        if (written > 0) Xml.Resume("ListRecords", hasChildElements: true);
    }

    /// <inheritdoc />
    private protected override void WriteEnd(long written)
    {
        if (Container == DcContainer.SingleRecord)
        {
            Xml.End();
            return;
        }

        if (written == 0)
        {
            Xml.Start("error");
            Xml.Attribute("code", "noRecordsMatch");
            Xml.Text("no records");
            Xml.End();
        }
        else
        {
            Xml.End();
        }

        Xml.End();
    }

    private void WriteDcStart(bool withXsi)
    {
        Xml.Start("oai_dc:dc");
        Xml.Attribute("xmlns:oai_dc", DcNamespaces.OaiDc);
        Xml.Attribute("xmlns:dc", DcNamespaces.Elements);
        if (withXsi) Xml.Attribute("xmlns:xsi", DcNamespaces.Xsi);
        Xml.Attribute("xsi:schemaLocation", DcNamespaces.OaiDc + " " + DcNamespaces.OaiDcSchemaLocation);
    }

    private void WriteStatements(DublinCoreRecord record)
    {
        foreach (var s in record.Statements)
        {
            var element = DcTerms.SimpleElementOf(s.Namespace, s.Name);
            if (element is null)
            {
                Report(DcDiagnosticCodes.StatementDropped, Severity.Warning,
                    $"{s.QualifiedName} has no simple Dublin Core element; not written to oai_dc", s.QualifiedName);
                continue;
            }

            WriteLiteral("dc:" + element, Clean(s.Value, s.QualifiedName), null, CheckedLanguage(s));
        }
    }
}
