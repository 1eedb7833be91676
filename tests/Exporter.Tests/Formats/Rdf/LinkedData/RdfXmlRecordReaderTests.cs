using System.Text;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.LinkedData;
using Exporter.Formats.Rdf.NTriples;
using Exporter.Formats.Rdf.RdfXml;
using Exporter.Formats.Rdf.SchemaOrg;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.LinkedData;

/// <summary>RDF/XML read as records: whole document, split by the vocabulary's record roots, errors placed, the run stopped.</summary>
public class RdfXmlRecordReaderTests
{
    /// <summary>schema.org in RDF/XML (not a built-in format: the reader is the syntax's, whatever the vocabulary).</summary>
    internal static readonly LinkedDataFormat SchemaOrgRdfXml = new("schema-rdfxml", "schema.org in RDF/XML", [".rdf"], SchemaOrgLinkedDataVocabulary.Instance, RdfXmlSyntax.Instance);

    [Fact]
    public void Our_rdfxml_reads_back_one_record_per_edition_as_the_ntriples_of_the_same_records_do()
    {
        var records = RecordFactory.Examples().Take(5).ToList();
        var xml = RecordFactory.Write(SchemaOrgRdfXml, records);
        var fromXml = Read(xml);
        Assert.All(fromXml, r => Assert.False(r.IsRejected, string.Join("; ", r.Diagnostics.Select(d => d.Code + " " + d.Message))));
        Assert.Equal(records.Select(r => r.CatalogNumber), fromXml.Select(r => r.RecordId));
        var fromNt = LinkedDataSupport.ReadAll("ntriples", LinkedDataSupport.Write("ntriples", records));
        Assert.Equal(fromNt, fromXml.Select(r => r.GetCatalog(Exporter.Diagnostics.NullDiagnostics.Instance)).ToList());
    }

    [Fact]
    public void Each_record_carries_its_graph_and_the_graphs_together_are_the_document()
    {
        var xml = RecordFactory.Write(SchemaOrgRdfXml, RecordFactory.Examples().Take(3));
        var whole = RdfXmlReader.Parse(xml);
        var union = new RdfGraph();
        foreach (var r in Read(xml))
        {
            Assert.True(r.Source.TryGetFramed<RdfGraph>(out var g));
            foreach (var t in g.Triples) union.Add(t);
            Assert.True(GraphIsomorphism.AreIsomorphic(g, NTriplesReader.Parse(Encoding.UTF8.GetString(r.Source.Raw.Span))), Encoding.UTF8.GetString(r.Source.Raw.Span)); // raw: the record as N-Triples
        }

        Assert.True(GraphIsomorphism.AreIsomorphic(whole, union));
    }

