using System.Collections.Immutable;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Common;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// Reads Turtle or N-Triples as hub records, streaming: statements are parsed in order and grouped by record
/// (<see cref="StatementGrouper"/>); each group is mapped by the vocabulary, on any thread. Every framed
/// record keeps its input bytes (its statements' span, line ends included). In N-Triples a bad line rejects the
/// record it falls in (its raw bytes kept) and reading goes on at the next line. In Turtle a syntax error, and in
/// either invalid UTF-8, ends the read: the grammar gives no safe place to resume, so the rest of the input from the
/// record being read is handed on as one unreadable remainder that stops the run (<see cref="RecordSource.StopsReading"/>).
/// </summary>
internal sealed class StreamedRdfReader : ICatalogReader
{
    private readonly Stream _input;
    private readonly ReadOptions _options;
    private readonly Func<TextReader, string?, IStatementSource> _syntax;
    private readonly ILinkedDataVocabulary _vocabulary;
    private readonly RdfSyntaxKind _kind;

    private StreamedRdfReader(Stream input, ReadOptions options, Func<TextReader, string?, IStatementSource> syntax, ILinkedDataVocabulary vocabulary, RdfSyntaxKind kind)
    {
        _input = input;
        _options = options;
        _syntax = syntax;
        _vocabulary = vocabulary;
        _kind = kind;
    }

    /// <summary>A reader of Turtle; it owns <paramref name="input"/>.</summary>
    public static StreamedRdfReader Turtle(Stream input, ReadOptions options, ILinkedDataVocabulary vocabulary) =>
        new(input, options, (text, name) => new TurtleStatementSource(text, name), vocabulary, RdfSyntaxKind.Turtle);

    /// <summary>A reader of N-Triples; it owns <paramref name="input"/>.</summary>
    public static StreamedRdfReader NTriples(Stream input, ReadOptions options, ILinkedDataVocabulary vocabulary) =>
        new(input, options, (text, name) => new NTriplesStatementSource(text, name), vocabulary, RdfSyntaxKind.NTriples);

    /// <inheritdoc />
    public IEnumerable<RecordSource> Frame()
    {
        var retained = new RetainingStream(_input, _options.MaxRecordBytes + (1 << 20));
        using var text = new StreamReader(retained, new UTF8Encoding(false, true), false, 1 << 16, leaveOpen: true);
        var statements = _syntax(text, _options.SourceName);
        var grouper = new StatementGrouper(_options.MaxRecordBytes, _vocabulary);
        var statement = new List<Triple>();
        var damage = new List<Diagnostic>();
        long index = 0;
        long groupStart = 0;
        int? damageLine = null;
        while (true)
        {
            statement.Clear();
            var before = statements.ByteOffset;
            var error = Next(statements, statement, out var more);
            if (error is not null && statements.CanResync && error.Code != LinkedDataDiagnosticCodes.NotUtf8 && Resync(statements))
            {
                // N-Triples: the bad line joins the record being read, which is rejected whole; reading goes on.
                damage.Add(error with { Message = error.Message + "; the line is skipped and its record rejected" });
                damageLine ??= error.Line;
                continue;
            }

            if (error is not null)
            {
                var rest = retained.Rest(groupStart, _options.MaxRecordBytes, out var at, out var total);
                var kept = rest.Length < total ? FormattableString.Invariant($"; the first {rest.Length} of its {total} bytes are kept") : "";
                var stop = error with { Message = FormattableString.Invariant($"{error.Message}; reading stops, the rest of the input from byte {at} (this record on) is not read{kept}"), ByteOffset = at };
                yield return LinkedDataRecords.Remainder(index, at, rest, grouper.Finish()?.Line ?? damageLine ?? error.Line, _options.SourceName, stop);
                yield break;
            }

            if (!more) break;
            if (grouper.Add(statement, statements.Line) is not { } group) continue;
            if (index == 0 && Foreign(group, retained) is { } foreign)
            {
                yield return foreign;
                yield break;
            }

            yield return Make(index++, group, grouper, retained, groupStart, before, damage);
            damage.Clear();
            damageLine = null;
            groupStart = before;
            retained.Release(groupStart);
        }

        var end = statements.ByteOffset;
        if (grouper.Finish() is { } last) yield return index == 0 && Foreign(last, retained) is { } foreign ? foreign : Make(index, last, grouper, retained, groupStart, end, damage);
        else if (damage.Count > 0) yield return LinkedDataRecords.Unreadable(index, groupStart, retained.Slice(groupStart, end) ?? [], damageLine, _options.SourceName, damage);
    }

    /// <inheritdoc />
    public ReadResult Parse(RecordSource source) => LinkedDataRecords.Parse(source, _vocabulary);

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
            return ex.Diagnostic;
        }
        catch (DecoderFallbackException)
        {
            return new Diagnostic(LinkedDataDiagnosticCodes.NotUtf8, Severity.Error, "input is not valid UTF-8") { Line = statements.Line };
        }
    }

    /// <summary>Skips past the bad statement; false when that fails too (invalid UTF-8 on the way).</summary>
    private static bool Resync(IStatementSource statements)
    {
        try
        {
            statements.Resync();
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>
    /// The first record (or whole document) holding no record of the vocabulary but records of another known one: the
    /// whole input is the unread rest and the run stops (LD0006), rather than a record rejected for holding nothing.
    /// </summary>
    private RecordSource? Foreign(RecordGroup first, RetainingStream retained)
    {
        if (ForeignVocabulary.Check(first.Triples, _vocabulary, _kind) is not { } d) return null;
        var rest = retained.Rest(0, _options.MaxRecordBytes, out _, out _);
        return LinkedDataRecords.Remainder(0, 0, rest, first.Line, _options.SourceName, d with { Message = d.Message + "; nothing of the input was read", ByteOffset = 0, Line = first.Line });
    }

    private RecordSource Make(long index, RecordGroup group, StatementGrouper grouper, RetainingStream retained, long from, long to, List<Diagnostic> damage)
    {
        var raw = retained.Slice(from, to) ?? [];
        if (group.TooLarge)
        {
            var d = new Diagnostic(LinkedDataDiagnosticCodes.TooLarge, Severity.Error, $"record is larger than the limit of {_options.MaxRecordBytes} bytes") { Line = group.Line };
            return LinkedDataRecords.Unreadable(index, from, raw, group.Line, _options.SourceName, [.. damage, d]);
        }

        if (damage.Count > 0) return LinkedDataRecords.Unreadable(index, from, raw, group.Line, _options.SourceName, damage);
        var notes = ImmutableArray.CreateBuilder<Diagnostic>();
        if (grouper.WholeDocument)
            notes.Add(new Diagnostic(LinkedDataDiagnosticCodes.WholeDocument, Severity.Info, "the input is not grouped by record (our writers' layout); read as one record") { Line = group.Line });
        if (group.StrayBlankNodes)
            notes.Add(new Diagnostic(LinkedDataDiagnosticCodes.StrayBlankNode, Severity.Warning, "statements about a blank node this record had not referenced were kept with it; the input may not be grouped by record") { Line = group.Line });
        return LinkedDataRecords.Source(index, LinkedDataRecords.Graph(group.Triples), group.Line, _options.SourceName, notes.ToImmutable(), raw, from);
    }
}
