using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf.LinkedData;
using Exporter.Formats.Rdf.SchemaOrg;
using Exporter.Jobs;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.LinkedData;

/// <summary>
/// A linked-data format of several syntaxes (LinkedDataWriteOptions.Syntax, the output extension following it),
/// vocabulary-aware sniffing, and the wrong vocabulary as an error (LD0006).
/// </summary>
public class LinkedDataFormatSyntaxTests
{
    private static readonly CatalogRecord[] Records =
    [
        new() { Title = "First", Identifiers = [new Identifier(IdentifierType.Local, "A1")] },
        new() { Title = "Second", Identifiers = [new Identifier(IdentifierType.Local, "B2")] },
    ];

    /// <summary>The tiny vocabulary in all four syntaxes, RDF/XML the default (as bibframe is).</summary>
    private static readonly LinkedDataFormat TinyAll = new("tiny", "tiny in any syntax", TinyVocabulary.Instance,
    [
        new RdfSyntaxOffer(RdfXmlSyntax.Instance, ".tiny.rdf"), new RdfSyntaxOffer(TurtleSyntax.Instance, ".tiny.ttl"),
        new RdfSyntaxOffer(NTriplesSyntax.Instance, ".tiny.nt"), new RdfSyntaxOffer(JsonLdSyntax.Instance, ".tiny.jsonld"),
    ]);

    public static TheoryData<RdfSyntaxKind, string, string> Choices() => new()
    {
        { RdfSyntaxKind.RdfXml, ".tiny.rdf", "<rdf:RDF" },
        { RdfSyntaxKind.Turtle, ".tiny.ttl", "@prefix tiny:" },
        { RdfSyntaxKind.NTriples, ".tiny.nt", "<https://catalog.example.org/record/A1#thing> <" },
        { RdfSyntaxKind.JsonLd, ".tiny.jsonld", "\"@context\"" },
    };

