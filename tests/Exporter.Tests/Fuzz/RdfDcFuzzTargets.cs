using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.DublinCore;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.JsonLd;
using Exporter.Formats.Rdf.NTriples;
using Exporter.Formats.Rdf.SchemaOrg;
using Exporter.Formats.Rdf.Turtle;

namespace Exporter.Tests.Fuzz;

/// <summary>The Dublin Core and RDF codecs under fuzzing.</summary>
public static class RdfDcFuzzTargets
{
    private static readonly string[] RdfNoise = ["<", ">", "\"", "'", "\"\"\"", "\\", "\\u", "\\U0011FFFF", "\\uD800", "_:", "[", "]", "(", ")", ".", ";", ",", "@", "^^", ":", "#", "\n", "PREFIX p: <", "@base <", "@prefix : <http://x/> .", " a ", "1e", "-", "%", "<http://schema.org/name>", "\"\"@en-", "\r"];

    /// <summary>DublinCoreReader: records found = read + rejected; only RecordFormatException for malformed XML.</summary>
    public static FuzzTarget DublinCore { get; } = new("dc", ".xml", DcSeeds, RunDublinCore)
    {
        AllowedExceptions = [typeof(RecordFormatException)],
        Tokens = MarcFuzzTargets.XmlTokens(["<dc:title>", "</dc:title>", "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">", "</oai_dc:dc>", "<dcterms:issued xsi:type=\"dcterms:W3CDTF\">", "<record>", "<header status=\"deleted\">", "xml:lang=\"\""]),
        Nesting = ("<dc:title>", "</dc:title>"),
    };

    /// <summary>JsonLdReader (documents, invalid ones skipped) then the schema.org crosswalk's graph reading.</summary>
    public static FuzzTarget JsonLd { get; } = new("jsonld", ".jsonld", JsonLdSeeds, RunJsonLd)
    {
        AllowedExceptions = [typeof(RecordFormatException)],
        Tokens = PipelineFuzzTargets.JsonTokens(["\"@context\":", "\"@id\":", "\"@type\":", "\"@graph\":[", "\"@list\":[", "\"@value\":", "\"@language\":", "\"@base\":", "\"@vocab\":", "\"https://schema.org/\"", "\"http://example.org/ctx.jsonld\"", "\"@reverse\":{", "\"@container\":\"@list\"", "\"@nest\":", "\"@included\":["]),
        Nesting = ("{\"@list\":[", "]}"),
        ExtraMutations = [JsonValueMutation.Mutate, JsonValueMutation.Mutate, JsonValueMutation.Mutate],
    };

    /// <summary>TurtleReader: parses or throws RdfParseException with line and column.</summary>
    public static FuzzTarget Turtle { get; } = new("turtle", ".ttl", TurtleSeeds, input => RunRdf(input, text => new TurtleReader(text).ReadTriples()))
    {
        AllowedExceptions = [typeof(RdfParseException)],
        Tokens = [.. RdfNoise.Select(FuzzSeeds.Utf8)],
        Nesting = ("[ <http://x/p> ", " ]"),
    };

    /// <summary>NTriplesReader: parses or throws RdfParseException with line and column.</summary>
    public static FuzzTarget NTriples { get; } = new("ntriples", ".nt", NTriplesSeeds, input => RunRdf(input, text => new NTriplesReader(text).ReadTriples()))
    {
        AllowedExceptions = [typeof(RdfParseException)],
        Tokens = [.. RdfNoise.Select(FuzzSeeds.Utf8)],
    };

    private static void RunDublinCore(byte[] input)
    {
        var rejected = new List<RejectedDcRecord>();
        var bag = new DiagnosticBag();
        using var reader = new DublinCoreReader(new MemoryStream(input, writable: false), new DublinCoreReaderOptions { OnRejected = rejected.Add }, bag);
        long read = 0;
        try
        {
            foreach (var record in reader.ReadAll()) read++;
        }
        finally
        {
            FuzzChecks.Diagnostics(bag.Items);
        }

        FuzzInvariantException.Check(reader.RecordCount == read + rejected.Count, $"found {reader.RecordCount} records but read {read} + rejected {rejected.Count}");
        FuzzInvariantException.Check(rejected.All(r => r.Reason.Severity == Severity.Error && r.RawXml.Length > 0), "a rejected record without an error or its XML");
    }

    private static void RunJsonLd(byte[] input)
    {
        var bag = new DiagnosticBag();
        var options = new JsonLdReaderOptions { OnInvalidRecord = JsonLdInvalidRecordHandling.Skip, MaxDepth = 64 };
        using var reader = new JsonLdReader(new MemoryStream(input, writable: false), options, bag);
        try
        {
            foreach (var graph in reader.ReadAll())
            {
                CheckTerms(graph.Triples);
                new SchemaOrgCrosswalk().ToCatalog(graph, new DiagnosticBag());
            }
        }
        finally
        {
            FuzzChecks.Diagnostics(bag.Items);
        }
    }

    private static void RunRdf(byte[] input, Func<TextReader, IEnumerable<Triple>> read)
    {
        using var text = new StreamReader(new MemoryStream(input, writable: false), new UTF8Encoding(false), true);
        try
        {
            CheckTerms(read(text));
        }
        catch (RdfParseException ex)
        {
            FuzzInvariantException.Check(ex.Line > 0 && ex.Column > 0, $"{ex.Diagnostic.Code} without line and column");
            throw;
        }
    }

    private static void CheckTerms(IEnumerable<Triple> triples)
    {
        foreach (var t in triples)
        {
            FuzzInvariantException.Check(t.Subject is not Literal, "a literal subject");
            FuzzInvariantException.Check(t.Predicate.Value.Length > 0, "an empty predicate IRI");
        }
    }

    private static IReadOnlyList<byte[]> DcSeeds() =>
        [FuzzSeeds.Fixture("DublinCore", "sample.oai_dc.xml"), FuzzSeeds.Fixture("DublinCore", "sample.qdc.xml"), FuzzSeeds.Fixture("DublinCore", "sample.listrecords.xml")];

    private static IEnumerable<RdfGraph> Graphs() => FuzzSeeds.Records.Take(2).Select(r => new SchemaOrgCrosswalk().FromCatalog(r, NullDiagnostics.Instance));

    private static IReadOnlyList<byte[]> JsonLdSeeds() => [.. Graphs().Select(g => FuzzSeeds.Utf8(JsonLdWriter.ToJson(g)))];

    private static IReadOnlyList<byte[]> TurtleSeeds() => [.. Graphs().Select(g => FuzzSeeds.Utf8(TurtleWriter.EncodeDocument(g)))];

    private static IReadOnlyList<byte[]> NTriplesSeeds() => [.. Graphs().Select(g => NTriplesWriter.EncodeUtf8(g))];
}
