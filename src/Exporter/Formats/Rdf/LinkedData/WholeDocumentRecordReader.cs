using System.Collections.Immutable;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// Reads a document of a syntax that is parsed whole (JSON-LD, RDF/XML) as hub records: the document is read whole (up
/// to <see cref="ReadOptions.MaxRecordBytes"/>) into one graph, then split into one graph per record
/// (<see cref="GraphSplitter"/>), each mapped by the vocabulary. A syntax error, a document too large, or a graph of
/// another known vocabulary (<see cref="ForeignVocabulary"/>) reads nothing: the whole document is the unread rest,
/// kept byte for byte, and the run stops (<see cref="RecordSource.StopsReading"/>).
/// </summary>
internal abstract class WholeDocumentRecordReader : ICatalogReader
{
    private readonly Stream _input;
    private readonly RdfSyntaxKind _syntax;

    /// <summary>Creates a reader of <paramref name="vocabulary"/> records in <paramref name="syntax"/>; it owns <paramref name="input"/>.</summary>
    protected WholeDocumentRecordReader(Stream input, ReadOptions options, ILinkedDataVocabulary vocabulary, RdfSyntaxKind syntax)
    {
        _input = input;
        Options = options;
        Vocabulary = vocabulary;
        _syntax = syntax;
    }

    /// <summary>The read options.</summary>
    protected ReadOptions Options { get; }

    /// <summary>The vocabulary records are mapped with.</summary>
    protected ILinkedDataVocabulary Vocabulary { get; }

    /// <summary>The syntax's name in messages ("JSON-LD").</summary>
    protected abstract string SyntaxName { get; }

    /// <inheritdoc />
    public IEnumerable<RecordSource> Frame()
    {
        var bytes = ReadAll(out var tooLarge);
        if (tooLarge)
        {
            var d = new Diagnostic(LinkedDataDiagnosticCodes.TooLarge, Severity.Error, $"a {SyntaxName} document is read whole and this one is larger than the limit of {Options.MaxRecordBytes} bytes; nothing of it was read, its first {bytes.Length} bytes are kept")
            {
                ByteOffset = 0,
                Hints = [DiagnosticHint.LimitOf("record size", "ReadOptions.MaxRecordBytes")],
            };
            yield return LinkedDataRecords.Remainder(0, 0, bytes, 1, Options.SourceName, d);
            yield break;
        }

        if (IsBlank(bytes)) yield break;
        var bag = new DiagnosticBag();
        var graph = ParseDocument(bytes, bag, out var error);
        if (graph is null)
        {
            // One document, one parse: a syntax error leaves no record read and no place to resume, so the whole
            // document is the unread rest, kept byte for byte, and the run stops.
            yield return LinkedDataRecords.Remainder(0, 0, bytes, error!.Line ?? 1, Options.SourceName, error with { Message = error.Message + "; nothing of the document was read (from byte 0)" });
            yield break;
        }

        if (ForeignVocabulary.Check(graph.Triples, Vocabulary, _syntax) is { } foreign)
        {
            yield return LinkedDataRecords.Remainder(0, 0, bytes, 1, Options.SourceName, foreign with { Message = foreign.Message + "; nothing of the document was read" });
            yield break;
        }

        var (records, unattached, owners) = GraphSplitter.Split(graph, Vocabulary);
        // Nodes no record reaches (nothing of a record refers to them) are one more, unreadable, record after the
        // others: rejected with their own bytes, so that nothing of the document vanishes.
        var strays = unattached > 0 ? Strays(graph, records.Count, ref owners) : null;
        var spans = records.Count == 1 ? null : RecordSpans(bytes, owners, records.Count + (strays is null ? 0 : 1));
        for (var i = 0; i < records.Count; i++)
        {
            if (records[i].Count == 0) continue;
            ImmutableArray<Diagnostic> notes = i == 0 ? bag.ToImmutable() : [];
            if (records.Count == 1)
            {
                yield return LinkedDataRecords.Source(i, records[i], null, Options.SourceName, notes, bytes);
                continue;
            }

            // Of several records each keeps the input bytes that hold it where the syntax can tell them
            // (RecordSpans), else its graph as N-Triples.
            var source = LinkedDataRecords.Source(i, records[i], spans?[i].Line, Options.SourceName, notes);
            yield return spans?[i].Spans is { Count: > 0 } parts ? WithBytes(source, bytes, parts) : source;
        }

        if (strays is not null) yield return StraySource(records.Count, strays, unattached, spans?[records.Count], bytes);
    }

