using Exporter.Formats.Rdf.Turtle;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>Turtle statements, one at a time. A syntax error cannot be resynchronised (a statement may span lines,
/// strings may hold '.' and line breaks), so reading stops there.</summary>
internal sealed class TurtleStatementSource(TextReader input, string? sourceName) : IStatementSource
{
    private readonly TurtleParser _parser = new(input, new TurtleReaderOptions { SourceName = sourceName });

    public int Line => _parser.StatementLine;

    public long ByteOffset => _parser.ByteOffset;

    public bool CanResync => false;

    public bool Next(List<Triple> statement)
    {
        if (!_parser.ParseStatement(statement)) return false;
        _parser.SkipLineEnd();
        return true;
    }

    public void Resync() => throw new NotSupportedException("a Turtle document cannot be resynchronised after a syntax error");
}
