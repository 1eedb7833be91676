using System.Collections.Immutable;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.Turtle;

namespace Exporter.Tests.Formats.Rdf.Turtle;

public sealed class TurtleWriterTests
{
    private const string Schema = "https://schema.org/";
    private static readonly TurtleWriterOptions WithBase = new() { BaseIri = "http://example.org/records/123" };
    private static readonly Iri Work = new("http://example.org/records/123#work");

    [Fact]
    public void Writes_a_record_with_base_prefixes_a_grouping_and_inline_blank_nodes()
    {
        var g = new RdfGraph();
        g.Add(Work, S("name"), new Literal("Title", language: "en"));
        g.Add(Work, RdfNames.TypeIri, S("Book"));
        g.Add(Work, S("author"), new BlankNode("p"));
        g.Add(new BlankNode("p"), RdfNames.TypeIri, S("Person"));
        g.Add(new BlankNode("p"), S("name"), new Literal("Smith, J."));
        g.Add(Work, S("about"), new Literal("One"));
        g.Add(Work, S("about"), new Literal("Two"));
        g.Add(Work, S("numberOfPages"), new Literal("320", RdfNames.XsdInteger));
        g.Add(Work, S("isbn"), new Literal("0123", RdfNames.XsdInteger));
        g.Add(Work, S("isFamilyFriendly"), new Literal("true", RdfNames.XsdBoolean));
        g.Add(Work, S("sameAs"), new Iri("http://example.org/records/124"));
        g.Add(Work, S("url"), new Iri("http://example.org/records/123"));
        const string expected = """
            @base <http://example.org/records/123> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix schema: <https://schema.org/> .

            <#work> a schema:Book ;
                schema:name "Title"@en ;
                schema:author [
                    a schema:Person ;
                    schema:name "Smith, J."
                ] ;
                schema:about "One", "Two" ;
                schema:numberOfPages 320 ;
                schema:isbn "0123"^^xsd:integer ;
                schema:isFamilyFriendly true ;
                schema:sameAs <124> ;
                schema:url <> .


            """;
        Assert.Equal(expected, TurtleWriter.EncodeDocument(g, WithBase));
        AssertRoundTrips(g, WithBase);
    }

    [Fact]
    public void Writes_long_strings_for_values_with_line_feeds()
    {
        var g = new RdfGraph();
        g.Add(Work, S("description"), new Literal("line one\n\"quoted\" \\ end\"\"\"\r\ttab\""));
        var text = TurtleWriter.Encode(g, WithBase);
        Assert.Contains("\"\"\"line one\n\"quoted\" \\\\ end\\\"\\\"\"\\r\ttab\\\"\"\"\"", text, StringComparison.Ordinal);
        AssertRoundTrips(g, WithBase);
    }

    [Fact]
    public void Labels_shared_and_cyclic_blank_nodes_and_writes_unused_ones_as_brackets()
    {
        var g = new RdfGraph();
        var shared = new BlankNode("shared");
        var a = new BlankNode("a");
        var b = new BlankNode("b");
        g.Add(Work, S("x"), shared);
        g.Add(Work, S("y"), shared);
        g.Add(a, S("next"), b);
        g.Add(b, S("next"), a);
        g.Add(new BlankNode("root"), S("name"), new Literal("r"));
        const string expected = """
            <#work> schema:x _:g1b1 ;
                schema:y _:g1b1 .

            _:g1b2 schema:next [
                    schema:next _:g1b2
                ] .

            [] schema:name "r" .


            """;
        Assert.Equal(expected, TurtleWriter.Encode(g, WithBase));
        AssertRoundTrips(g, WithBase);
    }

    [Fact]
    public void Writes_well_formed_lists_as_collections()
    {
        var g = TurtleReader.Parse("""
            @prefix s: <https://schema.org/> .
            <http://example.org/records/123#work> s:a ( 1 "two" [ s:name "three" ] ( <http://example.org/x> ) ) ;
                s:b _:c1 .
            _:c1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> 1 ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:c2 .
            _:c2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> 2 ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:c2 .
            """);
        const string expected = """
            <#work> schema:a ( 1 "two" [
                    schema:name "three"
                ] ( <http://example.org/x> ) ) ;
                schema:b [
                    rdf:first 1 ;
                    rdf:rest _:g1b1
                ] .

            _:g1b1 rdf:first 2 ;
                rdf:rest _:g1b1 .


            """;
        Assert.Equal(expected, TurtleWriter.Encode(g, WithBase));
        AssertRoundTrips(g, WithBase);
    }