    [Theory]
    [MemberData(nameof(Choices))]
    public void The_syntax_option_picks_what_is_written_and_its_extension_and_reading_detects_it(RdfSyntaxKind syntax, string extension, string marker)
    {
        var options = new WriteOptions { Formats = FormatOptionBag.Empty.With(new LinkedDataWriteOptions { Syntax = syntax }) };
        Assert.Equal(extension, TinyAll.OutputExtension(options));
        var text = RecordFactory.Write(TinyAll, Records, options);
        Assert.Contains(marker, text, StringComparison.Ordinal);
        using var reader = TinyAll.CreateReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), new ReadOptions());
        var back = reader.ReadResults().ToList();
        Assert.All(back, r => Assert.False(r.IsRejected, string.Join("; ", back.SelectMany(x => x.Diagnostics).Select(d => d.Message))));
        Assert.Equal(["First", "Second"], back.Select(r => r.GetCatalog(NullDiagnostics.Instance).Title));
    }

    [Fact]
    public void The_default_is_the_first_syntax_and_a_format_of_one_syntax_ignores_the_option()
    {
        Assert.Equal(".tiny.rdf", TinyAll.OutputExtension(new WriteOptions()));
        Assert.StartsWith("<?xml", RecordFactory.Write(TinyAll, Records), StringComparison.Ordinal);
        Assert.Equal([RdfSyntaxKind.RdfXml, RdfSyntaxKind.Turtle, RdfSyntaxKind.NTriples, RdfSyntaxKind.JsonLd], TinyAll.Syntaxes);
        var turtle = new WriteOptions { Formats = FormatOptionBag.Empty.With(new LinkedDataWriteOptions { Syntax = RdfSyntaxKind.Turtle }) };
        var jsonld = FormatRegistry.CreateDefault().Get("jsonld");
        Assert.Equal(".jsonld", jsonld.OutputExtension(turtle));
        Assert.Equal(RecordFactory.Write(jsonld, Records), RecordFactory.Write(jsonld, Records, turtle));
    }

    [Fact]
    public void A_syntax_a_format_of_several_does_not_offer_is_refused_with_LD0007()
    {
        var two = new LinkedDataFormat("tiny2", "tiny", TinyVocabulary.Instance, [new RdfSyntaxOffer(RdfXmlSyntax.Instance, ".t.rdf"), new RdfSyntaxOffer(TurtleSyntax.Instance, ".t.ttl")]);
        var options = new WriteOptions { Formats = FormatOptionBag.Empty.With(new LinkedDataWriteOptions { Syntax = RdfSyntaxKind.JsonLd }) };
        Assert.Equal(LinkedDataDiagnosticCodes.SyntaxNotOffered, Assert.Throws<ExporterException>(() => two.OutputExtension(options)).Diagnostic.Code);
        Assert.Equal(LinkedDataDiagnosticCodes.SyntaxNotOffered, Assert.Throws<ExporterException>(() => two.CreateEncoder(options)).Diagnostic.Code);
    }

    [Fact]
    public void Out_dir_names_follow_the_syntax_so_two_vocabularies_never_share_a_name()
    {
        var dir = Directory.CreateTempSubdirectory("ld-syntax").FullName;
        try
        {
            var input = Path.Combine(dir, "in.jsonl");
            File.WriteAllText(input, string.Join("\n", Records.Select(r => System.Text.Json.JsonSerializer.Serialize(new { title = r.Title, identifiers = new[] { new { type = "local", value = r.CatalogNumber } } }))) + "\n");
            var registry = FormatRegistry.CreateDefault();
            registry.Register(TinyAll);
            var options = new ConvertJobOptions
            {
                Inputs = [input], To = ["tiny", "turtle"], OutputDirectory = Path.Combine(dir, "out"),
                Write = new WriteOptions { Formats = FormatOptionBag.Empty.With(new LinkedDataWriteOptions { Syntax = RdfSyntaxKind.Turtle }) },
            };
            new ConvertJob(registry).Run(options);
            Assert.Equal(["in.tiny.ttl", "in.ttl"], Directory.GetFiles(Path.Combine(dir, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Theory]
    [InlineData("jsonld")]
    [InlineData("turtle")]
    [InlineData("ntriples")]
    public void Sniffing_picks_the_format_of_the_data_vocabulary_whichever_registered_first(string syntax)
    {
        var tiny = LinkedDataVocabularyTests.Tiny(syntax);
        var schema = FormatRegistry.CreateDefault().Get(syntax);
        var tinyText = Encoding.UTF8.GetBytes(RecordFactory.Write(tiny, Records));
        var schemaText = Encoding.UTF8.GetBytes(RecordFactory.Write(schema, RecordFactory.Examples().Take(2)));
        foreach (var order in new[] { new[] { schema, tiny }, [tiny, schema] })
        {
            var registry = new FormatRegistry();
            foreach (var f in order) registry.Register(f);
            Assert.Same(tiny, registry.Sniff(tinyText));
            Assert.Same(schema, registry.Sniff(schemaText));
        }

        // Data of neither vocabulary: a tie on the syntax's score, as before (the first registered wins).
        Assert.Equal(schema.Sniff("<http://e/a> <http://e/b> <http://e/c> .\n"u8), tiny.Sniff("<http://e/a> <http://e/b> <http://e/c> .\n"u8));
    }

    [Theory]
    [InlineData("jsonld")]
    [InlineData("turtle")]
    [InlineData("ntriples")]
    [InlineData("rdfxml")]
    public void Schema_org_data_read_as_another_vocabulary_is_an_error_naming_what_it_is_and_stops(string syntax)
    {
        var schema = syntax == "rdfxml" ? RdfXmlRecordReaderTests.SchemaOrgRdfXml : FormatRegistry.CreateDefault().Get(syntax);
        var text = RecordFactory.Write(schema, RecordFactory.Examples().Take(3));
        using var reader = LinkedDataVocabularyTests.Tiny(syntax).CreateReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), new ReadOptions());
        var result = Assert.Single(reader.ReadResults());
        Assert.True(result.IsRejected);
        Assert.True(result.Source.StopsReading);
        Assert.Equal(text, Encoding.UTF8.GetString(result.Source.Raw.Span));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(LinkedDataDiagnosticCodes.WrongVocabulary, d.Code);
        Assert.StartsWith("this is schema.org data, not tiny: it holds 3 schema.org record(s)", d.Message, StringComparison.Ordinal);
        Assert.Contains(syntax == "rdfxml" ? "no format here reads schema.org in RdfXml" : $"(--from {syntax})", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reverse_is_named_too_and_data_of_no_known_vocabulary_keeps_its_rejection()
    {
        var tinyGraph = TinyVocabulary.Instance.ToGraph(ReadResult.Read(new RecordSource(0, 0, ReadOnlyMemory<byte>.Empty), Records[0], []), new WriteOptions(), NullDiagnostics.Instance);
        var known = new[] { (LinkedDataFormat)FormatRegistry.CreateDefault().Get("jsonld"), TinyAll };
        var d = ForeignVocabulary.Check(tinyGraph.Triples, SchemaOrgLinkedDataVocabulary.Instance, RdfSyntaxKind.Turtle, known);
        Assert.NotNull(d);
        Assert.StartsWith("this is tiny data, not schema.org", d.Message, StringComparison.Ordinal);
        Assert.Contains("(--from tiny)", d.Message, StringComparison.Ordinal);
        Assert.Null(ForeignVocabulary.Check(tinyGraph.Triples, TinyVocabulary.Instance, RdfSyntaxKind.Turtle, known));

        var other = LinkedDataSupport.Read("turtle", "<http://ex.org/p> <http://xmlns.com/foaf/0.1/name> \"Ada\" .\n");
        Assert.Contains(Assert.Single(other).Diagnostics, x => x.Code == "SDO0001");
    }

    [Fact]
    public void A_run_of_the_wrong_vocabulary_stops_reading_rather_than_reading_nothing()
    {
        var dir = Directory.CreateTempSubdirectory("ld-wrong").FullName;
        try
        {
            var input = Path.Combine(dir, "schema.jsonld");
            File.WriteAllText(input, LinkedDataSupport.Write("jsonld", RecordFactory.Examples().Take(2)));
            var registry = FormatRegistry.CreateDefault();
            registry.Register(TinyAll);
            var observer = new Rejections();
            var result = new ConvertJob(registry).Run(new ConvertJobOptions { Inputs = [input], From = "tiny", To = ["ntriples"], OutputFile = Path.Combine(dir, "out.nt") }, observer);
            Assert.True(result.Summary.StoppedReading);
            Assert.Equal(0, result.Summary.Written);
            Assert.Contains("(LD0006)", result.Summary.StoppedBy!.Message, StringComparison.Ordinal);
            Assert.Contains(observer.Diagnostics, d => d.Code == LinkedDataDiagnosticCodes.WrongVocabulary && d.Message.Contains("--from jsonld", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private sealed class Rejections : IConversionObserver
    {
        public List<Diagnostic> Diagnostics { get; } = [];

        public void OnDiagnostic(Diagnostic diagnostic) => Diagnostics.Add(diagnostic);

        public void OnRejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics) => Diagnostics.AddRange(diagnostics);

        public void OnProgress(long records, long bytes)
        {
        }
    }
}
