using System.Buffers;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.RdfXml;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Exporter.Tests.Formats.Rdf.RdfXml;

/// <summary>
/// One formatter reused graph after graph (as an encoder uses it): what it remembers between graphs (the predicates
/// it checked, its names) never lets an unwritable graph through, and a refused graph leaves the output untouched.
/// </summary>
public sealed class RdfXmlGraphFormatterTests
{
    private static readonly Iri Work = new("http://example.org/1#Work");
    private static readonly Iri Title = new(RdfXmlWriterTests.Bf + "title");

    [Fact]
    public void A_predicate_checked_in_an_earlier_graph_does_not_let_a_later_graph_bad_literal_subject_or_datatype_through()
    {
        var formatter = new RdfXmlGraphFormatter(new RdfXmlNamespaces(RdfXmlWriterTests.LocOptions));
        var output = new ArrayBufferWriter<byte>();
        formatter.Write(output, Graph((Work, Title, new Literal("fine"))), 1);
        var written = output.WrittenCount;
        Assert.True(written > 0);

        AssertRefused(formatter, output, "RDF0109", (Work, Title, new Literal("bad\u0001")));
        AssertRefused(formatter, output, "RDF0106", (new Iri("relative#Work"), Title, new Literal("x")));
        AssertRefused(formatter, output, "RDF0106", (Work, Title, new Literal("x", "relative-datatype")));
        AssertRefused(formatter, output, "RDF0106", (Work, new Iri("relative#title"), new Literal("x")));
        AssertRefused(formatter, output, "RDF0105", (Work, new Iri(RdfXmlWriterTests.Bf + "a b#title"), new Literal("x")));
        Assert.Equal(written, output.WrittenCount);

        // The same predicate once more, in a graph that is fine: written as the first one was.
        var again = new ArrayBufferWriter<byte>();
        formatter.Write(again, Graph((Work, Title, new Literal("fine"))), 1);
        Assert.Equal(Encoding.UTF8.GetString(output.WrittenSpan), Encoding.UTF8.GetString(again.WrittenSpan));
    }

    [Fact]
    public void Graphs_written_one_after_another_by_one_formatter_are_those_fresh_formatters_write()
    {
        var reused = new RdfXmlGraphFormatter(new RdfXmlNamespaces(RdfXmlWriterTests.LocOptions));
        var node = new BlankNode("b1");
        var graphs = new[]
        {
            Graph((Work, Title, node), (node, RdfNames.TypeIri, new Iri(RdfXmlWriterTests.Bf + "Title")), (node, new Iri(RdfXmlWriterTests.Bf + "mainTitle"), new Literal("A & B <c> \"d\"\t\U0001F600"))),
            Graph((Work, new Iri("http://other.example/v#p"), new Literal("x", language: "EN-gb")), (Work, Title, new Literal(new string('\u00e9', 40_000)))),
            Graph((Work, Title, new Literal("small"))),
        };
        for (var i = 0; i < graphs.Length; i++)
        {
            var one = new ArrayBufferWriter<byte>();
            reused.Write(one, graphs[i], i + 1);
            var fresh = new ArrayBufferWriter<byte>();
            RdfXmlWriter.Format(graphs[i], fresh, RdfXmlWriterTests.LocOptions, i + 1);
            Assert.Equal(Encoding.UTF8.GetString(fresh.WrittenSpan), Encoding.UTF8.GetString(one.WrittenSpan));
        }
    }

    [Property(MaxTest = 300)]
    public Property Writes_the_bytes_the_reference_formatter_writes_graph_after_graph() =>
        Prop.ForAll(RdfXmlLayoutGraphs.Graphs.ToArbitrary(), Gen.Elements(RdfXmlWriterTests.LocOptions, RdfXmlWriterOptions.Default).ToArbitrary(), (graphs, options) =>
            SameAsReference(graphs, options));

    [Property(MaxTest = 200)]
    public Property Writes_the_bytes_the_reference_formatter_writes_on_hostile_graphs() =>
        Prop.ForAll(RdfGraphGenerators.Graphs.ToArbitrary(), graphs => SameAsReference([.. graphs], RdfXmlWriterOptions.Default));

    /// <summary>One formatter and one reference formatter write the graphs one after another: the same bytes, or the same refusal.</summary>
    private static Property SameAsReference(RdfGraph[] graphs, RdfXmlWriterOptions options)
    {
        var formatter = new RdfXmlGraphFormatter(new RdfXmlNamespaces(options));
        var reference = new RdfXmlReferenceFormatter(new RdfXmlNamespaces(options));
        for (var i = 0; i < graphs.Length; i++)
        {
            var actual = Written(output => formatter.Write(output, graphs[i], i + 1));
            var expected = Written(output => reference.Write(output, graphs[i], i + 1));
            if (actual != expected) return false.Label($"graph {i + 1}:\nexpected {expected}\nactual   {actual}");
        }

        return true.Classify(graphs.Any(g => g.Triples.Any(t => t.Object is BlankNode)), "blank objects");
    }

    /// <summary>What <paramref name="write"/> writes, or the exception it throws.</summary>
    private static string Written(Action<ArrayBufferWriter<byte>> write)
    {
        var output = new ArrayBufferWriter<byte>();
        try
        {
            write(output);
            return Encoding.UTF8.GetString(output.WrittenSpan);
        }
        catch (Exception e) when (e is RecordWriteException or InvalidOperationException)
        {
            return $"{e.GetType().Name}: {e.Message} ({output.WrittenCount} bytes written)";
        }
    }

    private static void AssertRefused(RdfXmlGraphFormatter formatter, ArrayBufferWriter<byte> output, string code, params (RdfTerm S, Iri P, RdfTerm O)[] triples)
    {
        var e = Assert.Throws<RecordWriteException>(() => formatter.Write(output, Graph(triples), 2));
        Assert.Equal(code, e.Diagnostic.Code);
    }

    private static RdfGraph Graph(params (RdfTerm S, Iri P, RdfTerm O)[] triples)
    {
        var g = new RdfGraph();
        foreach (var (s, p, o) in triples) g.Add(s, p, o);
        return g;
    }
}
