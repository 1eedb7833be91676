using System.Collections.Immutable;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// Reads Turtle or N-Triples as hub records, streaming: statements are parsed in order and grouped by record
/// (<see cref="StatementGrouper"/>); each group is mapped by the schema.org crosswalk, on any thread. A syntax
/// error or invalid UTF-8 rejects the record being read and ends the input (the grammar gives no safe place to
/// resume).
/// </summary>
public sealed class StreamedRdfReader : ICatalogReader
{
    private readonly Stream _input;
    private readonly ReadOptions _options;
    private readonly Func<TextReader, string?, IStatementSource> _syntax;

    private StreamedRdfReader(Stream input, ReadOptions options, Func<TextReader, string?, IStatementSource> syntax)
    {
        _input = input;
        _options = options;
        _syntax = syntax;
    }

    /// <summary>A reader of Turtle; it owns <paramref name="input"/>.</summary>
    public static StreamedRdfReader Turtle(Stream input, ReadOptions options) =>
        new(input, options, (text, name) => new TurtleStatementSource(text, name));

    /// <summary>A reader of N-Triples; it owns <paramref name="input"/>.</summary>
    public static StreamedRdfReader NTriples(Stream input, ReadOptions options) =>
        new(input, options, (text, name) => new NTriplesStatementSource(text, name));

    /// <inheritdoc />
    public IEnumerable<RecordSource> Frame()
    {
        using var text = new StreamReader(_input, new UTF8Encoding(false, true), true, 1 << 16, leaveOpen: true);
        var statements = _syntax(text, _options.SourceName);
        var grouper = new StatementGrouper(_options.MaxRecordBytes);
        var statement = new List<Triple>();
        long index = 0;
        while (true)
        {
            statement.Clear();
            var error = Next(statements, statement, out var more);
            if (error is not null)
            {
                var pending = grouper.Finish();
                yield return LinkedDataRecords.Unreadable(index, pending?.Triples, pending?.Line ?? statements.Line, _options.SourceName, error);
                yield break;
            }

            if (!more) break;
            if (grouper.Add(statement, statements.Line) is { } group) yield return Make(index++, group, grouper);
        }

        if (grouper.Finish() is { } last) yield return Make(index, last, grouper);
    }

    /// <inheritdoc />
    public ReadResult Parse(RecordSource source) => LinkedDataRecords.Parse(source);

    /// <inheritdoc />
    public void Dispose() => _input.Dispose();

    private static Diagnostic? Next(IStatementSource statements, List<Triple> statement, out bool more)
    {
        more = false;
        try
        {
            more = statements.Next(statement);
            return null;
        }
        catch (RdfParseException ex)
        {
            return ex.Diagnostic with { Message = ex.Diagnostic.Message + "; reading stops here" };
        }
        catch (DecoderFallbackException)
        {
            return new Diagnostic(LinkedDataDiagnosticCodes.NotUtf8, Severity.Error, "input is not valid UTF-8; reading stops here") { Line = statements.Line };
        }
    }

    private RecordSource Make(long index, RecordGroup group, StatementGrouper grouper)
    {
        if (group.TooLarge)
        {
            var d = new Diagnostic(LinkedDataDiagnosticCodes.TooLarge, Severity.Error, $"record is larger than the limit of {_options.MaxRecordBytes} bytes") { Line = group.Line };
            return LinkedDataRecords.Unreadable(index, null, group.Line, _options.SourceName, d);
        }

        var notes = ImmutableArray.CreateBuilder<Diagnostic>();
        if (grouper.WholeDocument)
            notes.Add(new Diagnostic(LinkedDataDiagnosticCodes.WholeDocument, Severity.Info, "the input is not grouped by record (our writers' layout); read as one record") { Line = group.Line });
        if (group.StrayBlankNodes)
            notes.Add(new Diagnostic(LinkedDataDiagnosticCodes.StrayBlankNode, Severity.Warning, "statements about a blank node this record had not referenced were kept with it; the input may not be grouped by record") { Line = group.Line });
        return LinkedDataRecords.Source(index, LinkedDataRecords.Graph(group.Triples), group.Line, _options.SourceName, notes.ToImmutable());
    }
}
