using System.Text;
using Exporter.Formats.Rdf.JsonLd;
using Exporter.Formats.Rdf.Turtle;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Exporter.Tests.Formats.Rdf.LinkedData;

/// <summary>The registry entries and the envelopes of jsonld, turtle and ntriples.</summary>
public class LinkedDataFormatTests
{
    [Theory]
    [InlineData("jsonld", "application/ld+json", ".jsonld")]
    [InlineData("turtle", "text/turtle", ".ttl")]
    [InlineData("ntriples", "application/n-triples", ".nt")]
    public void Registered_with_media_type_and_extension(string name, string mediaType, string extension)
    {
        var format = LinkedDataSupport.Registry.Get(name);
        Assert.Equal(mediaType, format.MediaType);
        Assert.Equal(extension, format.Extensions[0]);
        Assert.True(format.CanRead && format.CanWrite);
        Assert.Same(format, LinkedDataSupport.Registry.ForPath("/data/catalog" + extension));
        Assert.Same(format, LinkedDataSupport.Registry.ForPath("/data/catalog" + extension + ".gz"));
    }

    [Theory]
    [MemberData(nameof(LinkedDataSupport.Formats), MemberType = typeof(LinkedDataSupport))]
    public void Sniffing_recognises_our_own_output(string name)
    {
        var head = Encoding.UTF8.GetBytes(LinkedDataSupport.Write(name, RecordFactory.Examples().Take(1)));
        Assert.Same(LinkedDataSupport.Registry.Get(name), LinkedDataSupport.Registry.Sniff(head.AsSpan(0, Math.Min(head.Length, 4096))));
    }

    [Fact]
    public void Sniffing_leaves_other_json_and_text_alone()
    {
        Assert.Equal(0, LinkedDataSupport.Registry.Get("jsonld").Sniff("{\"title\": \"x\"}"u8));
        Assert.Equal(0, LinkedDataSupport.Registry.Get("turtle").Sniff("From Lenin to Stalin\n"u8));
        Assert.Equal(0, LinkedDataSupport.Registry.Get("ntriples").Sniff("<html><body>"u8));
    }

