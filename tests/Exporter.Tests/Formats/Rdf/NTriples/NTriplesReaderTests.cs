using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.NTriples;

namespace Exporter.Tests.Formats.Rdf.NTriples;

public sealed class NTriplesReaderTests
{
    [Fact]
    public void Reads_every_term_kind_with_comments_and_blank_lines()
    {
        const string doc = "# header\n\n<http://e/s> <http://e/p> <http://e/o> . # trailing\r\n"
            + "_:a <http://e/p> \"x\\ty\\u00E9\\U0001F600\" .\n"
            + "_:a <http://e/p> \"chat\"@FR .\n"
            + "<http://e/s>\t<http://e/p>\t\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>.";
        var triples = new NTriplesReader(new StringReader(doc)).ReadTriples().ToList();
        Assert.Equal(4, triples.Count);
        Assert.Equal(new Iri("http://e/o"), triples[0].Object);
        Assert.Equal(new BlankNode("a"), triples[1].Subject);
        Assert.Equal(new Literal("x\ty\u00E9😀"), triples[1].Object);
        Assert.Equal(new Literal("chat", language: "fr"), triples[2].Object);
        Assert.Equal(new Literal("1", RdfNames.XsdInteger), triples[3].Object);
    }

    [Theory]
    [InlineData("<http://e/s> <http://e/p> <o> .", "RDF0009", 1, 27)]
    [InlineData("<http://e/s> <http://e/p> \"x\" .\n<http://e/s> <http://e/p> 'x' .", "RDF0001", 2, 27)]
    [InlineData("<http://e/s> <http://e/p> \"x\" <http://e/o> .", "RDF0001", 1, 31)]
    [InlineData("<http://e/s> <http://e/p> \"x\" . <http://e/s> <http://e/p> \"y\" .", "RDF0001", 1, 33)]
    [InlineData("<http://e/s> <http://e/p> \"a\\qb\" .", "RDF0003", 1, 29)]
    [InlineData("<http://e/s> <http://e/p> \"open", "RDF0002", 1, 32)]
    [InlineData("<http://e/s> <http://e/p>\n<http://e/o> .", "RDF0001", 1, 26)]
    [InlineData("<http://e/ s> <http://e/p> <http://e/o> .", "RDF0005", 1, 11)]
    [InlineData("<http://e/s> <http://e/p> \"x\"@1 .", "RDF0007", 1, 31)]
    public void Reports_errors_with_code_line_and_column(string doc, string code, int line, int column)
    {
        var ex = Assert.Throws<RdfParseException>(() => NTriplesReader.Parse(doc));
        Assert.Equal(code, ex.Diagnostic.Code);
        Assert.Equal((line, column), (ex.Line, ex.Column));
    }

    [Fact]
    public void Streams_triples_before_a_later_error()
    {
        var reader = new NTriplesReader(new StringReader("<http://e/s> <http://e/p> <http://e/o> .\nbroken"));
        using var e = reader.ReadTriples().GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.Throws<RdfParseException>(() => e.MoveNext());
    }

    [Fact]
    public void Skips_a_leading_byte_order_mark() =>
        Assert.Equal(1, NTriplesReader.Parse("\uFEFF<http://e/s> <http://e/p> <http://e/o> .").Count);

    [Fact]
    public void Diagnostics_name_the_source()
    {
        var reader = new NTriplesReader(new StringReader("<http://e/s> <http://e/p> ."), new NTriplesReaderOptions { SourceName = "-" });
        var ex = Assert.Throws<RdfParseException>(() => reader.ReadGraph());
        Assert.Equal("-", ex.Diagnostic.Source);
        Assert.Equal(27, ex.Column);
    }

    [Fact]
    public void Reads_once_only()
    {
        var reader = new NTriplesReader(new StringReader(""));
        Assert.Empty(reader.ReadTriples());
        Assert.Throws<InvalidOperationException>(() => reader.ReadTriples().ToList());
    }
}
