using System.Text;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.NTriples;
using Exporter.Formats.Rdf.RdfXml;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.RdfXml;

public sealed class RdfXmlReaderTests
{
    /// <summary>The base the edge-case documents are read with (and rapper ran with to make their .nt files).</summary>
    public const string DocumentBase = "http://example.org/base/doc";

    private const string Head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/v#">

        """;

    private const string Tail = "\n</rdf:RDF>\n";

    public static TheoryData<string> EdgeCases => new(Directory.GetFiles(TestEnvironment.TestData("rdfxml"), "*.rdf").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    /// <summary>Every construct (tests/data/rdfxml/*.rdf) reads as rapper reads it (the .nt beside it is rapper's output).</summary>
    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Hand_written_documents_read_as_rapper_reads_them(string name)
    {
        var path = TestEnvironment.TestData("rdfxml", name);
        using var stream = File.OpenRead(path);
        using var reader = new RdfXmlReader(stream, new RdfXmlReaderOptions { BaseIri = DocumentBase });
        var ours = reader.ReadGraph();
        var rapper = NTriplesReader.Parse(File.ReadAllText(Path.ChangeExtension(path, ".nt"), Encoding.UTF8));
        Assert.True(ours.Count > 0);
        Assert.True(GraphIsomorphism.AreIsomorphic(rapper, ours), string.Join("\n", ours.Triples));
    }

    [Fact]
    public void Literals_keep_language_datatype_whitespace_and_text_escapes()
    {
        var g = Read("""
            <rdf:Description rdf:about="http://example.org/s" xml:lang="en">
              <ex:a>plain</ex:a>
              <ex:b xml:lang="">none</ex:b>
              <ex:c rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">7</ex:c>
              <ex:d>  a&#13;&#10;b&#x1F600;&lt;</ex:d>
              <ex:e/>
            </rdf:Description>
            """);
        var s = new Iri("http://example.org/s");
        Assert.Contains(new Triple(s, Ex("a"), new Literal("plain", language: "en")), g.Triples);
        Assert.Contains(new Triple(s, Ex("b"), new Literal("none")), g.Triples);
        Assert.Contains(new Triple(s, Ex("c"), new Literal("7", RdfNames.XsdInteger)), g.Triples);
        Assert.Contains(new Triple(s, Ex("d"), new Literal("  a\r\nb\U0001F600<", language: "en")), g.Triples);
        Assert.Contains(new Triple(s, Ex("e"), new Literal("", language: "en")), g.Triples);
    }

    [Fact]
    public void Triples_stream_one_top_level_description_at_a_time()
    {
        var text = Head + "<rdf:Description rdf:about=\"http://example.org/a\"><ex:p>1</ex:p></rdf:Description>\n<broken" + Tail;
        using var reader = new RdfXmlReader(new StringReader(text));
        using var triples = reader.ReadTriples().GetEnumerator();
        Assert.True(triples.MoveNext());
        Assert.Equal(new Literal("1"), triples.Current.Object);
        var e = Assert.Throws<RdfParseException>(() => triples.MoveNext());
        Assert.Equal(RdfXmlDiagnosticCodes.NotWellFormed, e.Diagnostic.Code);
    }

    [Theory]
    [InlineData("<!DOCTYPE rdf:RDF [<!ENTITY x \"y\">]>", "RDF0201")]
    [InlineData("<rdf:Description rdf:about=\"http://example.org/a\" rdf:nodeID=\"n\"/>", "RDF0202")]
    [InlineData("<rdf:Description rdf:about=\"http://example.org/a\">text</rdf:Description>", "RDF0202")]
    [InlineData("<rdf:Description><ex:p><rdf:Description/><rdf:Description/></ex:p></rdf:Description>", "RDF0202")]
    [InlineData("<rdf:Description><ex:p>text<rdf:Description/></ex:p></rdf:Description>", "RDF0202")]
    [InlineData("<rdf:Description><ex:p rdf:resource=\"http://example.org/o\">text</ex:p></rdf:Description>", "RDF0202")]
    [InlineData("<rdf:Description><rdf:Description/></rdf:Description>", "RDF0202")]
    [InlineData("<rdf:li/>", "RDF0202")]
    [InlineData("<rdf:Description about=\"http://example.org/a\"/>", "RDF0202")]
    [InlineData("<rdf:Description rdf:aboutEach=\"http://example.org/a\"/>", "RDF0202")]
    [InlineData("<rdf:Description rdf:nodeID=\"1bad\"/>", "RDF0203")]
    [InlineData("<rdf:Description><ex:p rdf:ID=\"a b\">x</ex:p></rdf:Description>", "RDF0203")]
    [InlineData("<rdf:Description rdf:about=\"relative\"/>", "RDF0204")]
    [InlineData("<nons/>", "RDF0202")]
    public void Bad_documents_fail_with_a_code_and_a_place(string body, string code)
    {
        var text = body.StartsWith("<!DOCTYPE", StringComparison.Ordinal)
            ? "<?xml version=\"1.0\"?>\n" + body + "\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">&x;</rdf:RDF>"
            : Head + body + Tail;
        var e = Assert.Throws<RdfParseException>(() => RdfXmlReader.Parse(text, new RdfXmlReaderOptions { SourceName = "in.rdf" }));
        Assert.Equal(code, e.Diagnostic.Code);
        Assert.Equal("in.rdf", e.Diagnostic.Source);
        if (body.StartsWith("<!DOCTYPE", StringComparison.Ordinal))
        {
            Assert.Contains("DTD", e.Message, StringComparison.Ordinal); // XmlReader gives no place for a refused DTD
            return;
        }

        Assert.True(e.Line >= 2, e.Diagnostic.ToString());
        Assert.True(e.Column >= 1, e.Diagnostic.ToString());
    }

    [Fact]
    public void Deep_nesting_is_refused_not_a_stack_overflow()
    {
        var sb = new StringBuilder(Head);
        for (var i = 0; i < 400; i++) sb.Append("<rdf:Description><ex:p>");
        sb.Append('x');
        for (var i = 0; i < 400; i++) sb.Append("</ex:p></rdf:Description>");
        var e = Assert.Throws<RdfParseException>(() => RdfXmlReader.Parse(sb + Tail));
        Assert.Equal(RdfXmlDiagnosticCodes.TooDeep, e.Diagnostic.Code);
    }

    [Fact]
    public void An_empty_rdf_RDF_is_an_empty_graph()
    {
        Assert.Equal(0, RdfXmlReader.Parse(Head + Tail).Count);
        Assert.Equal(0, RdfXmlReader.Parse("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>").Count);
    }

    private static RdfGraph Read(string body) => RdfXmlReader.Parse(Head + body + Tail);

    private static Iri Ex(string local) => new("http://example.org/v#" + local);
}
