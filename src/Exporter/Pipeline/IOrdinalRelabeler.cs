namespace Exporter.Pipeline;

/// <summary>
/// Renumbers what an encoder labelled with a record's ordinal in its output (RDF blank node labels <c>g{ordinal}b{n}</c>),
/// for records written apart (a shard) and joined later (<c>exporter merge</c>): copies records, adding a number to each
/// ordinal label and changing nothing else.
/// </summary>
internal interface IOrdinalRelabeler
{
    /// <summary>Copies <paramref name="records"/> to <paramref name="output"/>, each ordinal label shifted by <paramref name="shift"/>.</summary>
    void Copy(Stream records, long shift, Stream output);
}
