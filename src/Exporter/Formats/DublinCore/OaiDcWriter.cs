using Exporter.Diagnostics;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// Writes simple (unqualified) Dublin Core as OAI-PMH <c>oai_dc</c> to a stream. Refinements dumb down to their
/// DCMES element (abstract/tableOfContents -> description, issued/created -> date, extent -> format, isPartOf ->
/// relation); encoding schemes are not written (oai_dc.xsd allows no xsi:type); xml:lang is kept.
/// <see cref="DcContainer.Collection"/> writes an OAI-PMH <c>ListRecords</c> response (validates against
/// OAI-PMH.xsd + oai_dc.xsd) whose headers come from <see cref="DublinCoreRecord.Header"/>; zero records give an
/// OAI-PMH <c>noRecordsMatch</c> error response. <see cref="DcContainer.SingleRecord"/> writes one <c>&lt;oai_dc:dc&gt;</c>.
/// </summary>
public sealed class OaiDcWriter : DcXmlWriterBase
{
    /// <summary>Creates the writer; call <see cref="DcXmlWriterBase.Complete"/> at the end.</summary>
    public OaiDcWriter(Stream output, OaiDcWriterOptions? options = null, IDiagnostics? diagnostics = null)
        : base(output, options ??= new OaiDcWriterOptions(), diagnostics, new OaiDcRecordFormatter(options))
    {
    }
}
