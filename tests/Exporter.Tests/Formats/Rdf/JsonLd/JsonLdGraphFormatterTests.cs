using System.Buffers;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.JsonLd;
using Exporter.Formats.Rdf.SchemaOrg;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.JsonLd;

/// <summary>The codec's one write path: header, graphs formatted apart, separator, footer (was JsonLdFragmentEncoder).</summary>
public class JsonLdGraphFormatterTests
{
    internal static string Format(JsonLdGraphFormatter formatter, RdfGraph graph, long ordinal)
    {
        var buffer = new ArrayBufferWriter<byte>();
        formatter.Write(graph, ordinal, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void Header_graph_and_footer_make_the_document_the_writer_writes()
    {
        var crosswalk = new SchemaOrgCrosswalk();
        foreach (var record in RecordFactory.Examples())
        {
            var graph = crosswalk.FromCatalog(record, NullDiagnostics.Instance);
            var options = JsonLdWriterOptions.Default;
            var fragments = JsonLdGraphFormatter.Header(options) + Format(new JsonLdGraphFormatter(options), graph, 1) + JsonLdGraphFormatter.Footer(options);
            Assert.Equal(JsonLdWriter.ToJson(graph).Replace("\"_:b", "\"_:g1b", StringComparison.Ordinal), fragments);
        }
    }

    [Theory]
    [InlineData(JsonLdIndentation.Indented)]
    [InlineData(JsonLdIndentation.None)]
    public void Graphs_joined_by_the_separator_read_back_as_their_union(JsonLdIndentation indentation)
    {
        var crosswalk = new SchemaOrgCrosswalk();
        var graphs = RecordFactory.Examples().Select(r => crosswalk.FromCatalog(r, NullDiagnostics.Instance)).ToList();
        var options = new JsonLdWriterOptions { Indentation = indentation };
        var formatter = new JsonLdGraphFormatter(options);
        var doc = JsonLdGraphFormatter.Header(options) + string.Join(JsonLdGraphFormatter.Separator, graphs.Select((g, i) => Format(formatter, g, i + 1))) + JsonLdGraphFormatter.Footer(options);
        // Each graph's blank nodes are its own (the crosswalk labels them b0, b1... in every graph).
        var union = new RdfGraph();
        for (var i = 0; i < graphs.Count; i++)
        {
            RdfTerm Own(RdfTerm term) => term is BlankNode b ? new BlankNode(i + "-" + b.Label) : term;
            foreach (var t in graphs[i].Triples) union.Add(new Triple(Own(t.Subject), t.Predicate, Own(t.Object)));
        }

        Assert.True(GraphIsomorphism.AreIsomorphic(union, JsonLdReader.Parse(doc)));
        Assert.Empty(JsonLdReader.Parse(JsonLdGraphFormatter.Header(options) + JsonLdGraphFormatter.Footer(options)).Triples);
    }

    [Fact]
    public void Reference_mode_needs_a_url()
    {
        Assert.Throws<ArgumentException>(() => new JsonLdGraphFormatter(new JsonLdWriterOptions { ContextMode = JsonLdContextMode.Reference }));
        var options = new JsonLdWriterOptions { ContextMode = JsonLdContextMode.Reference, ContextUrl = "https://example.org/ctx.jsonld" };
        _ = new JsonLdGraphFormatter(options);
        Assert.Contains("\"@context\": \"https://example.org/ctx.jsonld\"", JsonLdGraphFormatter.Header(options), StringComparison.Ordinal);
    }
}
