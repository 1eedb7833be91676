using Exporter.Formats.Rdf.Turtle;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>Turtle statements, one at a time.</summary>
internal sealed class TurtleStatementSource(TextReader input, string? sourceName) : IStatementSource
{
    private readonly TurtleParser _parser = new(input, new TurtleReaderOptions { SourceName = sourceName });

    public int Line => _parser.StatementLine;

    public bool Next(List<Triple> statement) => _parser.ParseStatement(statement);
}
