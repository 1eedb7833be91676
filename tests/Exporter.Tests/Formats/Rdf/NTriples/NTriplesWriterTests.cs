using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.NTriples;

namespace Exporter.Tests.Formats.Rdf.NTriples;

public sealed class NTriplesWriterTests
{
    private static readonly Iri S = new("http://example.org/s");
    private static readonly Iri P = new("http://example.org/p");

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("tab\there", "\"tab\\there\"")]
    [InlineData("line\nfeed", "\"line\\nfeed\"")]
    [InlineData("carriage\rreturn", "\"carriage\\rreturn\"")]
    [InlineData("quote\"d", "\"quote\\\"d\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("bell\u0007", "\"bell\\u0007\"")]
    [InlineData("nul\u0000", "\"nul\\u0000\"")]
    [InlineData("del\u007F", "\"del\\u007F\"")]
    [InlineData("unit\u001Fsep", "\"unit\\u001Fsep\"")]
    [InlineData("Ελληνικά 中文 עברית", "\"Ελληνικά 中文 עברית\"")]
    [InlineData("astral 😀𝄞", "\"astral 😀𝄞\"")]
    public void Escapes_string_literals_per_the_spec(string lexical, string expected)
    {
        var line = Encode(new Literal(lexical));
        Assert.Equal($"<http://example.org/s> <http://example.org/p> {expected} .\n", line);
    }

    [Fact]
    public void Writes_language_tags_and_datatypes()
    {
        Assert.EndsWith("\"chat\"@fr-ca .\n", Encode(new Literal("chat", language: "fr-CA")), StringComparison.Ordinal);
        Assert.EndsWith("\"5\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n", Encode(new Literal("5", RdfNames.XsdInteger)), StringComparison.Ordinal);
        Assert.EndsWith("<http://example.org/p> \"s\" .\n", Encode(new Literal("s", Literal.XsdString)), StringComparison.Ordinal);
    }

    [Fact]
    public void Relabels_blank_nodes_by_first_use_and_graph_ordinal()
    {
        var g = new RdfGraph();
        g.Add(new BlankNode("zeta"), P, new BlankNode("alpha"));
        g.Add(new BlankNode("alpha"), P, new BlankNode("zeta"));
        Assert.Equal("_:g1b1 <http://example.org/p> _:g1b2 .\n_:g1b2 <http://example.org/p> _:g1b1 .\n", NTriplesWriter.Encode(g));
        Assert.StartsWith("_:g7b1 ", NTriplesWriter.Encode(g, 7), StringComparison.Ordinal);
    }

    [Fact]
    public void Streaming_output_equals_encoded_graphs_and_keeps_labels_apart()
    {
        var g = new RdfGraph();
        g.Add(S, P, new BlankNode("x"));
        var text = new StringWriter();
        using (var writer = new NTriplesWriter(text))
        {
            writer.WriteGraph(g);
            writer.WriteGraph(g);
            writer.Complete();
            Assert.Equal(2, writer.GraphCount);
            Assert.Equal(2, writer.TripleCount);
        }

        Assert.Equal(NTriplesWriter.Encode(g, 1) + NTriplesWriter.Encode(g, 2), text.ToString());
        Assert.Equal(2, NTriplesReader.Parse(text.ToString()).Count);
    }

    [Fact]
    public void Encoded_graphs_written_later_count_as_graphs()
    {
        var g = new RdfGraph();
        g.Add(S, P, new Literal("x"));
        var text = new StringWriter();
        using var writer = new NTriplesWriter(text);
        writer.WriteEncodedGraph(NTriplesWriter.Encode(g, 1), g.Count);
        writer.WriteGraph(g);
        writer.Complete();
        Assert.Equal(2, writer.GraphCount);
        Assert.Equal(NTriplesWriter.Encode(g) + NTriplesWriter.Encode(g, 2), text.ToString());
    }

    [Fact]
    public void Streams_get_utf8_without_bom_and_leave_open_is_honoured()
    {
        var g = new RdfGraph();
        g.Add(S, P, new Literal("é"));
        var stream = new MemoryStream();
        using (var writer = new NTriplesWriter(stream, new NTriplesWriterOptions { LeaveOpen = true }))
        {
            writer.WriteGraph(g);
            writer.Complete();
        }

        Assert.True(stream.CanWrite);
        Assert.Equal(NTriplesWriter.EncodeUtf8(g), stream.ToArray());
        Assert.Equal((byte)'<', stream.ToArray()[0]);
        Assert.Equal(Encoding.UTF8.GetBytes(NTriplesWriter.Encode(g)), stream.ToArray());

        var owned = new MemoryStream();
        using (var writer = new NTriplesWriter(owned)) writer.WriteGraph(g);
        Assert.False(owned.CanWrite);
    }

    [Fact]
    public void Empty_graph_writes_nothing() => Assert.Equal("", NTriplesWriter.Encode(new RdfGraph()));

    [Theory]
    [InlineData("RDF0101")]
    [InlineData("RDF0102")]
    [InlineData("RDF0103")]
    [InlineData("RDF0105")]
    [InlineData("RDF0106")]
    public void Unwritable_terms_throw_with_a_stable_code(string code)
    {
        var g = new RdfGraph();
        switch (code)
        {
            case "RDF0101": g.Add(S, P, new Literal("lone \uD800 surrogate")); break;
            case "RDF0102": g.Add(S, P, new Literal("x", language: "en us")); break;
            case "RDF0103": g.Add(new Literal("subject"), P, S); break;
            case "RDF0105": g.Add(new Iri("http://example.org/a b"), P, S); break;
            default: g.Add(new Iri("relative/path"), P, S); break;
        }

        var ex = Assert.Throws<RecordWriteException>(() => NTriplesWriter.Encode(g));
        Assert.Equal(code, ex.Diagnostic.Code);
    }

    private static string Encode(RdfTerm obj)
    {
        var g = new RdfGraph();
        g.Add(S, P, obj);
        return NTriplesWriter.Encode(g);
    }
}
