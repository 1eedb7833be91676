using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.JsonLd;
using Exporter.Tests.Formats.Rdf.JsonLd.Support;
using Newtonsoft.Json.Linq;
using static Exporter.Tests.Formats.Rdf.JsonLd.Support.SampleGraphs;

namespace Exporter.Tests.Formats.Rdf.JsonLd;

public sealed class JsonLdWriterTests
{
    private static readonly JsonLdWriterOptions Compact = new() { Indentation = JsonLdIndentation.None, ContextMode = JsonLdContextMode.Reference, ContextUrl = "https://catalog.example.org/context.jsonld" };

    private static void SameJson(string expected, JToken? actual) =>
        Assert.True(JToken.DeepEquals(JToken.Parse(expected), actual), $"expected {expected}, got {actual?.ToString(Newtonsoft.Json.Formatting.None)}");

    private static JArray Graph(string json) => (JArray)JObject.Parse(json)["@graph"]!;

    [Fact]
    public void Sample_record_has_the_documented_shape()
    {
        var nodes = Graph(JsonLdWriter.ToJson(CX7118()));
        Assert.Equal([RecordIri + "#work", RecordIri + "#edition", RecordIri + "#review-1", RecordIri + "#part-1", RecordIri + "#part-2", RecordIri + "#agent-1", RecordIri + "#publisher"],
            nodes.Select(n => (string)n["@id"]!));
        var edition = (JObject)nodes[1];
        Assert.Equal("Book", (string)edition["@type"]!);
        Assert.Equal(JTokenType.Integer, edition["numberOfPages"]!.Type);
        Assert.Equal(160, (int)edition["numberOfPages"]!);
        Assert.Equal("1973", (string)edition["datePublished"]!);
        Assert.Equal(RecordIri, (string)edition["url"]!);
        SameJson($$"""{"@id":"{{RecordIri}}#work"}""", edition["exampleOfWork"]);
        SameJson("""{"@type":"PropertyValue","propertyID":"https://catalog.example.org/ns#cxNumber","value":"CX7118"}""", edition["identifier"]);
        SameJson($$"""[{"@id":"{{RecordIri}}#part-1"},{"@id":"{{RecordIri}}#part-2"}]""", edition["hasPart"]);
        SameJson("""{"@type":"Person","name":"Ulli Diemer"}""", nodes[2]["author"]);
        SameJson("""{"@value":"The Revolution","@language":"en"}""", nodes[3]["name"]);
    }

    [Fact]
    public void Whole_small_document_is_exact()
    {
        var g = new RdfGraph();
        g.Add(I("https://x.example/a"), I(RdfType), P("Book"));
        g.Add(I("https://x.example/a"), P("name"), new Literal("A \"B\"\n"));
        g.Add(I("https://x.example/a"), P("numberOfPages"), new Literal("0160", Xsd + "integer"));
        var json = JsonLdWriter.ToJson(g, Compact);
        Assert.Equal("""{"@context":"https://catalog.example.org/context.jsonld","@graph":[{"@id":"https://x.example/a","@type":"Book","name":"A \"B\"\n","numberOfPages":"0160"}]}""" + "\n", json);
    }

