using System.Text;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.JsonLd;
using Exporter.Interop.Tests.Support;

namespace Exporter.Interop.Tests.JsonLd;

/// <summary>
/// rdflib and pyld (Debian python3-rdflib, python3-pyld; jsonld_peer.py refuses all network access) read what the
/// writer produces, and the reader reads what they and others produce; graphs are compared with rdflib.compare.
/// </summary>
public sealed class JsonLdPeerTests : IDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly string _dir = Directory.CreateTempSubdirectory("jsonld-peer-").FullName;

    private static string Script => Path.Combine(TestEnvironment.RepoRoot, "tests", "Exporter.Interop.Tests", "JsonLd", "jsonld_peer.py");

    private static string Documents => Path.Combine(TestEnvironment.RepoRoot, "tests", "Exporter.Interop.Tests", "JsonLd", "Documents");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static PeerTool.Result RunScript(params string[] args)
    {
        PeerTool.RequirePythonModule("rdflib");
        PeerTool.RequirePythonModule("pyld");
        return PeerTool.Run(Python, [Script, .. args]);
    }

    [SkippableFact]
    public void Rdflib_and_pyld_read_our_documents_as_the_graphs_we_wrote()
    {
        foreach (var (name, graph) in InteropGraphs.All())
        {
            Write(name + ".jsonld", JsonLdWriter.ToJson(graph));
            Write(name + ".nt", NTriplesText.Write(graph));
            Write(name + "-oneline.jsonld", JsonLdWriter.ToJson(graph, new JsonLdWriterOptions { Indentation = JsonLdIndentation.None }));
            Write(name + "-oneline.nt", NTriplesText.Write(graph));
        }

        var result = RunScript("check", _dir);
        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(result.ExitCode == 0, result.StdOut + result.StdErr);
        Assert.Equal(InteropGraphs.All().Count() * 2, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("OK ", l, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Every_line_of_json_lines_output_is_a_document_the_peers_read()
    {
        using var ms = new MemoryStream();
        var graphs = InteropGraphs.All().ToList();
        using (var writer = new JsonLdLinesWriter(ms, new JsonLdWriterOptions { LeaveOpen = true }))
        {
            foreach (var (_, g) in graphs) writer.WriteGraph(g);
            writer.Complete();
        }

        var lines = Encoding.UTF8.GetString(ms.ToArray()).Split('\n');
        Assert.Equal(graphs.Count + 1, lines.Length);
        for (var i = 0; i < graphs.Count; i++)
        {
            Write($"line{i:00}.jsonld", lines[i]);
            Write($"line{i:00}.nt", NTriplesText.Write(graphs[i].Graph));
        }

        var result = RunScript("check", _dir);
        Assert.True(result.ExitCode == 0, result.StdOut + result.StdErr);
    }

    [SkippableFact]
    public void Our_reader_reads_the_expanded_form_pyld_makes_of_our_output()
    {
        foreach (var (name, graph) in InteropGraphs.All())
        {
            var ours = Write(name + ".jsonld", JsonLdWriter.ToJson(graph));
            var expanded = Path.Combine(_dir, name + "-expanded.json");
            var run = RunScript("expand", ours, expanded);
            Assert.True(run.ExitCode == 0, run.StdErr);
            var back = JsonLdReader.Parse(File.ReadAllText(expanded), new JsonLdReaderOptions { SchemaOrgIris = SchemaOrgIriHandling.Keep });
            AssertSame(name, graph, back);
        }
    }

    [SkippableTheory]
    [InlineData("google-book-work-edition.jsonld")]
    [InlineData("http-schema-graph-aliases.jsonld")]
    [InlineData("docs-context-numbers-lists.jsonld")]
    public void Schema_org_documents_read_offline_match_pyld_with_the_real_schema_org_context(string document)
    {
        var context = TestEnvironment.TestData("reference", "schemaorg", "schemaorgcontext.jsonld");
        var input = Path.Combine(Documents, document);
        var theirs = Path.Combine(_dir, "pyld.nt");
        var run = RunScript("schemaorg", input, context, theirs);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var ours = JsonLdReader.Parse(File.ReadAllText(input));
        Assert.NotEmpty(ours.Triples);
        var same = RunScript("same", Write("ours.nt", NTriplesText.Write(ours)), theirs);
        Assert.True(same.ExitCode == 0, same.StdOut + same.StdErr);
    }

    private void AssertSame(string name, RdfGraph expected, RdfGraph actual)
    {
        var a = Write(name + "-expected.nt", NTriplesText.Write(expected));
        var b = Write(name + "-actual.nt", NTriplesText.Write(actual));
        var same = RunScript("same", a, b);
        Assert.True(same.ExitCode == 0, name + ": " + same.StdOut + same.StdErr);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
