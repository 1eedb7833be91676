using System.Text;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.JsonLd;
using Exporter.Tests.Formats.Rdf.JsonLd.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Exporter.Tests.Formats.Rdf.JsonLd;

/// <summary>graph -> JSON-LD -> graph is isomorphic, for hostile generated graphs, in every writer layout.</summary>
public sealed class JsonLdRoundTripTests
{
    private static readonly JsonLdReaderOptions Keep = new() { SchemaOrgIris = SchemaOrgIriHandling.Keep };

    [Property(Arbitrary = [typeof(HostileGraphs)], MaxTest = 300)]
    public Property Indented_document_round_trips(GeneratedGraph generated) =>
        RoundTrip(generated.Graph, JsonLdWriter.ToJson(generated.Graph));

    [Property(Arbitrary = [typeof(HostileGraphs)], MaxTest = 150)]
    public Property Single_line_document_round_trips(GeneratedGraph generated) =>
        RoundTrip(generated.Graph, JsonLdWriter.ToJson(generated.Graph, new JsonLdWriterOptions { Indentation = JsonLdIndentation.None }));

    [Property(Arbitrary = [typeof(HostileGraphs)], MaxTest = 100)]
    public Property Json_lines_round_trip_one_graph_per_line(GeneratedGraph a, GeneratedGraph b)
    {
        using var ms = new MemoryStream();
        using (var writer = new JsonLdLinesWriter(ms, new JsonLdWriterOptions { LeaveOpen = true }))
        {
            writer.WriteGraph(a.Graph);
            writer.WriteGraph(b.Graph);
            writer.Complete();
        }

        var text = Encoding.UTF8.GetString(ms.ToArray());
        using var reader = new JsonLdReader(new StringReader(text), Keep with { Framing = JsonLdInputFraming.Lines });
        var graphs = reader.ReadAll().ToList();
        var lines = text.Split('\n');
        return (graphs.Count == 2 && lines.Length == 3 && lines[2].Length == 0
                && TestGraphIsomorphism.AreIsomorphic(HostileGraphs.WithNfcLiterals(a.Graph), graphs[0])
                && TestGraphIsomorphism.AreIsomorphic(HostileGraphs.WithNfcLiterals(b.Graph), graphs[1]))
            .ToProperty().Label(text);
    }

    [Property(Arbitrary = [typeof(HostileGraphs)], MaxTest = 100)]
    public Property Streamed_document_reads_back_as_the_union_of_its_records(GeneratedGraph a, GeneratedGraph b)
    {
        using var ms = new MemoryStream();
        using (var writer = new JsonLdWriter(ms, new JsonLdWriterOptions { LeaveOpen = true }))
        {
            writer.WriteHeader();
            writer.WriteGraph(a.Graph);
            writer.WriteGraph(b.Graph);
            writer.Complete();
        }

        var union = new RdfGraph();
        foreach (var t in HostileGraphs.WithNfcLiterals(a.Graph).Triples) union.Add(Relabel(t, "a"));
        foreach (var t in HostileGraphs.WithNfcLiterals(b.Graph).Triples) union.Add(Relabel(t, "b"));
        var text = Encoding.UTF8.GetString(ms.ToArray());
        return RoundTrip(union, text, expectedIsNfc: true);
    }

    private static Property RoundTrip(RdfGraph graph, string json, bool expectedIsNfc = false)
    {
        var expected = expectedIsNfc ? graph : HostileGraphs.WithNfcLiterals(graph);
        var back = JsonLdReader.Parse(json, Keep);
        var why = TestGraphIsomorphism.Explain(expected, back);
        return (why is null).ToProperty().Label($"{why}\n--- json\n{json}\n--- read back\n{string.Join("\n", back.Triples)}");
    }

    private static Triple Relabel(Triple t, string prefix) =>
        new(t.Subject is BlankNode s ? new BlankNode(prefix + s.Label) : t.Subject, t.Predicate, t.Object is BlankNode o ? new BlankNode(prefix + o.Label) : t.Object);
}