    [Theory]
    [InlineData("name", "plain", null, null, "\"plain\"")]
    [InlineData("name", "hi", null, "en-gb", """{"@value":"hi","@language":"en-gb"}""")]
    [InlineData("name", "42", Xsd + "integer", null, "42")]
    [InlineData("name", "-7", Xsd + "integer", null, "-7")]
    [InlineData("name", "042", Xsd + "integer", null, """{"@value":"042","@type":"xsd:integer"}""")]
    [InlineData("name", "1234567890123456", Xsd + "integer", null, """{"@value":"1234567890123456","@type":"xsd:integer"}""")]
    [InlineData("name", "true", Xsd + "boolean", null, "true")]
    [InlineData("name", "1", Xsd + "boolean", null, """{"@value":"1","@type":"xsd:boolean"}""")]
    [InlineData("name", "1.5E0", Xsd + "double", null, """{"@value":"1.5E0","@type":"xsd:double"}""")]
    [InlineData("name", "x", S + "Date", null, """{"@value":"x","@type":"Date"}""")]
    [InlineData("name", "x", "urn:dt:1", null, """{"@value":"x","@type":"urn:dt:1"}""")]
    [InlineData("datePublished", "1973", Xsd + "gYear", null, "\"1973\"")]
    [InlineData("datePublished", "1973", null, null, """{"@value":"1973"}""")]
    [InlineData("datePublished", "1973-05", Xsd + "gYearMonth", null, """{"@value":"1973-05","@type":"xsd:gYearMonth"}""")]
    [InlineData("numberOfPages", "160", Xsd + "integer", null, "160")]
    [InlineData("numberOfPages", "0160", Xsd + "integer", null, "\"0160\"")]
    [InlineData("numberOfPages", "160 p.", null, null, """{"@value":"160 p."}""")]
    [InlineData("url", "https://e.example/", null, null, """{"@value":"https://e.example/"}""")]
    [InlineData("url", "https://e.example/", null, "en", """{"@value":"https://e.example/","@language":"en"}""")]
    public void Literals_are_compacted_against_the_context(string property, string lexical, string? datatype, string? language, string expected)
    {
        var g = new RdfGraph();
        g.Add(I("https://x.example/a"), P(property), new Literal(lexical, datatype, language));
        var value = Graph(JsonLdWriter.ToJson(g, Compact))[0][property]!;
        Assert.Equal(expected, value.ToString(Newtonsoft.Json.Formatting.None));
    }

    [Theory]
    [InlineData(S + "url", "url", "\"urn:isbn:1\"")]
    [InlineData(S + "author", "author", """{"@id":"urn:isbn:1"}""")]
    [InlineData(S + "xsd", "https://schema.org/xsd", """{"@id":"urn:isbn:1"}""")]
    [InlineData(S + "a:b", "https://schema.org/a:b", """{"@id":"urn:isbn:1"}""")]
    [InlineData(S + "@x", "https://schema.org/@x", """{"@id":"urn:isbn:1"}""")]
    [InlineData(Xsd + "integer", "xsd:integer", """{"@id":"urn:isbn:1"}""")]
    [InlineData("http://purl.org/dc/terms/title", "http://purl.org/dc/terms/title", """{"@id":"urn:isbn:1"}""")]
    public void Property_keys_and_iri_values(string predicate, string key, string expected)
    {
        var g = new RdfGraph();
        g.Add(I("https://x.example/a"), I(predicate), I("urn:isbn:1"));
        var node = (JObject)Graph(JsonLdWriter.ToJson(g, Compact))[0];
        Assert.Equal(expected, node[key]!.ToString(Newtonsoft.Json.Formatting.None));
    }

    [Fact]
    public void Types_are_compacted_and_repeated_types_are_an_array()
    {
        var g = new RdfGraph();
        var a = I("https://x.example/a");
        g.Add(a, I(RdfType), P("Book"));
        g.Add(a, I(RdfType), I("http://example.org/Class"));
        g.Add(a, I(RdfType), P("xsd"));
        g.Add(a, I(RdfType), I(Xsd + "string"));
        var node = Graph(JsonLdWriter.ToJson(g, Compact))[0];
        Assert.Equal("""["Book","http://example.org/Class","https://schema.org/xsd","xsd:string"]""", node["@type"]!.ToString(Newtonsoft.Json.Formatting.None));
    }

