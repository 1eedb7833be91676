using System.Collections.Immutable;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf.NTriples;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// What the linked-data readers share: a framed record carries its graph (<see cref="RecordSource.TryGetFramed{T}"/>) and,
/// as raw bytes, the graph as N-Triples (self-contained, so a rejects file can be read again); parsing is the
/// record's vocabulary (<see cref="ILinkedDataVocabulary.ToCatalog"/>).
/// </summary>
internal static class LinkedDataRecords
{
    /// <summary>A framed record holding <paramref name="graph"/>; <paramref name="raw"/> is its input bytes (the graph as N-Triples when null).</summary>
    public static RecordSource Source(long index, RdfGraph graph, int? line, string? sourceName, ImmutableArray<Diagnostic> diagnostics, ReadOnlyMemory<byte>? raw = null, long offset = 0) =>
        new RecordSource(index, offset, raw ?? AsNTriples(graph, index)) { Line = line, SourceName = sourceName, Diagnostics = diagnostics }.WithFramed(graph);

    /// <summary>A framed record that cannot be read, with its raw input bytes.</summary>
    public static RecordSource Unreadable(long index, long offset, ReadOnlyMemory<byte> raw, int? line, string? sourceName, IEnumerable<Diagnostic> diagnostics) =>
        new(index, offset, raw)
        {
            Line = line, SourceName = sourceName, Unreadable = true,
            Diagnostics = [.. diagnostics.Select(d => d with { RecordIndex = index, Source = d.Source ?? sourceName })],
        };

    /// <summary>
    /// The input's unread rest from <paramref name="offset"/>, where reading stopped: unreadable, and it stops the run
    /// (<see cref="RecordSource.StopsReading"/>).
    /// </summary>
    public static RecordSource Remainder(long index, long offset, ReadOnlyMemory<byte> rest, int? line, string? sourceName, Diagnostic diagnostic) =>
        Unreadable(index, offset, rest, line, sourceName, [WithoutSkipHint(diagnostic)]) with { StopsReading = true };

    /// <summary>A stop cannot be skipped past, so its diagnostic does not suggest going on past bad records.</summary>
    private static Diagnostic WithoutSkipHint(Diagnostic d) =>
        d.Hints.IsDefaultOrEmpty ? d : d with { Hints = [.. d.Hints.Where(h => h.Kind != DiagnosticHintKind.GoOnPastBadRecords)] };

    /// <summary>A graph of the triples, in order.</summary>
    public static RdfGraph Graph(IReadOnlyList<Triple> triples)
    {
        var graph = new RdfGraph();
        foreach (var t in triples) graph.Add(t);
        return graph;
    }

    /// <summary>Maps a framed graph to the hub with <paramref name="vocabulary"/>; a graph that holds no record is rejected (schema.org: SDO0001).</summary>
    public static ReadResult Parse(RecordSource source, ILinkedDataVocabulary vocabulary)
    {
        if (source.Unreadable || !source.TryGetFramed<RdfGraph>(out var graph)) return ReadResult.Rejected(source, source.Diagnostics);
        var bag = new DiagnosticBag();
        foreach (var d in source.Diagnostics) bag.Report(d);
        try
        {
            var record = vocabulary.ToCatalog(graph, bag);
            return ReadResult.Read(source, record, Place(bag, source));
        }
        catch (RecordFormatException ex)
        {
            if (!bag.HasErrors) bag.Report(ex.Diagnostic);
            return ReadResult.Rejected(source, Place(bag, source));
        }
    }

    private static ImmutableArray<Diagnostic> Place(DiagnosticBag bag, RecordSource source) =>
        [.. bag.Items.Select(d => d with { RecordIndex = source.Index, Source = d.Source ?? source.SourceName, Line = d.Line ?? source.Line })];

    /// <summary>The graph as N-Triples, the raw bytes of a record whose input bytes cannot be told apart; empty when it cannot be written.</summary>
    public static ReadOnlyMemory<byte> AsNTriples(RdfGraph graph, long index)
    {
        try
        {
            return NTriplesWriter.EncodeUtf8(graph, index + 1);
        }
        catch (Exception ex) when (ex is ExporterException or ArgumentException)
        {
            return ReadOnlyMemory<byte>.Empty;
        }
    }
}
