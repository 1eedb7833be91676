using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.NTriples;
using Exporter.Formats.Rdf.Turtle;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.Turtle;

public sealed class TurtleReaderTests
{
    [Fact]
    public void Reads_directives_both_styles_and_resolves_relative_iris()
    {
        const string doc = """
            @base <http://example.org/dir/doc> .
            PREFIX ex: <vocab#>
            @prefix : <http://example.org/default/> .
            base <http://other.org/a/b/>
            <#work> a ex:Book ; :rel <../up> .
            """;
        var reader = new TurtleReader(new StringReader(doc));
        var triples = reader.ReadTriples().ToList();
        Assert.Equal(new Iri("http://other.org/a/b/#work"), triples[0].Subject);
        Assert.Equal(RdfNames.TypeIri, triples[0].Predicate);
        Assert.Equal(new Iri("http://example.org/dir/vocab#Book"), triples[0].Object);
        Assert.Equal(new Iri("http://example.org/default/rel"), triples[1].Predicate);
        Assert.Equal(new Iri("http://other.org/a/up"), triples[1].Object);
        Assert.Equal("http://other.org/a/b/", reader.BaseIri);
        Assert.Equal("http://example.org/dir/vocab#", reader.Prefixes["ex"]);
    }

    [Fact]
    public void Uses_the_option_base_until_a_base_directive()
    {
        var g = TurtleReader.Parse("<a> <b> <c> .", new TurtleReaderOptions { BaseIri = "http://x.org/d/e" });
        Assert.Equal(new Triple(new Iri("http://x.org/d/a"), new Iri("http://x.org/d/b"), new Iri("http://x.org/d/c")), g.Triples[0]);
    }

    [Theory]
    [InlineData("42", "42", RdfNames.XsdInteger)]
    [InlineData("-0042", "-0042", RdfNames.XsdInteger)]
    [InlineData("+7", "+7", RdfNames.XsdInteger)]
    [InlineData("3.14", "3.14", RdfNames.XsdDecimal)]
    [InlineData(".5", ".5", RdfNames.XsdDecimal)]
    [InlineData("1e10", "1e10", RdfNames.XsdDouble)]
    [InlineData("1.E-2", "1.E-2", RdfNames.XsdDouble)]
    [InlineData("-.5e+3", "-.5e+3", RdfNames.XsdDouble)]
    [InlineData("true", "true", RdfNames.XsdBoolean)]
    [InlineData("false", "false", RdfNames.XsdBoolean)]
    [InlineData("'single'", "single", Literal.XsdString)]
    [InlineData("\"\"\"long \"quoted\"\n\"\"\"", "long \"quoted\"\n", Literal.XsdString)]
    [InlineData("'''it's\r\n'''", "it's\r\n", Literal.XsdString)]
    [InlineData("\"\\u00e9\\U0001F600\\t\\b\\f\\'\"", "é😀\t\b\f'", Literal.XsdString)]
    [InlineData("\"5\"^^ex:t", "5", "http://e/t")]
    [InlineData("\"5\"^^<http://e/u>", "5", "http://e/u")]
    public void Reads_every_literal_form(string written, string lexical, string datatype)
    {
        var g = TurtleReader.Parse($"@prefix ex: <http://e/> . ex:s ex:p {written}.");
        Assert.Equal(new Literal(lexical, datatype), g.Triples[0].Object);
    }

    [Fact]
    public void Skips_a_leading_byte_order_mark()
    {
        Assert.Equal(1, TurtleReader.Parse("\uFEFF<http://e/s> <http://e/p> 1 .").Count);
        Assert.Throws<RdfParseException>(() => TurtleReader.Parse("<http://e/s> <http://e/p> 1 .\uFEFF"));
    }

    [Fact]
    public void Repeated_semicolons_are_allowed()
    {
        var g = TurtleReader.Parse("<http://e/s> <http://e/p> 1 ;; <http://e/q> 2 ; .");
        Assert.Equal(2, g.Count);
    }

    [Fact]
    public void Reads_language_tags_lower_cased()
    {
        var g = TurtleReader.Parse("<http://e/s> <http://e/p> \"colour\"@en-GB .");
        Assert.Equal(new Literal("colour", language: "en-gb"), g.Triples[0].Object);
    }

    [Fact]
    public void Reads_collections_and_blank_node_property_lists()
    {
        var g = TurtleReader.Parse("@prefix ex: <http://e/> . ( 1 [ ex:q ex:o ] ) ex:p [] , () . [ ex:r _:lbl ] .");
        const string expected = """
            _:l1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
            _:l1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:l2 .
            _:n <http://e/q> <http://e/o> .
            _:l2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> _:n .
            _:l2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .
            _:l1 <http://e/p> _:empty .
            _:l1 <http://e/p> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .
            _:m <http://e/r> _:lbl .
            """;
        Assert.True(GraphIsomorphism.AreIsomorphic(NTriplesReader.Parse(expected), g));
    }

