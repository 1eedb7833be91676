using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.JsonLd;
using Newtonsoft.Json.Linq;
using static Exporter.Tests.Formats.Rdf.JsonLd.Support.SampleGraphs;

namespace Exporter.Tests.Formats.Rdf.JsonLd;

public sealed class JsonLdLinesWriterTests
{
    private static string Write(params RdfGraph[] graphs)
    {
        using var ms = new MemoryStream();
        using (var writer = new JsonLdLinesWriter(ms, new JsonLdWriterOptions { LeaveOpen = true }))
        {
            foreach (var g in graphs)
            {
                try
                {
                    writer.WriteGraph(g);
                }
                catch (RecordWriteException)
                {
                    // the record is rejected whole; the file stays valid
                }
            }

            writer.Complete();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    [Fact]
    public void One_self_contained_document_per_line()
    {
        var text = Write(CX7118(), CX7118());
        var lines = text.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal("", lines[2]);
        Assert.Equal(lines[0], lines[1]);
        var doc = JObject.Parse(lines[0]);
        Assert.Equal("https://schema.org/", (string)doc["@context"]!["@vocab"]!);
        Assert.Equal(7, ((JArray)doc["@graph"]!).Count);
    }

    [Fact]
    public void Blank_node_labels_restart_on_every_line()
    {
        var g = new RdfGraph();
        var shared = new BlankNode("s");
        g.Add(I("https://x.example/a"), P("author"), shared);
        g.Add(I("https://x.example/a"), P("creator"), shared);
        var lines = Write(g, g).Split('\n');
        Assert.Contains("{\"@id\":\"_:b0\"}", lines[0], StringComparison.Ordinal);
        Assert.Equal(lines[0], lines[1]);
    }

    [Fact]
    public void Empty_input_is_an_empty_file_and_bad_records_leave_no_partial_line()
    {
        Assert.Equal("", Write());
        var bad = new RdfGraph();
        bad.Add(I("https://x.example/a"), P("name"), new Literal("x"));
        bad.Add(I("https://x.example/a"), P("sameAs"), I("not an iri"));
        var good = new RdfGraph();
        good.Add(I("https://x.example/b"), P("name"), new Literal("y"));
        var text = Write(bad, good);
        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("https://x.example/b", text, StringComparison.Ordinal);
    }
}