    [Fact]
    public void Lists_with_extra_triples_or_shared_cells_stay_triples()
    {
        var g = TurtleReader.Parse("""
            @prefix s: <https://schema.org/> .
            <http://e/s> s:a ( 1 2 ) ; s:b ( 3 ) .
            """);
        var cell = g.Triples.First(t => t.Predicate.Value == "https://schema.org/b").Object;
        g.Add(cell, new Iri("https://schema.org/extra"), new Literal("x"));
        var text = TurtleWriter.Encode(g, WithBase);
        Assert.Contains("schema:a ( 1 2 )", text, StringComparison.Ordinal);
        Assert.DoesNotContain("( 3 )", text, StringComparison.Ordinal);
        AssertRoundTrips(g, WithBase);
    }

    [Fact]
    public void Long_lists_stay_one_collection()
    {
        var doc = "<http://e/s> <http://e/p> (" + string.Concat(Enumerable.Range(0, 100).Select(i => $" {i}")) + " ) .";
        var g = TurtleReader.Parse(doc);
        Assert.Contains("( 0 1 2", TurtleWriter.Encode(g), StringComparison.Ordinal);
        Assert.DoesNotContain("_:", TurtleWriter.Encode(g), StringComparison.Ordinal);
        AssertRoundTrips(g, TurtleWriterOptions.Default);
    }

    [Fact]
    public void Cuts_deep_chains_of_single_use_blank_nodes_into_labelled_blocks()
    {
        var g = new RdfGraph();
        RdfTerm previous = Work;
        for (var i = 0; i < 40; i++)
        {
            var node = new BlankNode("c" + i);
            g.Add(previous, S("next"), node);
            previous = node;
        }

        var text = TurtleWriter.Encode(g, WithBase);
        Assert.Equal(3, text.Split(" .\n\n").Length - 1);
        Assert.DoesNotContain(new string(' ', 4 * 17), text, StringComparison.Ordinal);
        AssertRoundTrips(g, WithBase);
    }

    [Fact]
    public void Streams_graphs_with_one_header_and_labels_unique_per_graph()
    {
        var g = new RdfGraph();
        g.Add(Work, S("x"), new BlankNode("n"));
        g.Add(Work, S("y"), new BlankNode("n"));
        var text = new StringWriter();
        using (var writer = new TurtleWriter(text, WithBase))
        {
            writer.WriteHeader();
            writer.WriteGraph(g);
            writer.WriteEncodedGraph(TurtleWriter.Encode(g, WithBase, 2), g.Count);
            writer.Complete();
            Assert.Equal(2, writer.GraphCount);
            Assert.Equal(4, writer.TripleCount);
        }

        var expected = TurtleWriter.EncodeHeader(WithBase) + TurtleWriter.Encode(g, WithBase, 1) + TurtleWriter.Encode(g, WithBase, 2);
        Assert.Equal(expected, text.ToString());
        Assert.Contains("_:g2b1", text.ToString(), StringComparison.Ordinal);
        Assert.Equal(4, TurtleReader.Parse(text.ToString()).Count);
    }

    [Fact]
    public void An_empty_document_is_its_header()
    {
        var text = new StringWriter();
        using (var writer = new TurtleWriter(text)) writer.Complete();
        Assert.Equal(TurtleWriter.EncodeHeader(), text.ToString());
        Assert.Empty(TurtleReader.Parse(text.ToString()).Triples);
    }

    [Fact]
    public void Uses_the_longest_namespace_and_falls_back_to_full_iris()
    {
        var options = new TurtleWriterOptions
        {
            Prefixes = [new TurtlePrefix("ex", "http://e/"), new TurtlePrefix("exv", "http://e/v/"), new TurtlePrefix("", "urn:x:")],
        };
        var g = new RdfGraph();
        g.Add(new Iri("http://e/v/a"), new Iri("http://e/b"), new Iri("urn:x:c"));
        g.Add(new Iri("http://e/v/a"), new Iri("http://e/has/slash"), new Iri("http://e/dot."));
        g.Add(new Iri("http://e/v/a"), new Iri("http://e/ok.dot"), new Iri("http://e/%20"));
        const string expected = """
            exv:a ex:b :c ;
                <http://e/has/slash> <http://e/dot.> ;
                ex:ok.dot <http://e/%20> .


            """;
        Assert.Equal(expected, TurtleWriter.Encode(g, options));
        AssertRoundTrips(g, options);
    }

