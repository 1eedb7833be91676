using Exporter.Diagnostics;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// Writes qualified Dublin Core (DCMI "Guidelines for implementing Dublin Core in XML") to a stream: each record is a
/// DCMI <c>&lt;qualifieddc&gt;</c> element (no namespace) holding dc: and dcterms: elements in the record's order,
/// with encoding schemes as <c>xsi:type="dcterms:SCHEME"</c> and <c>xml:lang</c>.
/// <see cref="DcContainer.SingleRecord"/>: the <c>&lt;qualifieddc&gt;</c> is the root (validates against DCMI's
/// qualifieddc.xsd). <see cref="DcContainer.Collection"/>: the records sit unchanged in a
/// <c>&lt;qdcc:collection xmlns:qdcc="urn:exporter:dcterms-collection:1"&gt;</c> (schemas/dcterms-collection.xsd).
/// A scheme is written only when the value fits it (else dropped with DC1003), because dcterms.xsd types
/// the value; xml:lang is dropped where dcterms.xsd prohibits it (on every scheme type).
/// </summary>
public sealed class QualifiedDcWriter : DcXmlWriterBase
{
    /// <summary>Creates the writer; call <see cref="DcXmlWriterBase.Complete"/> at the end.</summary>
    public QualifiedDcWriter(Stream output, QualifiedDcWriterOptions? options = null, IDiagnostics? diagnostics = null)
        : base(output, options ??= new QualifiedDcWriterOptions(), diagnostics, new QualifiedDcRecordFormatter(options))
    {
    }
}