    [Fact]
    public void Blank_nodes_referenced_once_are_embedded_others_get_document_wide_labels()
    {
        var g = new RdfGraph();
        var a = I("https://x.example/a");
        var shared = new BlankNode("shared");
        var once = new BlankNode("once");
        var leaf = new BlankNode("leaf");
        g.Add(a, P("author"), once);
        g.Add(once, P("knows"), shared);
        g.Add(a, P("contributor"), shared);
        g.Add(shared, P("name"), new Literal("S"));
        g.Add(a, P("about"), leaf);
        var nodes = Graph(JsonLdWriter.ToJson(g, Compact));
        Assert.Equal("""{"@id":"https://x.example/a","author":{"knows":{"@id":"_:b0"}},"contributor":{"@id":"_:b0"},"about":{}}""", nodes[0].ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal("""{"@id":"_:b0","name":"S"}""", nodes[1].ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal(2, nodes.Count);
    }

    [Fact]
    public void Cycles_of_blank_nodes_get_a_label_and_unreferenced_blank_subjects_none()
    {
        var g = new RdfGraph();
        var x = new BlankNode("x");
        var y = new BlankNode("y");
        var z = new BlankNode("z");
        g.Add(x, P("knows"), y);
        g.Add(y, P("knows"), x);
        g.Add(z, P("name"), new Literal("alone"));
        var nodes = Graph(JsonLdWriter.ToJson(g, Compact));
        Assert.Equal("""{"name":"alone"}""", nodes[0].ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal("""{"@id":"_:b0","knows":{"knows":{"@id":"_:b0"}}}""", nodes[1].ToString(Newtonsoft.Json.Formatting.None));
    }

    [Fact]
    public void Long_blank_chains_stop_nesting_at_the_embedding_limit()
    {
        var g = new RdfGraph();
        RdfTerm previous = I("https://x.example/a");
        for (var i = 0; i < 100; i++)
        {
            var next = new BlankNode("n" + i);
            g.Add(previous, P("hasPart"), next);
            previous = next;
        }

        g.Add(previous, P("name"), new Literal("end"));
        var json = JsonLdWriter.ToJson(g, Compact);
        var nodes = Graph(json);
        Assert.Equal(1 + (100 / (JsonLdNodePlan.MaxEmbedDepth + 1)), nodes.Count);
        Assert.True(TestGraphIsomorphism.AreIsomorphic(g, JsonLdReader.Parse(JsonLdWriter.ToJson(g))));
    }

    [Fact]
    public void Streaming_document_grows_record_by_record_with_unique_blank_labels()
    {
        using var ms = new MemoryStream();
        using (var writer = new JsonLdWriter(ms, Compact with { LeaveOpen = true }))
        {
            writer.WriteHeader();
            for (var r = 0; r < 3; r++)
            {
                var g = new RdfGraph();
                var shared = new BlankNode("same-label");
                g.Add(I("https://x.example/" + r), P("author"), shared);
                g.Add(I("https://x.example/" + r), P("creator"), shared);
                writer.WriteGraph(g);
            }

            writer.Complete();
        }

        var text = Encoding.UTF8.GetString(ms.ToArray());
        Assert.Contains("\"_:b0\"", text, StringComparison.Ordinal);
        Assert.Contains("\"_:b2\"", text, StringComparison.Ordinal);
        var back = JsonLdReader.Parse(text, new JsonLdReaderOptions { ContextDocuments = ContextDocs });
        Assert.Equal(6, back.Count);
        Assert.Equal(3, back.Triples.Select(t => t.Object).Distinct().Count());
    }

    [Fact]
    public void Empty_input_gives_a_valid_empty_document_and_no_bom()
    {
        using var ms = new MemoryStream();
        using (var writer = new JsonLdWriter(ms, new JsonLdWriterOptions { LeaveOpen = true }))
        {
            writer.Complete();
        }

        var bytes = ms.ToArray();
        Assert.Equal((byte)'{', bytes[0]);
        var doc = JObject.Parse(Encoding.UTF8.GetString(bytes));
        Assert.Empty((JArray)doc["@graph"]!);
        Assert.Equal("https://schema.org/", (string)doc["@context"]!["@vocab"]!);
        Assert.Empty(JsonLdReader.Parse(Encoding.UTF8.GetString(bytes)).Triples);
    }

    [Fact]
    public void Output_is_deterministic_lf_only_and_without_trailing_spaces()
    {
        var first = JsonLdWriter.ToJson(CX7118());
        var second = JsonLdWriter.ToJson(CX7118());
        Assert.Equal(first, second);
        Assert.DoesNotContain('\r', first);
        Assert.All(first.Split('\n'), line => Assert.Equal(line.TrimEnd(), line));
        Assert.EndsWith("}\n", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_separators_and_controls_are_escaped_so_json_lines_stay_one_line()
    {
        var g = new RdfGraph();
        g.Add(I("https://x.example/a"), P("name"), new Literal("a\u2028\u2029\u0085\u0000\n\r\t\"\\z"));
        var json = JsonLdWriter.ToJson(g, Compact);
        Assert.Contains("\"name\":\"a\\u2028\\u2029\\u0085\\u0000\\n\\r\\t\\\"\\\\z\"", json, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Literals_are_written_in_nfc()
    {
        var g = new RdfGraph();
        g.Add(I("https://x.example/a"), P("name"), new Literal("e\u0301"));
        Assert.Contains("\"name\":\"\u00e9\"", JsonLdWriter.ToJson(g, Compact), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("relative/iri", JsonLdDiagnosticCodes.UnwritableIri)]
    [InlineData("https://x.example/a b", JsonLdDiagnosticCodes.UnwritableIri)]
    [InlineData("xsd:local", JsonLdDiagnosticCodes.UnwritableIri)]
    [InlineData("_:looks-blank", JsonLdDiagnosticCodes.UnwritableIri)]
    public void Unwritable_iris_throw_before_anything_is_written(string iri, string code)
    {
        using var ms = new MemoryStream();
        using var writer = new JsonLdWriter(ms, Compact with { LeaveOpen = true });
        writer.WriteHeader();
        var good = new RdfGraph();
        good.Add(I("https://x.example/ok"), P("name"), new Literal("ok"));
        writer.WriteGraph(good);
        var bad = new RdfGraph();
        bad.Add(I("https://x.example/a"), P("name"), new Literal("fine"));
        bad.Add(I("https://x.example/a"), P("sameAs"), I(iri));
        var ex = Assert.Throws<RecordWriteException>(() => writer.WriteGraph(bad));
        Assert.Equal(code, ex.Diagnostic.Code);
        Assert.Equal(1, ex.Diagnostic.RecordIndex);
        writer.Complete();
        var back = JsonLdReader.Parse(Encoding.UTF8.GetString(ms.ToArray()), new JsonLdReaderOptions { ContextDocuments = ContextDocs });
        Assert.Single(back.Triples);
    }

    [Fact]
    public void Lone_surrogates_and_bad_language_tags_are_rejected()
    {
        var g = new RdfGraph();
        g.Add(I("https://x.example/a"), P("name"), new Literal("bad \ud800 text"));
        Assert.Equal(JsonLdDiagnosticCodes.InvalidString, Assert.Throws<RecordWriteException>(() => JsonLdWriter.ToJson(g)).Diagnostic.Code);
        var h = new RdfGraph();
        h.Add(I("https://x.example/a"), P("name"), new Literal("x", null, "en gb"));
        Assert.Equal(JsonLdDiagnosticCodes.InvalidLanguageTag, Assert.Throws<RecordWriteException>(() => JsonLdWriter.ToJson(h)).Diagnostic.Code);
    }

    [Fact]
    public void Reference_mode_needs_a_url()
    {
        Assert.Throws<ArgumentException>(() => new JsonLdWriter(new MemoryStream(), new JsonLdWriterOptions { ContextMode = JsonLdContextMode.Reference }));
    }

    [Fact]
    public void Writing_after_complete_fails()
    {
        using var writer = new JsonLdWriter(new MemoryStream());
        writer.Complete();
        Assert.Throws<InvalidOperationException>(() => writer.WriteGraph(new RdfGraph()));
    }

    internal static readonly Dictionary<string, string> ContextDocs = new() { ["https://catalog.example.org/context.jsonld"] = JsonLdContext.Exporter.ToDocumentJson() };
}
