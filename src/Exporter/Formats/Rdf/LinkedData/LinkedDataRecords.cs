using System.Collections.Immutable;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf.NTriples;
using Exporter.Formats.Rdf.SchemaOrg;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// What the linked-data readers share: a framed record carries its graph (<see cref="RecordSource.Preparsed"/>) and,
/// as raw bytes, the graph as N-Triples (self-contained, so a rejects file can be read again); parsing is the
/// schema.org crosswalk.
/// </summary>
internal static class LinkedDataRecords
{
    private static readonly SchemaOrgCrosswalk Crosswalk = new();

    /// <summary>A framed record holding <paramref name="graph"/>.</summary>
    public static RecordSource Source(long index, RdfGraph graph, int? line, string? sourceName, ImmutableArray<Diagnostic> diagnostics, ReadOnlyMemory<byte>? raw = null) =>
        new(index, 0, raw ?? Raw(graph, index)) { Line = line, SourceName = sourceName, Preparsed = graph, Diagnostics = diagnostics };

    /// <summary>A framed record that cannot be read, with what was read of it.</summary>
    public static RecordSource Unreadable(long index, IReadOnlyList<Triple>? partial, int? line, string? sourceName, Diagnostic diagnostic)
    {
        var graph = Graph(partial ?? []);
        var d = diagnostic with { RecordIndex = index, Source = diagnostic.Source ?? sourceName };
        return new RecordSource(index, 0, Raw(graph, index)) { Line = line, SourceName = sourceName, Unreadable = true, Diagnostics = [d] };
    }

    /// <summary>A graph of the triples, in order.</summary>
    public static RdfGraph Graph(IReadOnlyList<Triple> triples)
    {
        var graph = new RdfGraph();
        foreach (var t in triples) graph.Add(t);
        return graph;
    }

    /// <summary>Maps a framed graph to the hub; a graph without a creative work is rejected (SDO0001).</summary>
    public static ReadResult Parse(RecordSource source)
    {
        if (source.Unreadable || source.Preparsed is not RdfGraph graph) return ReadResult.Rejected(source, source.Diagnostics);
        var bag = new DiagnosticBag();
        foreach (var d in source.Diagnostics) bag.Report(d);
        try
        {
            var record = Crosswalk.ToCatalog(graph, bag);
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

    private static ReadOnlyMemory<byte> Raw(RdfGraph graph, long index)
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
