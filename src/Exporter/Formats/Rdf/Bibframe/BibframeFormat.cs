using Exporter.Formats.Marc.Crosswalk;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// BIBFRAME 2 in RDF/XML (docs/mappings/bibframe.md): a Work, its admin metadata and an Instance per MARC record, as
/// LoC's marc2bibframe2 makes them. Write only; records read from other formats go through the hub and MARC.
/// </summary>
internal sealed class BibframeFormat : IRecordFormat
{
    public string Name => "bibframe";

    public string Description => "BIBFRAME 2 in RDF/XML, a Work and an Instance per record, crosswalked from MARC";

    public string MediaType => "application/rdf+xml";

    public IReadOnlyList<string> Extensions { get; } = [".bf.rdf"];

    public bool CanRead => false;

    public bool CanWrite => true;

    public int Sniff(ReadOnlySpan<byte> head) => 0;

    public ICatalogReader CreateReader(Stream input, ReadOptions options) =>
        throw new NotSupportedException("the bibframe format has no reader yet");

    public IRecordEncoder CreateEncoder(WriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new BibframeEncoder(
            new BibframeGraphBuilder(new BibframeOptions { BaseUri = options.BaseUri, Clock = options.Clock }),
            new MarcCrosswalk(options.Formats.Get<MarcWriteOptions>(), clock: options.Clock));
    }
}
