using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.RdfXml;

namespace Exporter.Tests.Formats.Rdf.RdfXml;

public sealed class RdfXmlWriterTests
{
    public const string Bf = "http://id.loc.gov/ontologies/bibframe/";
    public const string Bflc = "http://id.loc.gov/ontologies/bflc/";
    public const string Mads = "http://www.loc.gov/mads/rdf/v1#";

    public static readonly RdfXmlWriterOptions LocOptions = new()
    {
        Prefixes =
        [
            new("rdf", RdfNames.RdfNamespace), new("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            new("bf", Bf), new("bflc", Bflc), new("madsrdf", Mads),
        ],
    };

    private static readonly Iri Work = new("http://example.org/12345#Work");

    private static Iri B(string local) => new(Bf + local);

    [Fact]
    public void Writes_typed_node_elements_nested_blank_nodes_and_every_literal_kind()
    {
        var g = new RdfGraph();
        var title = new BlankNode("t");
        g.Add(Work, RdfNames.TypeIri, B("Work"));
        g.Add(Work, RdfNames.TypeIri, B("Text"));
        g.Add(Work, B("title"), title);
        g.Add(title, RdfNames.TypeIri, B("Title"));
        g.Add(title, B("mainTitle"), new Literal("Summerland & <more>"));
        g.Add(Work, B("language"), new Iri("http://id.loc.gov/vocabulary/languages/eng"));
        g.Add(Work, new Iri(Bflc + "simpleDate"), new Literal("1999-12-31", "http://id.loc.gov/datatypes/edtf"));
        g.Add(Work, new Iri("http://www.w3.org/2000/01/rdf-schema#label"), new Literal("Été", language: "fr"));
        const string expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                     xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
                     xmlns:bf="http://id.loc.gov/ontologies/bibframe/"
                     xmlns:bflc="http://id.loc.gov/ontologies/bflc/"
                     xmlns:madsrdf="http://www.loc.gov/mads/rdf/v1#">
              <bf:Work rdf:about="http://example.org/12345#Work">
                <rdf:type rdf:resource="http://id.loc.gov/ontologies/bibframe/Text"/>
                <bf:title>
                  <bf:Title>
                    <bf:mainTitle>Summerland &amp; &lt;more&gt;</bf:mainTitle>
                  </bf:Title>
                </bf:title>
                <bf:language rdf:resource="http://id.loc.gov/vocabulary/languages/eng"/>
                <bflc:simpleDate rdf:datatype="http://id.loc.gov/datatypes/edtf">1999-12-31</bflc:simpleDate>
                <rdfs:label xml:lang="fr">Été</rdfs:label>
              </bf:Work>
            </rdf:RDF>

            """;
        Assert.Equal(expected, RdfXmlWriter.EncodeDocument(g, LocOptions));
    }
}
