using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Formats.Common;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Rdf.RdfXml;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// Encodes MARC records as BIBFRAME 2 in RDF/XML: each record through <see cref="BibframeGraphBuilder"/> to one graph,
/// written as the node elements of one <c>rdf:RDF</c> document, its blank nodes labelled with the record's ordinal.
/// A record that was not read as MARC (catalog page, hub JSON, Dublin Core, ...) goes through the hub: the MARC
/// crosswalk makes its MARC record first, so BIBFRAME carries what that record carries.
/// </summary>
internal sealed class BibframeEncoder(BibframeGraphBuilder builder, MarcCrosswalk fromHub) : IRecordEncoder
{
    private static readonly string Header = RdfXmlWriter.DocumentStart(BibframeRdfXml.Options);

    /// <summary>The graph this encoder writes for <paramref name="record"/>.</summary>
    public RdfGraph Graph(ReadResult record, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        return builder.Build(SourceMarc(record) ?? fromHub.FromCatalog(record.GetCatalog(diagnostics), diagnostics), diagnostics);
    }

    public void WriteHeader(IBufferWriter<byte> output) => output.WriteUtf8(Header);

    public void WriteSeparator(IBufferWriter<byte> output)
    {
    }

    public void WriteFooter(IBufferWriter<byte> output) => output.WriteUtf8(RdfXmlWriter.DocumentEnd);

    public void Encode(ReadResult record, long ordinal, IBufferWriter<byte> output, IDiagnostics diagnostics) =>
        RdfXmlWriter.Format(Graph(record, diagnostics), output, BibframeRdfXml.Options, ordinal + 1);

    /// <summary>
    /// The MARC record as read, or null for a record read from another format. The only way today is the reader's
    /// native model; the typed source-record accessor of issue #11 replaces this method.
    /// </summary>
    private static MarcRecord? SourceMarc(ReadResult record) => record.TryGetSource<MarcRecord>(out var marc) ? marc : null;
}