    /// <summary>The triples of the subjects no record owns; each of them is owned by the stray record <paramref name="index"/> from now on.</summary>
    private static RdfGraph Strays(RdfGraph graph, int index, ref IReadOnlyDictionary<RdfTerm, List<int>> owners)
    {
        var strays = new RdfGraph();
        var all = new Dictionary<RdfTerm, List<int>>(owners);
        foreach (var t in graph.Triples)
        {
            if (owners.ContainsKey(t.Subject)) continue;
            strays.Add(t);
            all.TryAdd(t.Subject, [index]);
        }

        owners = all;
        return strays;
    }

    /// <summary>
    /// The nodes that belong to no record, as a rejected record (LD0003): the bytes of their top-level node objects
    /// where the syntax tells them (JSON-LD), else their triples as N-Triples.
    /// </summary>
    private RecordSource StraySource(int index, RdfGraph strays, int count, (List<(long Start, long End)> Spans, int? Line)? at, byte[] bytes)
    {
        var parts = at?.Spans is { Count: > 0 } p ? p : null;
        var d = new Diagnostic(LinkedDataDiagnosticCodes.Unattached, Severity.Error, $"{count} node(s) of the document belong to no record (no record refers to them); they are not written, their bytes are kept with the rejects")
        {
            ByteOffset = parts?[0].Start,
            Line = at?.Line,
        };
        var source = LinkedDataRecords.Unreadable(index, 0, LinkedDataRecords.AsNTriples(strays, index), at?.Line, Options.SourceName, [d]);
        return parts is null ? source : WithBytes(source, bytes, parts);
    }

    /// <summary>
    /// For a document of several records, the byte spans of the input that hold each record (by position, with the
    /// line its first span starts on), or null when the syntax cannot tell (each record then keeps its graph as
    /// N-Triples). <paramref name="owners"/> gives the records each subject belongs to. Called after
    /// <see cref="ParseDocument"/> on the same document.
    /// </summary>
    protected virtual (List<(long Start, long End)> Spans, int? Line)[]? RecordSpans(byte[] bytes, IReadOnlyDictionary<RdfTerm, List<int>> owners, int records) => null;

    /// <summary>The record's input bytes: one span as it is, several joined, with where each came from.</summary>
    private static RecordSource WithBytes(RecordSource source, byte[] bytes, List<(long Start, long End)> spans)
    {
        if (spans.Count == 1) return source with { ByteOffset = spans[0].Start, Raw = bytes.AsMemory((int)spans[0].Start, (int)(spans[0].End - spans[0].Start)) };
        var raw = new byte[spans.Sum(s => s.End - s.Start)];
        var at = 0;
        foreach (var (start, end) in spans)
        {
            bytes.AsSpan((int)start, (int)(end - start)).CopyTo(raw.AsSpan(at));
            at += (int)(end - start);
        }

        return source with { ByteOffset = spans[0].Start, Raw = raw, Parts = [.. spans.Select(s => new ByteSpan(s.Start, (int)(s.End - s.Start)))] };
    }

    /// <inheritdoc />
    public ReadResult Parse(RecordSource source) => LinkedDataRecords.Parse(source, Vocabulary);

    /// <inheritdoc />
    public void Dispose() => _input.Dispose();

    /// <summary>The document's graph, or null with the syntax error (placed by line and, where known, byte offset).</summary>
    protected abstract RdfGraph? ParseDocument(byte[] bytes, DiagnosticBag bag, out Diagnostic? error);

    private static bool IsBlank(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8)) span = span[3..];
        return span.Trim(" \t\r\n"u8).IsEmpty;
    }

    private byte[] ReadAll(out bool tooLarge)
    {
        using var ms = new MemoryStream();
        var buffer = new byte[1 << 16];
        int n;
        while ((n = _input.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (ms.Length + n > Options.MaxRecordBytes)
            {
                tooLarge = true;
                ms.Write(buffer, 0, (int)(Options.MaxRecordBytes - ms.Length));
                return ms.ToArray();
            }

            ms.Write(buffer, 0, n);
        }

        tooLarge = false;
        return ms.ToArray();
    }
}