    [Fact]
    public void Jsonld_is_one_document_with_a_growing_graph_and_the_project_context()
    {
        var records = RecordFactory.Examples();
        var doc = JObject.Parse(LinkedDataSupport.Write("jsonld", records));
        Assert.True(JToken.DeepEquals(JObject.Parse(File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "schemas", "context.jsonld")))["@context"], doc["@context"]));
        var graph = (JArray)doc["@graph"]!;
        Assert.Equal(records.Count, graph.Count(n => ((string?)n["@id"])?.EndsWith("#edition", StringComparison.Ordinal) == true));
        var empty = JObject.Parse(LinkedDataSupport.Write("jsonld", []));
        Assert.Empty((JArray)empty["@graph"]!);
    }

    [Fact]
    public void Jsonld_uses_the_context_coercions_for_what_the_crosswalk_types()
    {
        var record = RecordFactory.Examples()[0] with { Series = [new SeriesStatement("Pathfinder", "12"), new SeriesStatement("Other", "v. 3")] };
        var nodes = ((JArray)JObject.Parse(LinkedDataSupport.Write("jsonld", [record]))["@graph"]!).Cast<JObject>().ToList();
        JObject Node(string fragment) => nodes.Single(n => ((string?)n["@id"])!.EndsWith("#" + fragment, StringComparison.Ordinal));
        Assert.Equal(JTokenType.String, Node("edition")["datePublished"]!.Type);
        Assert.Equal("1973", (string?)Node("edition")["datePublished"]);
        Assert.Equal(JTokenType.Integer, Node("edition")["numberOfPages"]!.Type);
        Assert.Equal(JTokenType.Integer, Node("part-2-1")["position"]!.Type);
        Assert.Equal(JTokenType.Integer, Node("series-1")["position"]!.Type);
        Assert.Equal("v. 3", (string?)Node("series-2")["position"]!["@value"]);
    }

    [Fact]
    public void Turtle_declares_its_prefixes_once()
    {
        var text = LinkedDataSupport.Write("turtle", RecordFactory.Examples());
        Assert.StartsWith(TurtleWriter.EncodeHeader(), text, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(text, "@prefix schema:"));
        Assert.Equal(TurtleWriter.EncodeHeader(), LinkedDataSupport.Write("turtle", []));
    }

    [Fact]
    public void Blank_node_labels_carry_the_record_ordinal()
    {
        var record = new CatalogRecord { Title = "T", Contributors = [new Contributor("X", ["compiler", "thesis advisor"], AgentKind.Person)] };
        var records = new[] { "A", "B" }.Select(n => record with { Identifiers = [new Identifier(IdentifierType.Local, n)] });
        var text = LinkedDataSupport.Write("ntriples", records);
        Assert.Contains("_:g1b", text, StringComparison.Ordinal);
        Assert.Contains("_:g2b", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonld_fragments_label_shared_blank_nodes_per_graph()
    {
        var graph = new Exporter.Formats.Rdf.RdfGraph();
        var shared = new Exporter.Formats.Rdf.BlankNode("x");
        var name = new Exporter.Formats.Rdf.Iri("https://schema.org/name");
        graph.Add(new Exporter.Formats.Rdf.Iri("http://ex.org/a"), new Exporter.Formats.Rdf.Iri("https://schema.org/about"), shared);
        graph.Add(new Exporter.Formats.Rdf.Iri("http://ex.org/b"), new Exporter.Formats.Rdf.Iri("https://schema.org/about"), shared);
        graph.Add(shared, name, new Exporter.Formats.Rdf.Literal("n"));
        var options = JsonLdWriterOptions.Default;
        var formatter = new JsonLdGraphFormatter(options);
        var doc = JsonLdGraphFormatter.Header(options) + Exporter.Tests.Formats.Rdf.JsonLd.JsonLdGraphFormatterTests.Format(formatter, graph, 7) + JsonLdGraphFormatter.Separator
            + Exporter.Tests.Formats.Rdf.JsonLd.JsonLdGraphFormatterTests.Format(formatter, graph, 8) + JsonLdGraphFormatter.Footer(options);
        Assert.Contains("\"_:g7b0\"", doc, StringComparison.Ordinal);
        Assert.Contains("\"_:g8b0\"", doc, StringComparison.Ordinal);
        var back = JsonLdReader.Parse(doc);
        Assert.Equal(6, back.Count);
    }

    [Fact]
    public void Base_uri_mints_the_iris_in_every_syntax()
    {
        var options = new WriteOptions { BaseUri = new Uri("https://lib.example.net/cat/") };
        foreach (var name in LinkedDataSupport.FormatNames)
        {
            var text = LinkedDataSupport.Write(name, RecordFactory.Examples().Take(1), options);
            Assert.Contains("https://lib.example.net/cat/record/CX7118#edition", text, StringComparison.Ordinal);
            Assert.DoesNotContain("catalog.example.org", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Writer_options_come_from_the_format_options()
    {
        var options = new WriteOptions
        {
            Formats = FormatOptionBag.Empty.With(new JsonLdWriterOptions { Indentation = JsonLdIndentation.None })
                .With(new TurtleWriterOptions { Prefixes = [new TurtlePrefix("s", "https://schema.org/")] }),
        };
        var json = LinkedDataSupport.Write("jsonld", RecordFactory.Examples().Take(2), options);
        Assert.Equal(1, CountOf(json, "\n"));
        Assert.Equal(2, LinkedDataSupport.ReadAll("jsonld", json).Count);
        var ttl = LinkedDataSupport.Write("turtle", RecordFactory.Examples().Take(2), options);
        Assert.StartsWith("@prefix s: <https://schema.org/> .", ttl, StringComparison.Ordinal);
        Assert.Equal(2, LinkedDataSupport.ReadAll("turtle", ttl).Count);
    }

    [Fact]
    public void Cli_converts_the_examples_to_every_linked_data_format_and_back()
    {
        using var dir = new TempDir();
        var r = ExporterCli.Run("convert", Path.Combine(TestEnvironment.Examples, "CX7118.txt"), Path.Combine(TestEnvironment.Examples, "catalog.txt"),
            "--to", "jsonld,turtle,ntriples", "--out-dir", dir.Path);
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Equal(["CX7118.jsonld", "CX7118.nt", "CX7118.ttl", "catalog.jsonld", "catalog.nt", "catalog.ttl"], dir.Files());
        var expected = ExporterCli.Run("convert", Path.Combine(TestEnvironment.Examples, "catalog.txt"), "--to", "json", "-o", "-").StdOut;
        foreach (var ext in new[] { "jsonld", "ttl", "nt" })
        {
            var back = ExporterCli.Run("convert", dir.File("catalog." + ext), "--to", "json", "-o", "-");
            Assert.True(back.ExitCode == 0, back.StdErr);
            Assert.Equal(expected, back.StdOut);
        }
    }

    [Theory]
    [MemberData(nameof(LinkedDataSupport.Formats), MemberType = typeof(LinkedDataSupport))]
    public void Cli_detects_each_syntax_by_content_on_standard_input_and_in_files_without_extension(string name)
    {
        using var dir = new TempDir();
        var record = RecordFactory.Examples()[0];
        var bytes = Encoding.UTF8.GetBytes(LinkedDataSupport.Write(name, [record]));
        File.WriteAllBytes(dir.File("export"), bytes);
        foreach (var (input, stdin) in new[] { ("-", bytes), (dir.File("export"), null) })
        {
            var r = ExporterCli.Run(["convert", input, "--to", "json", "-o", "-"], stdin);
            Assert.True(r.ExitCode == 0, r.StdErr);
            Assert.Equal(record.Title, (string?)JObject.Parse(r.StdOut)["title"]);
        }
    }

    [Theory]
    [InlineData("chabon.mrc")]
    [InlineData("brkrtest.mrc")]
    public void Marc_records_convert_to_every_linked_data_format_and_back(string file)
    {
        using var reader = LinkedDataSupport.Registry.Get("marc21").CreateReader(File.OpenRead(TestEnvironment.Fixture("Marc", file)), new ReadOptions());
        var records = reader.ReadAll().ToList();
        Assert.NotEmpty(records);
        foreach (var name in LinkedDataSupport.FormatNames)
        {
            var back = LinkedDataSupport.ReadAll(name, LinkedDataSupport.Write(name, records));
            Assert.Equal(records.Count, back.Count);
            for (var i = 0; i < records.Count; i++) RecordAssert.Equal(Exporter.Tests.Formats.Rdf.SchemaOrg.SchemaOrgCrosswalkTests.Carried(records[i]), back[i]);
        }

        var cli = ExporterCli.Run("convert", TestEnvironment.Fixture("Marc", file), "--to", "jsonld", "-o", "-");
        Assert.True(cli.ExitCode == 0, cli.StdErr);
        Assert.Equal(records.Count, ((JArray)JObject.Parse(cli.StdOut)["@graph"]!).Count(n => ((string?)n["@id"])?.EndsWith("#edition", StringComparison.Ordinal) == true));
    }

    private static int CountOf(string text, string what)
    {
        var n = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
