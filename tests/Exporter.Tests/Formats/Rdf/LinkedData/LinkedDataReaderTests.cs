using Exporter.Diagnostics;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.LinkedData;

/// <summary>The linked-data readers: grouping by record, input written by others, bad input, empty input.</summary>
public class LinkedDataReaderTests
{
    private const string Prefixes = "@prefix schema: <https://schema.org/> .\n";

    public static TheoryData<string> Formats() => LinkedDataSupport.Formats();

    [Theory]
    [MemberData(nameof(Formats))]
    public void An_empty_stream_is_a_valid_document_with_no_records(string format)
    {
        var text = LinkedDataSupport.Write(format, []);
        Assert.Empty(LinkedDataSupport.Read(format, text));
        Assert.Empty(LinkedDataSupport.Read(format, ""));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Records_keep_their_order_and_lines(string format)
    {
        var records = RecordFactory.Examples().Take(4).ToList();
        var results = LinkedDataSupport.Read(format, LinkedDataSupport.Write(format, records));
        Assert.Equal([0L, 1, 2, 3], results.Select(r => r.Index));
        Assert.Equal(records.Select(r => r.CatalogNumber), results.Select(r => r.RecordId));
        if (format != "jsonld") Assert.True(results.Select(r => r.Source.Line!.Value).SequenceEqual(results.Select(r => r.Source.Line!.Value).Order()) && results[1].Source.Line > 1);
    }

    [Fact]
    public void Turtle_written_by_others_is_one_record_per_document()
    {
        const string ttl = Prefixes + """
            <http://example.org/person/1> a schema:Person ; schema:name "Ada Lovelace" .
            <http://example.org/book/1> a schema:Book ; schema:name "Notes" ; schema:author <http://example.org/person/1> ;
                schema:datePublished "1843" .
            """;
        var result = Assert.Single(LinkedDataSupport.Read("turtle", ttl));
        var record = result.GetCatalog(NullDiagnostics.Instance);
        Assert.Equal("Notes", record.Title);
        Assert.Equal(1843, record.YearPublished);
        Assert.Equal("Ada Lovelace", Assert.Single(record.Contributors).Name);
        Assert.Contains(result.Diagnostics, d => d.Code == "LD0004");
    }

    [Fact]
    public void Ntriples_written_by_others_is_one_record_per_document()
    {
        const string nt = """
            <http://example.org/book/1> <http://schema.org/name> "Notes" .
            <http://example.org/book/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Book> .
            <http://example.org/book/1> <http://schema.org/author> _:a .
            _:a <http://schema.org/name> "Ada Lovelace" .
            <http://example.org/other> <http://schema.org/name> "stray" .
            """;
        var record = Assert.Single(LinkedDataSupport.ReadAll("ntriples", nt));
        Assert.Equal("Notes", record.Title);
        Assert.Equal("Ada Lovelace", Assert.Single(record.Contributors).Name);
    }

    [Theory]
    [InlineData("turtle")]
    [InlineData("ntriples")]
    public void A_statement_about_a_blank_node_the_record_never_referenced_is_reported(string format)
    {
        var text = LinkedDataSupport.Write(format, RecordFactory.Examples().Take(2));
        var results = LinkedDataSupport.Read(format, text + "_:stray <https://schema.org/name> \"whose?\" .\n");
        Assert.Equal(2, results.Count);
        Assert.DoesNotContain(results[0].Diagnostics, d => d.Code == "LD0005");
        Assert.Contains(results[1].Diagnostics, d => d.Code == "LD0005" && d.Severity == Severity.Warning);
        Assert.All(LinkedDataSupport.Read(format, text), r => Assert.Empty(r.Diagnostics));
    }

    [Fact]
    public void A_jsonld_graph_of_several_records_gives_one_record_each_with_its_blank_nodes()
    {
        var records = RecordFactory.Examples().Take(3).ToList();
        var one = records.Select(r => r with { Contributors = [new Contributor("Someone", ["compiler"], AgentKind.Person)] }).ToList();
        var back = LinkedDataSupport.ReadAll("jsonld", LinkedDataSupport.Write("jsonld", one));
        Assert.Equal(3, back.Count);
        for (var i = 0; i < 3; i++) Assert.Equal("compiler", Assert.Single(Assert.Single(back[i].Contributors).Roles));
    }

    [Fact]
    public void A_jsonld_graph_from_others_attaches_shared_nodes_to_each_edition()
    {
        const string json = """
            {"@context": "https://schema.org/", "@graph": [
              {"@id": "http://ex.org/b1", "@type": "Book", "name": "One", "exampleOfWork": {"@id": "http://ex.org/w1"}, "author": {"@id": "http://ex.org/p/ada"}},
              {"@id": "http://ex.org/b2", "@type": "Book", "name": "Two", "exampleOfWork": {"@id": "http://ex.org/w2"}, "author": {"@id": "http://ex.org/p/ada"},
               "publisher": {"@type": "Organization", "name": "Pub"}},
              {"@id": "http://ex.org/p/ada", "@type": "Person", "name": "Ada"},
              {"@id": "http://ex.org/stray", "name": "nobody's"}
            ]}
            """;
        var results = LinkedDataSupport.Read("jsonld", json);
        Assert.Equal(3, results.Count);
        var records = results.Take(2).Select(r => r.GetCatalog(NullDiagnostics.Instance)).ToList();
        Assert.Equal(["One", "Two"], records.Select(r => r.Title));
        Assert.All(records, r => Assert.Equal("Ada", Assert.Single(r.Contributors).Name));
        Assert.Equal([null, "Pub"], records.Select(r => r.Publisher));
        Assert.DoesNotContain(results.Take(2).SelectMany(r => r.Diagnostics), d => d.Code == "LD0003");

        // The node no record refers to is not dropped: it is a rejected record of its own, with its bytes and place.
        var stray = results[2];
        Assert.True(stray.IsRejected);
        Assert.Equal(2, stray.Source.Index);
        var d = Assert.Single(stray.Diagnostics);
        Assert.Equal(("LD0003", Severity.Error), (d.Code, d.Severity));
        const string node = """{"@id": "http://ex.org/stray", "name": "nobody's"}""";
        var at = System.Text.Encoding.UTF8.GetByteCount(json[..json.IndexOf(node, StringComparison.Ordinal)]);
        Assert.Equal(node, System.Text.Encoding.UTF8.GetString(stray.Source.Raw.Span));
        Assert.Equal(at, stray.Source.ByteOffset);
        Assert.Equal(at, d.ByteOffset);
        Assert.Equal(6, d.Line);
    }

    [Fact]
    public void A_remote_context_is_never_fetched()
    {
        var result = Assert.Single(LinkedDataSupport.Read("jsonld", """{"@context": "https://example.org/ctx.jsonld", "name": "x"}"""));
        Assert.True(result.IsRejected);
        Assert.Equal("JSONLD0003", result.Diagnostics.Single().Code);
    }

    [Theory]
    [InlineData("turtle")]
    [InlineData("ntriples")]
    public void A_syntax_error_rejects_the_record_being_read_then_ntriples_goes_on_and_turtle_stops(string format)
    {
        var records = RecordFactory.Examples().Take(4).ToList();
        var text = LinkedDataSupport.Write(format, records);
        // At the start of the third record's edition statement, after its first statement was read.
        var cut = text.IndexOf("\n<https://catalog.example.org/record/" + records[2].CatalogNumber + "#edition>", StringComparison.Ordinal) + 1;
        var broken = text[..cut] + "oops\" <<>> .\n" + text[cut..];
        var results = LinkedDataSupport.Read(format, broken);
        Assert.False(results[0].IsRejected);
        Assert.False(results[1].IsRejected);
        Assert.True(results[2].IsRejected);
        var d = Assert.Single(results[2].Diagnostics);
        Assert.StartsWith("RDF", d.Code, StringComparison.Ordinal);
        Assert.NotNull(d.Line);
        var raw = System.Text.Encoding.UTF8.GetString(results[2].Source.Raw.Span);
        Assert.Contains("oops\" <<>> .", raw, StringComparison.Ordinal); // the raw input, not a re-serialisation
        if (format == "ntriples")
        {
            // one triple a line: the bad line rejects its record, the next record is read
            Assert.Equal(4, results.Count);
            Assert.False(results[3].IsRejected);
            Assert.EndsWith("the line is skipped and its record rejected", d.Message, StringComparison.Ordinal);
            Assert.False(results[2].Source.StopsReading);
        }
        else
        {
            // no place to resume: the unread rest, from the damaged record on, is one rejection that stops the run
            Assert.Equal(3, results.Count);
            Assert.True(results[2].Source.StopsReading);
            Assert.Equal(broken[broken.IndexOf(raw, StringComparison.Ordinal)..], raw);
            Assert.Contains("reading stops", d.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Invalid_utf8_is_a_rejection_not_a_crash(string format)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(LinkedDataSupport.Write(format, RecordFactory.Examples().Take(2)));
        var at = Array.IndexOf(bytes, (byte)'M', 200);
        bytes[at] = 0xFF;
        var results = LinkedDataSupport.Read(format, bytes);
        var bad = Assert.Single(results, r => r.IsRejected);
        Assert.Contains(bad.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_graph_without_a_creative_work_is_rejected_with_SDO0001(string format)
    {
        var text = format switch
        {
            "jsonld" => """{"@context": {"@vocab": "https://schema.org/"}, "@id": "http://ex.org/p", "@type": "Person", "name": "Ada"}""",
            "turtle" => Prefixes + "<http://ex.org/p> a schema:Person ; schema:name \"Ada\" .\n",
            _ => "<http://ex.org/p> <https://schema.org/name> \"Ada\" .\n",
        };
        var result = Assert.Single(LinkedDataSupport.Read(format, text));
        Assert.True(result.IsRejected);
        Assert.Contains(result.Diagnostics, d => d.Code == "SDO0001" && d.RecordIndex == 0);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_record_over_the_size_limit_is_rejected(string format)
    {
        var text = LinkedDataSupport.Write(format, RecordFactory.Examples().Take(2));
        var results = LinkedDataSupport.Read(format, text, new ReadOptions { MaxRecordBytes = 2000 });
        Assert.Contains(results, r => r.IsRejected && r.Diagnostics.Any(d => d.Code == "LD0001"));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_converter_reads_records_in_parallel_with_the_same_result(string format)
    {
        var text = LinkedDataSupport.Write(format, RecordFactory.Examples());
        string Run(int threads)
        {
            using var reader = LinkedDataSupport.Registry.Get(format).CreateReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), new ReadOptions());
            var output = new MemoryStream();
            var target = new ConversionTarget(format, LinkedDataSupport.Registry.Get(format).CreateEncoder(new WriteOptions()), output);
            var summary = new Converter(new ConversionOptions { Threads = threads, BatchSize = 5 }, new NullObserver()).Run([new ConversionInput("x", reader)], [target]);
            Assert.True(summary.Succeeded);
            return System.Text.Encoding.UTF8.GetString(output.ToArray());
        }

        Assert.Equal(text, Run(1));
        Assert.Equal(text, Run(4));
    }

    private sealed class NullObserver : IConversionObserver
    {
        public void OnDiagnostic(Diagnostic diagnostic)
        {
        }

        public void OnRejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics)
        {
        }

        public void OnProgress(long records, long bytes)
        {
        }
    }
}
