using Exporter.Formats.Rdf.NTriples;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>N-Triples lines, one triple each.</summary>
internal sealed class NTriplesStatementSource : IStatementSource
{
    private readonly NTriplesReader _reader;
    private readonly IEnumerator<Triple> _triples;

    public NTriplesStatementSource(TextReader input, string? sourceName)
    {
        _reader = new NTriplesReader(input, new NTriplesReaderOptions { SourceName = sourceName });
        _triples = _reader.ReadTriples().GetEnumerator();
    }

    public int Line => _reader.Line;

    public bool Next(List<Triple> statement)
    {
        if (!_triples.MoveNext()) return false;
        statement.Add(_triples.Current);
        return true;
    }
}
