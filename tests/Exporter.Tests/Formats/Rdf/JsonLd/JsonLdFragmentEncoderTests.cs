using Exporter.Diagnostics;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.JsonLd;
using Exporter.Formats.Rdf.SchemaOrg;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.JsonLd;

public class JsonLdFragmentEncoderTests
{
    [Fact]
    public void Header_graph_and_footer_make_the_document_the_writer_writes()
    {
        var crosswalk = new SchemaOrgCrosswalk();
        foreach (var record in RecordFactory.Examples())
        {
            var graph = crosswalk.FromCatalog(record, NullDiagnostics.Instance);
            var encoder = new JsonLdFragmentEncoder();
            var fragments = encoder.Header + encoder.EncodeGraph(graph, 1) + encoder.Footer;
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
        var encoder = new JsonLdFragmentEncoder(new JsonLdWriterOptions { Indentation = indentation });
        var doc = encoder.Header + string.Join(encoder.Separator, graphs.Select((g, i) => encoder.EncodeGraph(g, i + 1))) + encoder.Footer;
        // Each graph's blank nodes are its own (the crosswalk labels them b0, b1... in every graph).
        var union = new RdfGraph();
        for (var i = 0; i < graphs.Count; i++)
        {
            RdfTerm Own(RdfTerm term) => term is BlankNode b ? new BlankNode(i + "-" + b.Label) : term;
            foreach (var t in graphs[i].Triples) union.Add(new Triple(Own(t.Subject), t.Predicate, Own(t.Object)));
        }

        Assert.True(GraphIsomorphism.AreIsomorphic(union, JsonLdReader.Parse(doc)));
        Assert.Empty(JsonLdReader.Parse(encoder.Header + encoder.Footer).Triples);
    }

    [Fact]
    public void Reference_mode_needs_a_url()
    {
        Assert.Throws<ArgumentException>(() => new JsonLdFragmentEncoder(new JsonLdWriterOptions { ContextMode = JsonLdContextMode.Reference }));
        var encoder = new JsonLdFragmentEncoder(new JsonLdWriterOptions { ContextMode = JsonLdContextMode.Reference, ContextUrl = "https://example.org/ctx.jsonld" });
        Assert.Contains("\"@context\": \"https://example.org/ctx.jsonld\"", encoder.Header, StringComparison.Ordinal);
    }
}
