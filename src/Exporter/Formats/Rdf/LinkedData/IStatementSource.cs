namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>A syntax read statement by statement (a Turtle statement, an N-Triples line).</summary>
internal interface IStatementSource
{
    /// <summary>1-based line where the statement last read begins.</summary>
    int Line { get; }

    /// <summary>Adds the next statement's triples (none for a directive); false at the end. Throws <see cref="RdfParseException"/>.</summary>
    bool Next(List<Triple> statement);
}
