namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>The triples of one record as framed from a stream, the line it starts on, and whether it outgrew the size limit.</summary>
internal sealed record RecordGroup(List<Triple> Triples, int Line, bool TooLarge)
{
    /// <summary>True when a statement about a blank node came before anything in the record referenced that node.</summary>
    public bool StrayBlankNodes { get; init; }
}
