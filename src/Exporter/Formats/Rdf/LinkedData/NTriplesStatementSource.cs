using Exporter.Formats.Rdf.NTriples;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>N-Triples lines, one triple each; after a bad line reading goes on at the next line.</summary>
internal sealed class NTriplesStatementSource(TextReader input, string? sourceName) : IStatementSource
{
    private readonly NTriplesReader _reader = new(input, new NTriplesReaderOptions { SourceName = sourceName });

    public int Line => _reader.StatementLine;

    public long ByteOffset => _reader.ByteOffset;

    public bool CanResync => true;

    public bool Next(List<Triple> statement)
    {
        if (!_reader.TryReadStatement(out var triple)) return false;
        statement.Add(triple);
        return true;
    }

    public void Resync() => _reader.SkipRestOfLine();
}