    [Theory]
    [InlineData("http://e.org/r/123", "http://e.org/r/123", "<>")]
    [InlineData("http://e.org/r/123#x", "http://e.org/r/123", "<>")]
    [InlineData("http://e.org/r/123", "http://e.org/r/123#work", "<#work>")]
    [InlineData("http://e.org/r/123", "http://e.org/r/124", "<124>")]
    [InlineData("http://e.org/r/123", "http://e.org/r/a/b?q#f", "<a/b?q#f>")]
    [InlineData("http://e.org/r/123", "http://e.org/r/?q", "<http://e.org/r/?q>")]
    [InlineData("http://e.org/r/123", "http://e.org/r/a:b", "<http://e.org/r/a:b>")]
    [InlineData("http://e.org/r/123", "http://e.org/r/x/a:b", "<x/a:b>")]
    [InlineData("http://e.org/r/123", "http://e.org/r/../x", "<http://e.org/r/../x>")]
    [InlineData("http://e.org/r/123", "http://e.org/r/./x", "<http://e.org/r/./x>")]
    [InlineData("http://e.org/r/123", "http://e.org/other", "<http://e.org/other>")]
    [InlineData("http://e.org/r/1?a/b", "http://e.org/r/x", "<x>")]
    [InlineData("http://e.org/r/1?a/b", "http://e.org/r/1?a/c", "<1?a/c>")]
    [InlineData("http://e.org", "http://e.org/x", "<http://e.org/x>")]
    [InlineData("urn:isbn:123", "urn:isbn:123#w", "<#w>")]
    [InlineData("urn:isbn:123", "urn:isbn:124", "<urn:isbn:124>")]
    public void Writes_iris_relative_to_the_base_only_when_they_resolve_back(string baseIri, string iri, string expected)
    {
        var options = new TurtleWriterOptions { BaseIri = baseIri, Prefixes = [] };
        var g = new RdfGraph();
        g.Add(new Iri(iri), S("p"), new Literal("x"));
        Assert.StartsWith(expected + " ", TurtleWriter.Encode(g, options), StringComparison.Ordinal);
        AssertRoundTrips(g, options);
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("-17", true)]
    [InlineData("123456789012345678901234567890", true)]
    [InlineData("007", false)]
    [InlineData("+7", false)]
    [InlineData("-0", false)]
    [InlineData("", false)]
    [InlineData("1.0", false)]
    [InlineData("١٢", false)]
    public void Writes_bare_integers_only_in_canonical_form(string lexical, bool bare)
    {
        var g = new RdfGraph();
        g.Add(Work, S("n"), new Literal(lexical, RdfNames.XsdInteger));
        var text = TurtleWriter.Encode(g, WithBase);
        Assert.Equal(bare, text.Contains($"schema:n {lexical} .", StringComparison.Ordinal));
        AssertRoundTrips(g, WithBase);
    }

    [Fact]
    public void A_default_prefix_array_means_no_prefixes()
    {
        var g = new RdfGraph();
        g.Add(Work, S("name"), new Literal("x"));
        var options = new TurtleWriterOptions { Prefixes = default };
        Assert.Equal("\n<http://example.org/records/123#work> <https://schema.org/name> \"x\" .\n\n", TurtleWriter.EncodeDocument(g, options));
    }

    [Fact]
    public void Rejects_invalid_prefix_names_and_relative_bases()
    {
        var badPrefix = new TurtleWriterOptions { Prefixes = ImmutableArray.Create(new TurtlePrefix("1x", "http://e/")) };
        Assert.Equal("RDF0107", Assert.Throws<RecordWriteException>(() => TurtleWriter.Encode(new RdfGraph(), badPrefix)).Diagnostic.Code);
        var badBase = new TurtleWriterOptions { BaseIri = "relative/" };
        Assert.Equal("RDF0106", Assert.Throws<RecordWriteException>(() => TurtleWriter.Encode(new RdfGraph(), badBase)).Diagnostic.Code);
    }

    [Fact]
    public void Stream_output_is_utf8_without_bom()
    {
        var g = new RdfGraph();
        g.Add(Work, S("name"), new Literal("Ünïcödé 😀"));
        var stream = new MemoryStream();
        using (var writer = new TurtleWriter(stream, WithBase with { LeaveOpen = true })) writer.WriteGraph(g);
        Assert.Equal(TurtleWriter.EncodeHeader(WithBase) + TurtleWriter.Encode(g, WithBase), System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal((byte)'@', stream.ToArray()[0]);
        Assert.Equal(TurtleWriter.EncodeUtf8(g, WithBase), stream.ToArray()[TurtleWriter.EncodeHeader(WithBase).Length..]);
    }

    private static Iri S(string local) => new(Schema + local);

    private static void AssertRoundTrips(RdfGraph g, TurtleWriterOptions options)
    {
        var back = TurtleReader.Parse(TurtleWriter.EncodeDocument(g, options));
        Assert.True(GraphIsomorphism.AreIsomorphic(g, back), TurtleWriter.EncodeDocument(g, options));
    }
}
