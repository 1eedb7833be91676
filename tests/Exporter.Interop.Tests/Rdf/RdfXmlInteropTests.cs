using Exporter.Formats.Rdf;
using Exporter.Interop.Tests.Support;

namespace Exporter.Interop.Tests.Rdf;

/// <summary>
/// RDF/XML against rapper (the reference reading) and rdflib: both read what our writer writes as the graph we
/// meant, and our reader reads our documents, marc2bibframe2's BIBFRAME output and hand-written edge cases as
/// rapper reads them.
/// </summary>
public sealed class RdfXmlInteropTests
{
    /// <summary>XSD-valid MARCXML files of the corpus (tests/data/corpus/marc/MANIFEST.md) run through marc2bibframe2.</summary>
    public static TheoryData<string> MarcXmlFiles =>
    [
        "marc4j/summerland.xml", "marc4j/chabon.xml", "marc4j/OCLC_814388508.xml", "pymarc/utf8.xml", "yaz/marc12.xml",
    ];

    public static TheoryData<int> Seeds => [21, 22, 23, 24, 25];

    /// <summary>The hand-written documents; the one whose .nt is rdflib's reading (rapper departs from the spec there) is apart.</summary>
    public static TheoryData<string> EdgeCases =>
        new(Directory.GetFiles(TestEnvironment.TestData("rdfxml"), "*.rdf").Select(Path.GetFileName).Where(n => n != RdflibReference).Order(StringComparer.Ordinal)!);

    private const string RdflibReference = "lang-on-property-attributes.rdf";

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void Rapper_and_our_reader_read_our_rdfxml_as_the_graph_we_meant(int seed)
    {
        using var docs = new RdfXmlDocuments();
        var graphs = RdfXmlDocuments.Writable(HostileRdfGraphs.Generate(seed, 40));
        var expected = HostileRdfGraphs.Union(graphs);
        Assert.True(expected.Count > 200, $"only {expected.Count} writable triples");
        var path = docs.Write("hostile.rdf", graphs);
        var rapper = RdfXmlDocuments.Rapper(path);
        Assert.True(GraphIsomorphism.AreIsomorphic(expected, rapper), "rapper read our RDF/XML differently");
        Assert.True(GraphIsomorphism.AreIsomorphic(rapper, RdfXmlDocuments.Ours(path)), "our reader and rapper disagree on our RDF/XML");
    }

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void Rdflib_reads_our_rdfxml_as_the_graph_we_meant(int seed)
    {
        using var docs = new RdfXmlDocuments();
        var graphs = RdfXmlDocuments.Writable(HostileRdfGraphs.Generate(seed, 30));
        var path = docs.Write("hostile.rdf", graphs);
        Assert.True(GraphIsomorphism.AreIsomorphic(HostileRdfGraphs.Union(graphs), docs.Rdflib(path)), "rdflib read our RDF/XML differently");
    }

    [SkippableTheory]
    [MemberData(nameof(MarcXmlFiles))]
    public void Our_reader_reads_marc2bibframe2_output_as_rapper_does_and_our_rewrite_of_it_too(string marcXml)
    {
        using var docs = new RdfXmlDocuments();
        var bibframe = docs.PathOf("bibframe.rdf");
        var run = PeerTool.Run("xsltproc", ["--stringparam", "baseuri", "http://example.org/", "--stringparam", "pGenerationDatestamp", "2026-01-01T00:00:00",
            "-o", bibframe, TestEnvironment.TestData("reference", "marc2bibframe2", "xsl", "marc2bibframe2.xsl"), TestEnvironment.TestData("corpus", "marc", marcXml)]);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var rapper = RdfXmlDocuments.Rapper(bibframe);
        var ours = RdfXmlDocuments.Ours(bibframe);
        Assert.True(rapper.Count > 50, $"{rapper.Count} triples");
        Assert.True(GraphIsomorphism.AreIsomorphic(rapper, ours), "our reader and rapper disagree on marc2bibframe2's output");

        var rewritten = docs.Write("rewritten.rdf", [ours]);
        Assert.True(GraphIsomorphism.AreIsomorphic(ours, RdfXmlDocuments.Rapper(rewritten)), "rapper reads our rewrite of the BIBFRAME graph differently");
        Assert.True(GraphIsomorphism.AreIsomorphic(ours, docs.Rdflib(rewritten)), "rdflib reads our rewrite of the BIBFRAME graph differently");
    }

    [SkippableTheory]
    [MemberData(nameof(EdgeCases))]
    public void Our_reader_reads_hand_written_documents_as_rapper_does(string name)
    {
        var path = TestEnvironment.TestData("rdfxml", name);
        var rapper = RdfXmlDocuments.RapperAllowingWarnings(path);
        Assert.True(GraphIsomorphism.AreIsomorphic(rapper, RdfXmlDocuments.Ours(path)), $"our reader and rapper disagree on {name}");
    }

    [SkippableFact]
    public void Property_attribute_languages_follow_the_spec_as_rdflib_does()
    {
        using var docs = new RdfXmlDocuments();
        var path = TestEnvironment.TestData("rdfxml", RdflibReference);
        Assert.True(GraphIsomorphism.AreIsomorphic(docs.Rdflib(path), RdfXmlDocuments.Ours(path)));
    }
}
