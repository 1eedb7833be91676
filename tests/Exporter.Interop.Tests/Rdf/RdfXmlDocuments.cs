using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.NTriples;
using Exporter.Formats.Rdf.RdfXml;
using Exporter.Interop.Tests.Support;

namespace Exporter.Interop.Tests.Rdf;

/// <summary>RDF/XML documents for the peers: our writer's output in a temporary folder, and the peers' readings of any file.</summary>
public sealed class RdfXmlDocuments : IDisposable
{
    /// <summary>The base IRI every document is read with (by us, rapper and rdflib).</summary>
    public const string Base = "http://example.org/base/doc";

    public static readonly RdfXmlWriterOptions Options = new()
    {
        Prefixes =
        [
            .. RdfXmlWriterOptions.DefaultPrefixes, new("bf", "http://id.loc.gov/ontologies/bibframe/"), new("bflc", "http://id.loc.gov/ontologies/bflc/"),
            new("madsrdf", "http://www.loc.gov/mads/rdf/v1#"), new("schema", "https://schema.org/"), new("v", "http://example.org/v#"),
        ],
    };

    private const string RdflibScript = """
        import sys, rdflib
        rdflib.NORMALIZE_LITERALS = False
        g = rdflib.Graph(); g.parse(sys.argv[1], format="xml", publicID=sys.argv[2])
        g.serialize(destination=sys.argv[3], format="nt", encoding="utf-8")
        print(len(g))
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "exporter-rdfxml-" + Guid.NewGuid().ToString("N"));

    public RdfXmlDocuments()
    {
        Directory.CreateDirectory(_folder);
    }

    /// <summary>A file in the temporary folder.</summary>
    public string PathOf(string name) => Path.Combine(_folder, name);

    /// <summary>Writes <paramref name="graphs"/> as one RDF/XML document with our streaming writer; returns its path.</summary>
    public string Write(string name, IReadOnlyList<RdfGraph> graphs)
    {
        var path = PathOf(name);
        using var writer = new RdfXmlWriter(File.Create(path), Options);
        foreach (var g in graphs) writer.WriteGraph(g);
        writer.Complete();
        return path;
    }

    /// <summary>The graphs without the triples RDF/XML cannot carry (our writer refuses them: no XML local name, text XML 1.0 cannot hold).</summary>
    public static List<RdfGraph> Writable(IEnumerable<RdfGraph> graphs)
    {
        var result = new List<RdfGraph>();
        foreach (var g in graphs)
        {
            var kept = new RdfGraph();
            foreach (var t in g.Triples)
            {
                var one = new RdfGraph();
                one.Add(t);
                try
                {
                    RdfXmlWriter.EncodeDocument(one, Options);
                    kept.Add(t);
                }
                catch (RecordWriteException e) when (e.Diagnostic.Code is "RDF0108" or "RDF0109")
                {
                }
            }

            result.Add(kept);
        }

        return result;
    }

    /// <summary>Our reader's graph of a file.</summary>
    public static RdfGraph Ours(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new RdfXmlReader(stream, new RdfXmlReaderOptions { BaseIri = Base, SourceName = path });
        return reader.ReadGraph();
    }

    /// <summary>rapper's graph of a file (its N-Triples read by our N-Triples reader); fails on any rapper error or warning.</summary>
    public static RdfGraph Rapper(string path)
    {
        var run = PeerTool.Run("rapper", ["-q", "-i", "rdfxml", "-o", "ntriples", path, Base]);
        Assert.True(run.ExitCode == 0, $"rapper exit {run.ExitCode} on {path}: {run.StdErr}");
        return NTriplesReader.Parse(run.StdOut);
    }

    /// <summary>rapper's graph of a hand-written file, where a warning (e.g. an unknown rdf:parseType) is expected.</summary>
    public static RdfGraph RapperAllowingWarnings(string path)
    {
        var run = PeerTool.Run("rapper", ["-q", "-i", "rdfxml", "-o", "ntriples", path, Base]);
        Assert.True(run.ExitCode is 0 or 2, $"rapper exit {run.ExitCode} on {path}: {run.StdErr}");
        return NTriplesReader.Parse(run.StdOut);
    }

    /// <summary>rdflib's graph of a file (its N-Triples read by our N-Triples reader).</summary>
    public RdfGraph Rdflib(string path)
    {
        PeerTool.RequirePythonModule("rdflib");
        var script = PathOf("rdfxml.py");
        File.WriteAllText(script, RdflibScript);
        var output = PathOf(Path.GetFileName(path) + ".rdflib.nt");
        var run = PeerTool.Run("/usr/bin/python3", [script, path, Base, output]);
        Assert.True(run.ExitCode == 0, run.StdErr);
        return NTriplesReader.Parse(File.ReadAllText(output, Encoding.UTF8));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
