using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.JsonLd;
using Exporter.Formats.Rdf.LinkedData;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.LinkedData;

/// <summary>The vocabulary x syntax seam: a vocabulary of its own plugs into every syntax with no syntax code of its own.</summary>
public class LinkedDataVocabularyTests
{
    private const string Ns = TinyVocabulary.Ns;

    private static readonly CatalogRecord[] Records =
    [
        new() { Title = "First", Identifiers = [new Identifier(IdentifierType.Local, "A1")] },
        new() { Title = "Second \"quoted\"", Identifiers = [new Identifier(IdentifierType.Local, "B2")] },
    ];

    public static TheoryData<string> Syntaxes() => ["jsonld", "turtle", "ntriples", "rdfxml"];

    internal static LinkedDataFormat Tiny(string syntax) => syntax switch
    {
        "jsonld" => new LinkedDataFormat("tiny-jsonld", "tiny in JSON-LD", [".tiny.jsonld"], TinyVocabulary.Instance, JsonLdSyntax.Instance),
        "turtle" => new LinkedDataFormat("tiny-turtle", "tiny in Turtle", [".tiny.ttl"], TinyVocabulary.Instance, TurtleSyntax.Instance),
        "ntriples" => new LinkedDataFormat("tiny-nt", "tiny in N-Triples", [".tiny.nt"], TinyVocabulary.Instance, NTriplesSyntax.Instance),
        _ => new LinkedDataFormat("tiny-rdfxml", "tiny in RDF/XML", [".tiny.rdf"], TinyVocabulary.Instance, RdfXmlSyntax.Instance),
    };

    [Theory]
    [MemberData(nameof(Syntaxes))]
    public void A_vocabulary_of_its_own_writes_and_reads_back_in_every_syntax(string syntax)
    {
        var format = Tiny(syntax);
        var text = RecordFactory.Write(format, Records);
        Assert.Contains("https://catalog.example.org/record/B2#thing", text, StringComparison.Ordinal);
        Assert.DoesNotContain("schema.org", text, StringComparison.Ordinal);
        using var reader = format.CreateReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), new ReadOptions());
        var back = reader.ReadResults().ToList();
        Assert.All(back, r => Assert.False(r.IsRejected, string.Join("; ", r.Diagnostics.Select(d => d.Message))));
        Assert.Equal(Records.Select(r => (r.Title, r.CatalogNumber)), back.Select(r => r.GetCatalog(NullDiagnostics.Instance)).Select(r => (r.Title, r.CatalogNumber)));
    }

    [Fact]
    public void The_abbreviating_syntaxes_declare_the_vocabulary_namespaces()
    {
        var turtle = RecordFactory.Write(Tiny("turtle"), Records);
        Assert.StartsWith("@prefix tiny: <" + Ns + "> .\n", turtle, StringComparison.Ordinal);
        Assert.Contains("tiny:title \"First\"", turtle, StringComparison.Ordinal);
        var json = RecordFactory.Write(Tiny("jsonld"), Records);
        Assert.Contains("\"tiny:title\": \"First\"", json, StringComparison.Ordinal);
        var xml = RecordFactory.Write(Tiny("rdfxml"), Records);
        Assert.Contains("xmlns:tiny=\"" + Ns + "\"", xml, StringComparison.Ordinal);
        Assert.Contains("<tiny:Thing rdf:about=\"https://catalog.example.org/record/A1#thing\">", xml, StringComparison.Ordinal);
        Assert.True(GraphIsomorphism.AreIsomorphic(
            Exporter.Formats.Rdf.NTriples.NTriplesReader.Parse(RecordFactory.Write(Tiny("ntriples"), Records)),
            Exporter.Formats.Rdf.RdfXml.RdfXmlReader.Parse(xml)));
    }

    [Theory]
    [InlineData("jsonld")]
    [InlineData("turtle")]
    [InlineData("ntriples")]
    public void Worker_copies_have_their_own_scratch_and_write_the_same_bytes(string name)
    {
        var format = FormatRegistry.CreateDefault().Get(name);
        var encoder = format.CreateEncoder(new WriteOptions());
        var copies = Enumerable.Range(0, 4).Select(_ => encoder.ForWorker()).ToList();
        Assert.All(copies, c => Assert.NotSame(encoder, c));
        Assert.Equal(copies.Count, copies.Distinct().Count());
        var records = RecordFactory.Examples().Select(r => ReadResult.Read(new RecordSource(0, 0, ReadOnlyMemory<byte>.Empty), r, [])).ToList();
        var expected = records.Select((r, i) => Encode(encoder, r, i)).ToList();
        // Every copy encodes every record, all copies at once: shared scratch would mix their text.
        var actual = new string[copies.Count][];
        Parallel.For(0, copies.Count, c =>
        {
            var mine = new string[records.Count * 20];
            for (var n = 0; n < mine.Length; n++) mine[n] = Encode(copies[c], records[n % records.Count], n % records.Count);
            actual[c] = mine;
        });
        foreach (var mine in actual)
        {
            for (var n = 0; n < mine.Length; n++) Assert.Equal(expected[n % records.Count], mine[n]);
        }
    }

    private static string Encode(IRecordEncoder encoder, ReadResult record, long ordinal)
    {
        var buffer = new ArrayBufferWriter<byte>();
        encoder.Encode(record, ordinal, buffer, NullDiagnostics.Instance);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
