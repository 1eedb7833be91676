using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf.JsonLd;
using Exporter.Tests.Formats.Rdf.JsonLd.Support;

namespace Exporter.Tests.Formats.Rdf.JsonLd;

public sealed class JsonLdReaderTests
{
    private const string S = "https://schema.org/";
    private const string X = "http://www.w3.org/2001/XMLSchema#";
    private const string R = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    public static TheoryData<string, string, string> Documents => new()
    {
        {
            "Google Book style, schema.org context URL",
            """
            {"@context": "https://schema.org", "@type": "Book", "@id": "https://c.example/w", "name": "Le Petit Prince",
             "author": {"@type": "Person", "name": "Antoine"}, "sameAs": "https://www.wikidata.org/wiki/Q25338",
             "workExample": {"@type": "Book", "isbn": "9780156012195", "datePublished": "1943", "url": "https://c.example/e"}}
            """,
            $"""
            <https://c.example/w> <{R}type> <{S}Book> .
            <https://c.example/w> <{S}name> "Le Petit Prince" .
            <https://c.example/w> <{S}author> _:a .
            _:a <{R}type> <{S}Person> .
            _:a <{S}name> "Antoine" .
            <https://c.example/w> <{S}sameAs> <https://www.wikidata.org/wiki/Q25338> .
            <https://c.example/w> <{S}workExample> _:e .
            _:e <{R}type> <{S}Book> .
            _:e <{S}isbn> "9780156012195" .
            _:e <{S}datePublished> "1943" .
            _:e <{S}url> <https://c.example/e> .
            """
        },
        {
            "http schema.org context, aliases id/type, normalised to https",
            """{"@context": "http://schema.org/", "id": "https://c.example/w", "type": "Book", "genre": {"@id": "http://schema.org/Novel"}}""",
            $"""
            <https://c.example/w> <{R}type> <{S}Book> .
            <https://c.example/w> <{S}genre> <{S}Novel> .
            """
        },
        {
            "expanded form",
            """[{"@id": "https://c.example/w", "@type": ["https://schema.org/Book"], "https://schema.org/name": [{"@value": "W", "@language": "EN-gb"}], "https://schema.org/author": [{"@id": "_:x"}]}, {"@id": "_:x", "https://schema.org/name": [{"@value": "A"}]}]""",
            $"""
            <https://c.example/w> <{R}type> <{S}Book> .
            <https://c.example/w> <{S}name> "W"@en-gb .
            <https://c.example/w> <{S}author> _:x .
            _:x <{S}name> "A" .
            """
        },
        {
            "native numbers and booleans",
            """{"@context": {"@vocab": "https://schema.org/"}, "@id": "https://c.example/w", "a": 160, "b": 1.5, "c": 1.0, "d": true, "e": 1e21, "f": -0.25, "g": 123456789012345678901}""",
            $"""
            <https://c.example/w> <{S}a> "160"^^<{X}integer> .
            <https://c.example/w> <{S}b> "1.5E0"^^<{X}double> .
            <https://c.example/w> <{S}c> "1"^^<{X}integer> .
            <https://c.example/w> <{S}d> "true"^^<{X}boolean> .
            <https://c.example/w> <{S}e> "1.0E21"^^<{X}double> .
            <https://c.example/w> <{S}f> "-2.5E-1"^^<{X}double> .
            <https://c.example/w> <{S}g> "123456789012345678901"^^<{X}integer> .
            """
        },
        {
            "@base and hash IRIs, @type @id and @vocab coercion, prefixes",
            """
            {"@context": {"@base": "https://c.example/record/CX1", "@vocab": "https://schema.org/", "ex": "http://example.org/",
              "link": {"@id": "ex:link", "@type": "@id"}, "kind": {"@id": "ex:kind", "@type": "@vocab"}, "year": {"@id": "ex:year", "@type": "xsd:gYear"}, "xsd": "http://www.w3.org/2001/XMLSchema#"},
             "@id": "#work", "link": "#edition", "kind": "Book", "year": "1937", "ex:other": {"@id": "../other"}}
            """,
            $"""
            <https://c.example/record/CX1#work> <http://example.org/link> <https://c.example/record/CX1#edition> .
            <https://c.example/record/CX1#work> <http://example.org/kind> <{S}Book> .
            <https://c.example/record/CX1#work> <http://example.org/year> "1937"^^<{X}gYear> .
            <https://c.example/record/CX1#work> <http://example.org/other> <https://c.example/other> .
            """
        },
        {
            "lists, empty list, nested list, list container",
            """{"@context": {"@vocab": "http://e.example/", "ol": {"@container": "@list"}}, "@id": "http://e.example/s", "p": {"@list": ["a", {"@id": "http://e.example/o"}]}, "q": {"@list": []}, "ol": [["x"]]}""",
            $"""
            <http://e.example/s> <http://e.example/p> _:l1 .
            _:l1 <{R}first> "a" .
            _:l1 <{R}rest> _:l2 .
            _:l2 <{R}first> <http://e.example/o> .
            _:l2 <{R}rest> <{R}nil> .
            <http://e.example/s> <http://e.example/q> <{R}nil> .
            <http://e.example/s> <http://e.example/ol> _:m1 .
            _:m1 <{R}first> _:n1 .
            _:m1 <{R}rest> <{R}nil> .
            _:n1 <{R}first> "x" .
            _:n1 <{R}rest> <{R}nil> .
            """
        },
        {
            "default language, term language null, language map, @set, nulls",
            """
            {"@context": {"@vocab": "http://e.example/", "@language": "fr", "code": {"@language": null}, "label": {"@container": "@language"}, "gone": null},
            "@id": "http://e.example/s", "t": "bonjour", "code": "X1", "label": {"en": "hello", "de": ["hallo", null], "@none": "plain"}, "set": {"@set": ["a", null]}, "n": null, "gone": "dropped"}
            """,
            """
            <http://e.example/s> <http://e.example/t> "bonjour"@fr .
            <http://e.example/s> <http://e.example/code> "X1" .
            <http://e.example/s> <http://e.example/label> "hello"@en .
            <http://e.example/s> <http://e.example/label> "hallo"@de .
            <http://e.example/s> <http://e.example/label> "plain" .
            <http://e.example/s> <http://e.example/set> "a"@fr .
            """
        },
        {
            "reverse properties, shared blank node labels, top-level @graph",
            """
            {"@context": {"@vocab": "https://schema.org/", "editionOf": {"@reverse": "workExample"}},
            "@graph": [{"@id": "https://c.example/e", "editionOf": {"@id": "https://c.example/w"}, "author": {"@id": "_:p"}},
            {"@id": "_:p", "name": "P", "@reverse": {"creator": {"@id": "https://c.example/x"}}}]}
            """,
            $"""
            <https://c.example/w> <{S}workExample> <https://c.example/e> .
            <https://c.example/e> <{S}author> _:p .
            _:p <{S}name> "P" .
            <https://c.example/x> <{S}creator> _:p .
            """
        },
        {
            "value objects with compact datatypes, context arrays and reset",
            """
            {"@context": [{"@vocab": "http://ignored.example/"}, null, {"@vocab": "https://schema.org/", "xsd": "http://www.w3.org/2001/XMLSchema#"}],
            "@id": "https://c.example/w", "datePublished": {"@value": "1973", "@type": "xsd:gYear"}, "position": {"@value": 3, "@type": "xsd:string"}, "custom": {"@value": "v", "@type": "Date"}}
            """,
            $"""
            <https://c.example/w> <{S}datePublished> "1973"^^<{X}gYear> .
            <https://c.example/w> <{S}position> "3"^^<{X}string> .
            <https://c.example/w> <{S}custom> "v"^^<{S}Date> .
            """
        },
        {
            "embedded @context on a nested node",
            """{"@context": {"@vocab": "https://schema.org/"}, "@id": "https://c.example/w", "about": {"@context": {"@vocab": "http://other.example/"}, "label": "x"}}""",
            $"""
            <https://c.example/w> <{S}about> _:b .
            _:b <http://other.example/label> "x" .
            """
        },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Reads_documents_to_the_expected_graph(string name, string json, string expected)
    {
        var bag = new DiagnosticBag();
        var graph = JsonLdReader.Parse(json, diagnostics: bag);
        var explanation = TestGraphIsomorphism.Explain(MiniNTriples.Parse(expected), graph);
        Assert.True(explanation is null, $"{name}: {explanation}\n{string.Join("\n", graph.Triples)}");
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void Schema_org_iris_can_be_kept_as_written()
    {
        var json = """{"@context": "http://schema.org/", "@id": "https://c.example/w", "@type": "http://schema.org/Book", "name": "n"}""";
        var graph = JsonLdReader.Parse(json, new JsonLdReaderOptions { SchemaOrgIris = SchemaOrgIriHandling.Keep });
        Assert.Equal("<http://schema.org/Book>", graph.Triples[0].Object.ToString());
        Assert.Equal("<https://schema.org/name>", graph.Triples[1].Predicate.ToString());
        Assert.Equal("<https://schema.org/Book>", JsonLdReader.Parse(json).Triples[0].Object.ToString());
    }

    [Theory]
    [InlineData("{\n  \"a\": [1,\n  2 3]}", JsonLdDiagnosticCodes.InvalidJson, 3)]
    [InlineData("{\"@id\": \"http://e/s\",\n \"http://e/p\": [1,,2]}", JsonLdDiagnosticCodes.InvalidJson, 2)]
    [InlineData("{\"@id\": \"http://e/s\",\n \"http://e/p\": NaN}", JsonLdDiagnosticCodes.InvalidJson, 2)]
    [InlineData("{\"@context\": {\"@vocab\": \"http://e/\"},\n \"a\": 1,\n \"a\": 2}", JsonLdDiagnosticCodes.InvalidJson, 3)]
    [InlineData("{\"@context\":\n \"https://example.org/ctx.jsonld\"}", JsonLdDiagnosticCodes.RemoteContext, 2)]
    [InlineData("{\"@id\": \"http://e/s\",\n \"http://e/p\": {\"@value\": \"x\", \"@type\": \"http://e/t\", \"@language\": \"en\"}}", JsonLdDiagnosticCodes.InvalidStructure, 2)]
    [InlineData("{\"@id\": \"http://e/s\",\n \"http://e/p\": {\"@value\": [1]}}", JsonLdDiagnosticCodes.InvalidStructure, 2)]
    [InlineData("{\"@id\": \"http://e/s\",\n \"http://e/p\": {\"@value\": \"x\", \"@type\": \"@json\"}}", JsonLdDiagnosticCodes.Unsupported, 2)]
    [InlineData("{\"@id\":\n 5}", JsonLdDiagnosticCodes.InvalidStructure, 2)]
    [InlineData("\"just a string\"", JsonLdDiagnosticCodes.InvalidStructure, 1)]
    [InlineData("{\"@id\": \"http://e/s\",\n \"@nest\": {}}", JsonLdDiagnosticCodes.Unsupported, 2)]
    [InlineData("{} {}", JsonLdDiagnosticCodes.InvalidJson, 1)]
    public void Errors_are_reported_with_code_and_line(string json, string code, int line)
    {
        var bag = new DiagnosticBag();
        var ex = Assert.Throws<RecordFormatException>(() => JsonLdReader.Parse(json, diagnostics: bag));
        Assert.Equal(code, ex.Diagnostic.Code);
        Assert.Equal(line, ex.Diagnostic.Line);
        Assert.NotNull(ex.Diagnostic.Column);
        Assert.Equal(code, Assert.Single(bag.Items).Code);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_a_clear_error()
    {
        var json = new string('[', 20) + new string(']', 20);
        var ex = Assert.Throws<RecordFormatException>(() => JsonLdReader.Parse(json, new JsonLdReaderOptions { MaxDepth = 10 }));
        Assert.Equal(JsonLdDiagnosticCodes.TooDeep, ex.Diagnostic.Code);
        Assert.Contains("10", ex.Message, StringComparison.Ordinal);
        Assert.Empty(JsonLdReader.Parse(json, new JsonLdReaderOptions { MaxDepth = 21 }).Triples);
        Assert.Throws<ArgumentOutOfRangeException>(() => new JsonLdReader(new StringReader("{}"), new JsonLdReaderOptions { MaxDepth = 0 }));
    }

    [Fact]
    public void Deep_default_limit_protects_the_stack()
    {
        var json = new string('[', 100_000) + new string(']', 100_000);
        Assert.Equal(JsonLdDiagnosticCodes.TooDeep, Assert.Throws<RecordFormatException>(() => JsonLdReader.Parse(json)).Diagnostic.Code);
    }

    [Fact]
    public void Supplied_context_documents_are_used_offline()
    {
        var options = new JsonLdReaderOptions { ContextDocuments = new Dictionary<string, string> { ["https://c.example/ctx"] = """{"@context": {"@vocab": "http://v.example/"}}""" } };
        var graph = JsonLdReader.Parse("""{"@context": "https://c.example/ctx", "@id": "http://e/s", "p": "o"}""", options);
        Assert.Equal("<http://v.example/p>", graph.Triples[0].Predicate.ToString());
    }

    [Fact]
    public void Lossy_constructs_are_warnings_not_silence()
    {
        var bag = new DiagnosticBag();
        var graph = JsonLdReader.Parse("""{"@id": "relative", "noVocab": "x", "@foo": 1, "http://e/p": [{"@id": "also-relative"}, "kept"], "@graph": [{"@id": "http://e/g", "http://e/p": "in graph"}]}""", diagnostics: bag);
        Assert.Equal([JsonLdDiagnosticCodes.Ignored, JsonLdDiagnosticCodes.DroppedIri, JsonLdDiagnosticCodes.DroppedProperty, JsonLdDiagnosticCodes.DroppedIri, JsonLdDiagnosticCodes.NamedGraphMerged], bag.Items.Select(d => d.Code));
        Assert.All(bag.Items, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal("<http://e/g> <http://e/p> \"in graph\" .", Assert.Single(graph.Triples).ToString());
    }

    [Fact]
    public void Json_lines_give_one_graph_per_line_and_bad_lines_can_be_skipped()
    {
        var text = """
            {"@context": {"@vocab": "http://e/"}, "@id": "http://e/1", "p": "one"}

            {"@id": "http://e/2", "http://e/p": [}
            {"@id": "http://e/3", "http://e/p": "three"}
            """;
        var bag = new DiagnosticBag();
        using var reader = new JsonLdReader(new StringReader(text), new JsonLdReaderOptions { Framing = JsonLdInputFraming.Lines, OnInvalidRecord = JsonLdInvalidRecordHandling.Skip }, bag);
        var graphs = reader.ReadAll().ToList();
        Assert.Equal(2, graphs.Count);
        Assert.Equal("<http://e/3> <http://e/p> \"three\" .", graphs[1].Triples[0].ToString());
        var d = Assert.Single(bag.Items);
        Assert.Equal((3, 1L), (d.Line!.Value, d.RecordIndex!.Value));

        using var strict = new JsonLdReader(new StringReader(text), new JsonLdReaderOptions { Framing = JsonLdInputFraming.Lines });
        var ex = Assert.Throws<RecordFormatException>(() => strict.ReadAll().ToList());
        Assert.Equal(3, ex.Diagnostic.Line);
        Assert.Contains("OnInvalidRecord", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_in_json_lines_carry_the_physical_line_and_schema_org_contexts_are_reused()
    {
        var text = "{\"@context\": \"https://schema.org\", \"@id\": \"https://c.example/1\", \"url\": \"https://c.example/u\"}\n"
            + "{\"@context\": \"https://schema.org\", \"@id\": \"https://c.example/2\", \"url\": \"https://c.example/v\"}\n"
            + "{\"@id\": \"https://c.example/3\", \"noVocab\": 1}\n";
        var bag = new DiagnosticBag();
        using var reader = new JsonLdReader(new StringReader(text), new JsonLdReaderOptions { Framing = JsonLdInputFraming.Lines }, bag);
        var graphs = reader.ReadAll().ToList();
        Assert.Equal(["<https://c.example/u>", "<https://c.example/v>"], graphs.Take(2).Select(g => g.Triples[0].Object.ToString()));
        Assert.Empty(graphs[2].Triples);
        var warning = Assert.Single(bag.Items);
        Assert.Equal((JsonLdDiagnosticCodes.DroppedProperty, 3, 2L), (warning.Code, warning.Line!.Value, warning.RecordIndex!.Value));
    }

    [Fact]
    public void Invalid_utf8_is_an_error_not_a_crash()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"@id\": \"http://e/s\", \"http://e/p\": \"x\"}").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        using var reader = new JsonLdReader(new MemoryStream(bytes));
        Assert.Equal(JsonLdDiagnosticCodes.InvalidJson, Assert.Throws<RecordFormatException>(() => reader.ReadAll().ToList()).Diagnostic.Code);
    }

    [Fact]
    public void Empty_document_array_gives_an_empty_graph()
    {
        Assert.Empty(JsonLdReader.Parse("[]").Triples);
        Assert.Empty(JsonLdReader.Parse("""{"@context": "https://schema.org/", "@graph": []}""").Triples);
    }
}
