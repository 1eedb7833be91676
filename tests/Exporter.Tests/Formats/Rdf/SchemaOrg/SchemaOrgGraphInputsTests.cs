using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.LinkedData;
using Exporter.Formats.Rdf.SchemaOrg;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Tests.Formats.Rdf.SchemaOrg;

/// <summary>
/// A record's schema.org graph is built once for the jsonld, turtle and ntriples targets of a run
/// (<see cref="SchemaOrgGraphInputs"/>): each writes what it would have written alone.
/// </summary>
public class SchemaOrgGraphInputsTests
{
    private static readonly CatalogRecord Hub = new()
    {
        Title = "The Title",
        Contributors = [Contributor.Person("Serge, Victor")],
        Identifiers = [new Identifier(IdentifierType.Local, "CX1"), new Identifier(IdentifierType.Isbn, "0394549260")],
        Subjects = [new Subject("Soviet Union--History")],
        YearPublished = 1973,
    };

    private static ReadResult Read() => ReadResult.Read(new RecordSource(0, 0, ReadOnlyMemory<byte>.Empty), Hub, []);

    [Fact]
    public void The_targets_of_one_run_share_the_graph_and_write_what_they_would_alone()
    {
        var options = new WriteOptions();
        var registry = FormatRegistry.CreateDefault();
        var shared = Read();
        var graphs = new[] { "jsonld", "turtle", "ntriples" }.Select(n => ((LinkedDataEncoder)registry.Get(n).CreateEncoder(options)).Graph(shared, NullDiagnostics.Instance)).ToList();
        Assert.All(graphs, g => Assert.Same(graphs[0], g));

        shared = Read();
        foreach (var name in new[] { "jsonld", "turtle", "ntriples" })
        {
            var alone = Encode(registry.Get(name).CreateEncoder(options), Read());
            var together = Encode(registry.Get(name).CreateEncoder(options), shared);
            Assert.Equal(alone, together);
        }
    }

    [Fact]
    public void Other_write_options_build_their_own_graph()
    {
        var record = Read();
        var registry = FormatRegistry.CreateDefault();
        RdfGraph Graph(WriteOptions options) => ((LinkedDataEncoder)registry.Get("jsonld").CreateEncoder(options)).Graph(record, NullDiagnostics.Instance);
        var first = Graph(new WriteOptions());
        Assert.Same(first, Graph(new WriteOptions { BaseUri = new Uri(WriteOptions.DefaultBaseUri) }));
        Assert.NotSame(first, Graph(new WriteOptions { BaseUri = new Uri("https://library.example.net/") }));
        Assert.NotSame(first, Graph(new WriteOptions { RecordPath = "page/{id}" }));
        Assert.NotSame(first, Graph(new WriteOptions { IncludeLocal = true }));
        Assert.Equal(new SchemaOrgGraphInputs(new Uri("https://a.example/"), "r/{id}", false), new SchemaOrgGraphInputs(new Uri("https://a.example/"), "r/{id}", false));
        Assert.NotEqual(new SchemaOrgGraphInputs(new Uri("https://a.example/#x"), "r/{id}", false), new SchemaOrgGraphInputs(new Uri("https://a.example/#y"), "r/{id}", false));
    }

    private static byte[] Encode(IRecordEncoder encoder, ReadResult record)
    {
        var output = new ArrayBufferWriter<byte>();
        encoder.Encode(record, 0, output, NullDiagnostics.Instance);
        return output.WrittenSpan.ToArray();
    }
}
