using System.Text;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.NTriples;
using Exporter.Formats.Rdf.Turtle;

namespace Exporter.Interop.Tests.Rdf;

/// <summary>Writes generated graphs with our streaming writers into temporary files for the peers to read.</summary>
public sealed class RdfDocuments : IDisposable
{
    public static readonly TurtleWriterOptions Options = new()
    {
        BaseIri = HostileRdfGraphs.BaseIri,
        Prefixes = [.. TurtleWriterOptions.DefaultPrefixes, new TurtlePrefix("v", "http://example.org/v#"), new TurtlePrefix("", "urn:x-local:")],
    };

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "exporter-rdf-" + Guid.NewGuid().ToString("N"));

    public RdfDocuments(IReadOnlyList<RdfGraph> graphs)
    {
        Directory.CreateDirectory(_folder);
        Expected = HostileRdfGraphs.Union(graphs);
        using (var turtle = new TurtleWriter(File.Create(TurtlePath), Options))
        {
            turtle.WriteHeader();
            foreach (var g in graphs) turtle.WriteGraph(g);
            turtle.Complete();
        }

        using var nt = new NTriplesWriter(File.Create(NTriplesPath));
        foreach (var g in graphs) nt.WriteGraph(g);
        nt.Complete();
    }

    /// <summary>The graph the documents mean.</summary>
    public RdfGraph Expected { get; }

    public string TurtlePath => Path.Combine(_folder, "doc.ttl");

    public string NTriplesPath => Path.Combine(_folder, "doc.nt");

    /// <summary>A file in the temporary folder.</summary>
    public string PathOf(string name) => Path.Combine(_folder, name);

    /// <summary>Reads N-Triples (e.g. a peer's output) with our reader.</summary>
    public static RdfGraph ReadNTriples(string text) => NTriplesReader.Parse(text);

    /// <summary>Reads a file as UTF-8.</summary>
    public static string ReadText(string path) => File.ReadAllText(path, Encoding.UTF8);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