    [Fact]
    public void Reads_prefixed_names_with_escapes_dots_and_colons()
    {
        var g = TurtleReader.Parse("@prefix ex: <http://e/> . ex:a.b ex:c:d ex:\\~x%20y\\.z . ex:s ex:p ex:0.");
        Assert.Equal(new Iri("http://e/a.b"), g.Triples[0].Subject);
        Assert.Equal(new Iri("http://e/c:d"), g.Triples[0].Predicate);
        Assert.Equal(new Iri("http://e/~x%20y.z"), g.Triples[0].Object);
        Assert.Equal(new Iri("http://e/0"), g.Triples[1].Object);
    }

    [Fact]
    public void Anonymous_nodes_never_collide_with_document_labels()
    {
        var g = TurtleReader.Parse("<http://e/s> <http://e/p> [], _:b1, _:genid1 .");
        Assert.Equal(3, g.Count);
    }

    [Theory]
    [InlineData("<http://e/s> <http://e/p> ex:o .", "RDF0004", 1, 27)]
    [InlineData("<http://e/s> <http://e/p> <http://e/o>", "RDF0002", 1, 39)]
    [InlineData("<http://e/s> <http://e/p>\n  \"unterminated .\n", "RDF0008", 2, 18)]
    [InlineData("<rel> <http://e/p> <http://e/o> .", "RDF0009", 1, 1)]
    [InlineData("@prefix ex: <http://e/> .\nex:s ex:p \"x\"@ .", "RDF0007", 2, 15)]
    [InlineData("\"lit\" <http://e/p> <http://e/o> .", "RDF0001", 1, 1)]
    [InlineData("<http://e/s> <http://e/p> \"a\\zb\" .", "RDF0003", 1, 29)]
    [InlineData("@keywords a .", "RDF0001", 1, 1)]
    [InlineData("<http://e/s> <http://e/p> maybe .", "RDF0001", 1, 27)]
    [InlineData("<http://e/s> <http://e/p> \"x\" , .", "RDF0001", 1, 33)]
    public void Reports_errors_with_code_line_and_column(string doc, string code, int line, int column)
    {
        var ex = Assert.Throws<RdfParseException>(() => TurtleReader.Parse(doc));
        Assert.Equal(code, ex.Diagnostic.Code);
        Assert.Equal((line, column), (ex.Line, ex.Column));
        Assert.Contains($"line {line} column {column}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_nesting_deeper_than_the_limit_instead_of_overflowing_the_stack()
    {
        var depth = TurtleParser.MaxNesting + 1;
        var doc = "<http://e/s> <http://e/p> " + string.Concat(Enumerable.Repeat("[ <http://e/p> ", depth)) + "1" + new string(']', depth) + " .";
        Assert.Equal("RDF0010", Assert.Throws<RdfParseException>(() => TurtleReader.Parse(doc)).Diagnostic.Code);
        var lists = "<http://e/s> <http://e/p> " + new string('(', depth) + new string(')', depth) + " .";
        Assert.Equal("RDF0010", Assert.Throws<RdfParseException>(() => TurtleReader.Parse(lists)).Diagnostic.Code);
        var ok = "<http://e/s> <http://e/p> " + new string('(', depth - 1) + new string(')', depth - 1) + " .";
        Assert.Equal((2 * (depth - 2)) + 1, TurtleReader.Parse(ok).Count);
    }

    [Fact]
    public void Diagnostics_name_the_source()
    {
        var reader = new TurtleReader(new StringReader("\n  <http://e/s> ?"), new TurtleReaderOptions { SourceName = "books.ttl" });
        var ex = Assert.Throws<RdfParseException>(() => reader.ReadGraph());
        Assert.Equal("books.ttl", ex.Diagnostic.Source);
        Assert.StartsWith("error RDF0001 books.ttl line 2 column 16: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Streams_statements_before_a_later_error()
    {
        var reader = new TurtleReader(new StringReader("<http://e/s> <http://e/p> 1, 2 .\n<http://e/s> <http://e/p> ?"));
        using var e = reader.ReadTriples().GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.True(e.MoveNext());
        Assert.Throws<RdfParseException>(() => e.MoveNext());
    }

    [Fact]
    public void Callback_reading_counts_duplicates()
    {
        var seen = new List<Triple>();
        var count = new TurtleReader(new StringReader("<http://e/s> <http://e/p> 1, 1 .")).Read(seen.Add);
        Assert.Equal(2, count);
        Assert.Equal(2, seen.Count);
    }

    [Fact]
    public void Reads_once_only()
    {
        var reader = new TurtleReader(new StringReader(""));
        Assert.Empty(reader.ReadGraph().Triples);
        Assert.Throws<InvalidOperationException>(() => reader.Read(_ => { }));
    }

    [SkippableFact]
    public void Reads_schema_org_to_the_triple_count_rapper_reports()
    {
        var path = TestEnvironment.TestData("reference", "schemaorg", "schemaorg-current-https.ttl");
        using var reader = new StreamReader(path);
        var count = new TurtleReader(reader).Read(_ => { });
        Assert.Equal(17_949, count);
    }
}
