using System.Text;
using Exporter.Formats.Rdf.LinkedData;

namespace Exporter.Tests.Formats.Rdf.LinkedData;

/// <summary>Blank node labels shift their graph ordinal; look-alikes in literals, IRIs and text stay.</summary>
public sealed class BlankNodeRelabelerTests
{
    [Theory]
    [InlineData(RdfSyntaxKind.NTriples,
        "<http://x/r#a> <http://x/p> _:g3b1 .\n_:g3b1 <http://x/q> \"_:g3b1 \\\" _:g3b2\" .\n<http://x/_:g3b1> <http://x/p> _:g12b10 .\n",
        "<http://x/r#a> <http://x/p> _:g43b1 .\n_:g43b1 <http://x/q> \"_:g3b1 \\\" _:g3b2\" .\n<http://x/_:g3b1> <http://x/p> _:g52b10 .\n")]
    [InlineData(RdfSyntaxKind.Turtle,
        "<r#a> schema:x _:g7b2 ;\r\n  schema:name \"a _:g7b2\" .\r\n",
        "<r#a> schema:x _:g47b2 ;\r\n  schema:name \"a _:g7b2\" .\r\n")]
    [InlineData(RdfSyntaxKind.JsonLd,
        "{\"@id\": \"_:g2b1\", \"name\": \"_:g2b1 x\", \"b\": {\"@id\":\"_:g2b12\"}, \"c\": \"\\\"_:g2b1\"}",
        "{\"@id\": \"_:g42b1\", \"name\": \"_:g2b1 x\", \"b\": {\"@id\":\"_:g42b12\"}, \"c\": \"\\\"_:g2b1\"}")]
    [InlineData(RdfSyntaxKind.RdfXml,
        "<bf:Work rdf:nodeID=\"g9b1\">nodeID=\"g9b1\" &lt;a rdf:nodeID=\"g9b1\"</bf:Work>\n<x rdf:resource=\"g9b1\" rdf:nodeID='g9b3'/>\n",
        "<bf:Work rdf:nodeID=\"g49b1\">nodeID=\"g9b1\" &lt;a rdf:nodeID=\"g9b1\"</bf:Work>\n<x rdf:resource=\"g9b1\" rdf:nodeID='g49b3'/>\n")]
    public void Labels_shift_and_nothing_else_changes(RdfSyntaxKind kind, string input, string expected)
    {
        var output = new MemoryStream();
        new BlankNodeRelabeler(kind).Copy(new MemoryStream(Encoding.UTF8.GetBytes(input)), 40, output);
        Assert.Equal(expected, Encoding.UTF8.GetString(output.ToArray()));
    }
}