    [Fact]
    public void A_syntax_error_reads_nothing_keeps_the_document_and_stops_the_run_with_line_and_byte_offset()
    {
        var xml = RecordFactory.Write(SchemaOrgRdfXml, RecordFactory.Examples().Take(3));
        var at = xml.IndexOf("</schema:name>", StringComparison.Ordinal);
        var broken = xml[..at] + "</schema:nom>" + xml[(at + "</schema:name>".Length)..];
        var result = Assert.Single(Read(broken));
        Assert.True(result.IsRejected);
        Assert.True(result.Source.StopsReading);
        Assert.Equal(broken, Encoding.UTF8.GetString(result.Source.Raw.Span));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(RdfXmlDiagnosticCodes.NotWellFormed, d.Code);
        var line = broken[..at].Count(c => c == '\n') + 1;
        Assert.Equal(line, d.Line);
        Assert.NotNull(d.ByteOffset);
        var lineStart = Encoding.UTF8.GetByteCount(broken[..(broken.LastIndexOf('\n', at) + 1)]);
        Assert.InRange(d.ByteOffset!.Value, lineStart, Encoding.UTF8.GetByteCount(broken[..at]) + 2);
        Assert.EndsWith("nothing of the document was read (from byte 0)", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>", "RDF0201")]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"x\"/></rdf:RDF>", "RDF0204")]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">text</rdf:RDF>", "RDF0202")]
    public void Hostile_or_ungrammatical_documents_stop_with_the_codec_code(string xml, string code)
    {
        var result = Assert.Single(Read(xml));
        Assert.True(result.Source.StopsReading);
        Assert.Equal(code, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Nesting_is_bounded_by_the_read_options()
    {
        var deep = new StringBuilder("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:e=\"http://e.example/\"><rdf:Description rdf:about=\"http://e.example/a\">");
        for (var i = 0; i < 40; i++) deep.Append("<e:p rdf:parseType=\"Resource\">");
        for (var i = 0; i < 40; i++) deep.Append("</e:p>");
        deep.Append("</rdf:Description></rdf:RDF>");
        var result = Assert.Single(Read(deep.ToString(), new ReadOptions { MaxNesting = 10 }));
        Assert.Equal(RdfXmlDiagnosticCodes.TooDeep, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void An_empty_document_has_no_records_and_a_blank_input_none_either()
    {
        Assert.Empty(Read(RecordFactory.Write(SchemaOrgRdfXml, [])));
        Assert.Empty(Read("  \n"));
    }

    [Fact]
    public void The_syntax_sniffs_rdf_xml_and_not_other_xml()
    {
        Assert.Equal(95, RdfXmlSyntax.Instance.Sniff("<?xml version=\"1.0\"?>\n<!-- c -->\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"u8));
        Assert.Equal(95, RdfXmlSyntax.Instance.Sniff("<RDF xmlns=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"u8));
        Assert.Equal(50, RdfXmlSyntax.Instance.Sniff("<ex:Thing xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://e/\"/>"u8));
        Assert.Equal(0, RdfXmlSyntax.Instance.Sniff("<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record><leader>"u8));
        Assert.Equal(0, RdfXmlSyntax.Instance.Sniff("{\"@context\": {}}"u8));
    }

    [Fact]
    public void The_byte_offset_of_a_line_and_column_counts_utf8_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFFab\nc\u00e9d\n");
        Assert.Equal(3, RdfXmlRecordReader.ByteOffsetOf(bytes, 1, 1));
        Assert.Equal(6, RdfXmlRecordReader.ByteOffsetOf(bytes, 2, 1));
        Assert.Equal(9, RdfXmlRecordReader.ByteOffsetOf(bytes, 2, 3));
        Assert.Null(RdfXmlRecordReader.ByteOffsetOf(bytes, 0, 0));
    }

    [Fact]
    public void Nodes_no_record_refers_to_are_rejected_as_ntriples()
    {
        const string xml = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:s="https://schema.org/">
              <s:Book rdf:about="http://ex.org/b1"><s:name>One</s:name><s:exampleOfWork rdf:resource="http://ex.org/w1"/></s:Book>
              <s:Book rdf:about="http://ex.org/b2"><s:name>Two</s:name><s:exampleOfWork rdf:resource="http://ex.org/w2"/></s:Book>
              <rdf:Description rdf:about="http://ex.org/stray"><s:name>nobody's</s:name></rdf:Description>
            </rdf:RDF>
            """;
        var results = Read(xml);
        Assert.Equal(3, results.Count);
        Assert.False(results[0].IsRejected);
        Assert.False(results[1].IsRejected);
        Assert.True(results[2].IsRejected);
        Assert.Equal("LD0003", Assert.Single(results[2].Diagnostics).Code);
        Assert.Equal("<http://ex.org/stray> <https://schema.org/name> \"nobody's\" .\n", System.Text.Encoding.UTF8.GetString(results[2].Source.Raw.Span));
    }

    private static List<ReadResult> Read(string text, ReadOptions? options = null)
    {
        using var reader = SchemaOrgRdfXml.CreateReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), options ?? new ReadOptions());
        return reader.ReadResults().ToList();
    }
}
