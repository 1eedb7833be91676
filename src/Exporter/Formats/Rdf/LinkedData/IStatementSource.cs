namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>A syntax read statement by statement (a Turtle statement, an N-Triples line), with byte positions.</summary>
internal interface IStatementSource
{
    /// <summary>1-based line where the statement last read begins.</summary>
    int Line { get; }

    /// <summary>UTF-8 byte offset of the next character: statements' spans (with their line ends) tile the input.</summary>
    long ByteOffset { get; }

    /// <summary>True when reading can resume after a syntax error (<see cref="Resync"/>): N-Triples, one triple a line.</summary>
    bool CanResync { get; }

    /// <summary>Adds the next statement's triples (none for a directive); false at the end. Throws <see cref="RdfParseException"/>.</summary>
    bool Next(List<Triple> statement);

    /// <summary>After a syntax error, skips to the start of the next statement (only when <see cref="CanResync"/>).</summary>
    void Resync();
}
