using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.RdfXml;

namespace Exporter.Tests.Formats.Rdf.RdfXml;

public sealed class RdfXmlWriterTests
{
    public const string Bf = "http://id.loc.gov/ontologies/bibframe/";
    public const string Bflc = "http://id.loc.gov/ontologies/bflc/";
    public const string Mads = "http://www.loc.gov/mads/rdf/v1#";

    public static readonly RdfXmlWriterOptions LocOptions = new()
    {
        Prefixes =
        [
            new("rdf", RdfNames.RdfNamespace), new("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            new("bf", Bf), new("bflc", Bflc), new("madsrdf", Mads),
        ],
    };

    private static readonly Iri Work = new("http://example.org/12345#Work");

    private static Iri B(string local) => new(Bf + local);

    [Fact]
    public void Writes_typed_node_elements_nested_blank_nodes_and_every_literal_kind()
    {
        var g = new RdfGraph();
        var title = new BlankNode("t");
        g.Add(Work, RdfNames.TypeIri, B("Work"));
        g.Add(Work, RdfNames.TypeIri, B("Text"));
        g.Add(Work, B("title"), title);
        g.Add(title, RdfNames.TypeIri, B("Title"));
        g.Add(title, B("mainTitle"), new Literal("Summerland & <more>"));
        g.Add(Work, B("language"), new Iri("http://id.loc.gov/vocabulary/languages/eng"));
        g.Add(Work, new Iri(Bflc + "simpleDate"), new Literal("1999-12-31", "http://id.loc.gov/datatypes/edtf"));
        g.Add(Work, new Iri("http://www.w3.org/2000/01/rdf-schema#label"), new Literal("Été", language: "fr"));
        const string expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                     xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
                     xmlns:bf="http://id.loc.gov/ontologies/bibframe/"
                     xmlns:bflc="http://id.loc.gov/ontologies/bflc/"
                     xmlns:madsrdf="http://www.loc.gov/mads/rdf/v1#">
              <bf:Work rdf:about="http://example.org/12345#Work">
                <rdf:type rdf:resource="http://id.loc.gov/ontologies/bibframe/Text"/>
                <bf:title>
                  <bf:Title>
                    <bf:mainTitle>Summerland &amp; &lt;more&gt;</bf:mainTitle>
                  </bf:Title>
                </bf:title>
                <bf:language rdf:resource="http://id.loc.gov/vocabulary/languages/eng"/>
                <bflc:simpleDate rdf:datatype="http://id.loc.gov/datatypes/edtf">1999-12-31</bflc:simpleDate>
                <rdfs:label xml:lang="fr">Été</rdfs:label>
              </bf:Work>
            </rdf:RDF>

            """;
        Assert.Equal(expected, RdfXmlWriter.EncodeDocument(g, LocOptions));
    }

    [Fact]
    public void Shared_and_cyclic_blank_nodes_get_node_ids_and_unmapped_namespaces_get_ns_declarations()
    {
        var g = new RdfGraph();
        var shared = new BlankNode("shared");
        var a = new BlankNode("a");
        var b = new BlankNode("b");
        g.Add(Work, new Iri("http://example.org/v#0lead"), shared);
        g.Add(Work, new Iri("urn:x-local:c:d"), shared);
        g.Add(shared, new Iri("http://example.org/v#name"), new Literal("x"));
        g.Add(a, new Iri("http://example.org/v#next"), b); // a <-> b: a cycle of single-use nodes
        g.Add(b, new Iri("http://example.org/v#next"), a);
        const string expected = """
              <rdf:Description rdf:about="http://example.org/12345#Work" xmlns:ns1="http://example.org/v#0" xmlns:ns2="urn:x-local:c:">
                <ns1:lead rdf:nodeID="g1b1"/>
                <ns2:d rdf:nodeID="g1b1"/>
              </rdf:Description>
              <rdf:Description rdf:nodeID="g1b1" xmlns:ns1="http://example.org/v#">
                <ns1:name>x</ns1:name>
              </rdf:Description>
              <rdf:Description rdf:nodeID="g1b2" xmlns:ns1="http://example.org/v#">
                <ns1:next>
                  <rdf:Description>
                    <ns1:next rdf:nodeID="g1b2"/>
                  </rdf:Description>
                </ns1:next>
              </rdf:Description>

            """;
        Assert.Equal(expected, Format(g, LocOptions));
    }

    [Fact]
    public void Escapes_text_and_attributes_and_keeps_carriage_returns_astral_and_non_Latin_text()
    {
        var g = new RdfGraph();
        var s = new Iri("http://example.org/s?a=1&b=2");
        g.Add(s, B("note"), new Literal("a\r\nb\t<&>\"' ]]> 😀 日本語 Ελληνικά \u007F\u0085\uFEFF"));
        g.Add(s, B("xml"), new Literal("<b>bold</b>", RdfNames.RdfNamespace + "XMLLiteral"));
        g.Add(s, B("empty"), new Literal(""));
        g.Add(s, B("emptyTyped"), new Literal("", "http://example.org/dt"));
        const string expected = """
              <rdf:Description rdf:about="http://example.org/s?a=1&amp;b=2">
                <bf:note>a&#13;
            b	&lt;&amp;&gt;"' ]]&gt; 😀 日本語 Ελληνικά {C1}</bf:note>
                <bf:xml rdf:datatype="http://www.w3.org/1999/02/22-rdf-syntax-ns#XMLLiteral">&lt;b&gt;bold&lt;/b&gt;</bf:xml>
                <bf:empty></bf:empty>
                <bf:emptyTyped rdf:datatype="http://example.org/dt"></bf:emptyTyped>
              </rdf:Description>

            """;
        Assert.Equal(expected.Replace("{C1}", "\u007F\u0085\uFEFF", StringComparison.Ordinal), Format(g, LocOptions));
        Assert.True(GraphIsomorphism.AreIsomorphic(g, RdfXmlReader.Parse(RdfXmlWriter.EncodeDocument(g, LocOptions))));
    }

    [Fact]
    public void Types_that_cannot_be_element_names_stay_rdf_type_properties()
    {
        var g = new RdfGraph();
        g.Add(Work, RdfNames.TypeIri, new Iri("http://example.org/types/123")); // no NCName at the end
        g.Add(Work, RdfNames.TypeIri, new Iri(RdfNames.RdfNamespace + "Description"));
        g.Add(Work, RdfNames.TypeIri, new Iri(RdfNames.RdfNamespace + "Bag"));
        var text = Format(g, LocOptions);
        Assert.StartsWith("  <rdf:Bag rdf:about=", text, StringComparison.Ordinal);
        Assert.Contains("<rdf:type rdf:resource=\"http://example.org/types/123\"/>", text, StringComparison.Ordinal);
        Assert.Contains("<rdf:type rdf:resource=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#Description\"/>", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://example.org/v#p", "bad\u0001", null, "RDF0109")]
    [InlineData("http://example.org/v#p", "bad\uFFFF", null, "RDF0109")]
    [InlineData("http://example.org/v#p", "bad{lone surrogate}", null, "RDF0101")]
    [InlineData("http://example.org/v#p", "x", "not a tag", "RDF0102")]
    [InlineData("http://example.org/v/123", "x", null, "RDF0108")]
    [InlineData("http://example.org/v#%20", "x", null, "RDF0108")]
    [InlineData("http://www.w3.org/1999/02/22-rdf-syntax-ns#li", "x", null, "RDF0110")]
    [InlineData("http://www.w3.org/1999/02/22-rdf-syntax-ns#about", "x", null, "RDF0110")]
    [InlineData("http://www.w3.org/1999/02/22-rdf-syntax-ns#Description", "x", null, "RDF0110")]
    [InlineData("relative#p", "x", null, "RDF0106")]
    [InlineData("http://example.org/a b#p", "x", null, "RDF0105")]
    public void Unwritable_graphs_are_refused_before_anything_is_written(string predicate, string value, string? language, string code)
    {
        var g = new RdfGraph();
        g.Add(Work, B("fine"), new Literal("first triple is fine"));
        g.Add(Work, new Iri(predicate), new Literal(value.Replace("{lone surrogate}", "\uD800", StringComparison.Ordinal), language: language));
        var output = new ArrayBufferWriter<byte>();
        var e = Assert.Throws<RecordWriteException>(() => RdfXmlWriter.Format(g, output, LocOptions));
        Assert.Equal(code, e.Diagnostic.Code);
        Assert.Equal(0, output.WrittenCount);
    }

    [Theory]
    [InlineData("xmlfoo", "http://example.org/x#")]
    [InlineData("1a", "http://example.org/x#")]
    [InlineData("rdf", "http://example.org/x#")]
    [InlineData("x", "relative")]
    public void Bad_prefix_maps_are_refused(string name, string ns)
    {
        var options = new RdfXmlWriterOptions { Prefixes = [new(name, ns)] };
        Assert.Throws<RecordWriteException>(() => RdfXmlWriter.DocumentStart(options));
    }

    [Fact]
    public void The_stream_writer_writes_the_envelope_once_and_an_empty_document_is_valid()
    {
        var empty = new MemoryStream();
        using (var writer = new RdfXmlWriter(empty, new RdfXmlWriterOptions { LeaveOpen = true }))
        {
            writer.Complete();
        }

        var text = Encoding.UTF8.GetString(empty.ToArray());
        Assert.EndsWith(">\n</rdf:RDF>\n", text, StringComparison.Ordinal);
        Assert.Equal(0, RdfXmlReader.Parse(text).Count);

        var two = new MemoryStream();
        var g = new RdfGraph();
        g.Add(new BlankNode("x"), B("p"), new BlankNode("y"));
        g.Add(new BlankNode("y"), B("p"), new BlankNode("x"));
        using (var writer = new RdfXmlWriter(two, LocOptions with { LeaveOpen = true }))
        {
            writer.WriteGraph(g);
            writer.WriteGraph(g);
            writer.Complete();
            Assert.Equal(2, writer.GraphCount);
            Assert.Equal(4, writer.TripleCount);
        }

        var doc = Encoding.UTF8.GetString(two.ToArray());
        Assert.Contains("rdf:nodeID=\"g1b1\"", doc, StringComparison.Ordinal);
        Assert.Contains("rdf:nodeID=\"g2b1\"", doc, StringComparison.Ordinal);
        Assert.Equal(4, RdfXmlReader.Parse(doc).Count);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(doc, "<rdf:RDF"));
    }

    [Fact]
    public void Deep_blank_node_chains_are_cut_into_top_level_descriptions()
    {
        var g = new RdfGraph();
        RdfTerm previous = Work;
        for (var i = 0; i < 100; i++)
        {
            var node = new BlankNode("c" + i);
            g.Add(previous, B("next"), node);
            previous = node;
        }

        var text = RdfXmlWriter.EncodeDocument(g, LocOptions);
        Assert.DoesNotContain(new string(' ', 2 * ((2 * RdfXmlNesting.MaxDepth) + 4)) + "<", text, StringComparison.Ordinal);
        Assert.True(GraphIsomorphism.AreIsomorphic(g, RdfXmlReader.Parse(text)));
    }

    private static string Format(RdfGraph g, RdfXmlWriterOptions options)
    {
        var output = new ArrayBufferWriter<byte>();
        RdfXmlWriter.Format(g, output, options);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
