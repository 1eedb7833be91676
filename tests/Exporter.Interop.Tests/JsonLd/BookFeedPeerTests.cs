using System.Text;
using Exporter.Formats.BookFeed;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.JsonLd;
using Exporter.Formats.Rdf.NTriples;
using Exporter.Interop.Tests.Support;
using Exporter.Pipeline;
using Exporter.Tests.Formats.Rdf.SchemaOrg;

namespace Exporter.Interop.Tests.JsonLd;

/// <summary>
/// pyld (Debian python3-pyld) expands the Google Book Actions feed of the example catalog with the real schema.org
/// context (tests/data/reference/schemaorg, served offline by jsonld_peer.py): the triples are the graph our reader
/// reads, and every term is a schema.org 30.0 class or property used in its domain.
/// </summary>
public sealed class BookFeedPeerTests : IDisposable
{
    private const string S = "https://schema.org/";
    private readonly string _dir = Directory.CreateTempSubdirectory("bookfeed-peer-").FullName;

    private static string Script => Path.Combine(TestEnvironment.RepoRoot, "tests", "Exporter.Interop.Tests", "JsonLd", "jsonld_peer.py");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [SkippableFact]
    public void Pyld_expands_the_feed_with_the_schema_org_context_into_schema_org_terms_in_their_domains()
    {
        PeerTool.RequirePythonModule("rdflib");
        PeerTool.RequirePythonModule("pyld");
        var feed = Path.Combine(_dir, "feed.jsonld");
        File.WriteAllText(feed, Feed(), new UTF8Encoding(false));
        var theirs = Path.Combine(_dir, "pyld.nt");

        var run = PeerTool.Run("/usr/bin/python3", [Script, "schemaorg", feed, TestEnvironment.TestData("reference", "schemaorg", "schemaorgcontext.jsonld"), theirs]);

        Assert.True(run.ExitCode == 0, run.StdErr);
        var graph = NTriplesReader.Parse(File.ReadAllText(theirs));
        Assert.NotEmpty(graph.Triples);
        var ours = Path.Combine(_dir, "ours.nt");
        File.WriteAllText(ours, NTriplesWriter.Encode(JsonLdReader.Parse(File.ReadAllText(feed))), new UTF8Encoding(false));
        var same = PeerTool.Run("/usr/bin/python3", [Script, "same", ours, theirs]);
        Assert.True(same.ExitCode == 0, same.StdOut + same.StdErr);
        AssertSchemaOrgTermsInTheirDomains(graph);
    }

    private static void AssertSchemaOrgTermsInTheirDomains(RdfGraph graph)
    {
        var vocab = new SchemaOrgVocabulary(TestEnvironment.TestData("reference", "schemaorg", "schemaorg-current-https.jsonld"));
        var types = graph.Triples.Where(t => t.Predicate.Value.EndsWith("#type", StringComparison.Ordinal))
            .GroupBy(t => t.Subject).ToDictionary(x => x.Key, x => x.Select(t => ((Iri)t.Object).Value.Replace(S, "", StringComparison.Ordinal)).ToList());
        foreach (var cls in types.Values.SelectMany(v => v)) Assert.True(vocab.IsClass(cls), "not a schema.org class: " + cls);
        foreach (var t in graph.Triples.Where(t => !t.Predicate.Value.EndsWith("#type", StringComparison.Ordinal)))
        {
            Assert.StartsWith(S, t.Predicate.Value, StringComparison.Ordinal);
            var p = t.Predicate.Value[S.Length..];
            Assert.True(vocab.IsProperty(p), "not a schema.org property: " + p);
            Assert.True(types.TryGetValue(t.Subject, out var subjectTypes), $"subject of {p} has no type");
            Assert.True(vocab.InDomain(p, subjectTypes!), $"{p} used on {string.Join("/", subjectTypes!)}, outside its domain");
        }
    }

    /// <summary>The feed of examples/catalog.txt, every edition carried (--book-format Paperback).</summary>
    private static string Feed()
    {
        var registry = FormatRegistry.CreateDefault();
        var options = new WriteOptions
        {
            Clock = new FixedClock(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero)),
            Formats = FormatOptionBag.Empty.With(new BookFeedWriteOptions { LibraryName = "Example Library", LibraryUrl = "https://library.example.net/", DefaultBookFormat = "Paperback" }),
        };
        using var reader = registry.Get("text").CreateReader(File.OpenRead(Path.Combine(TestEnvironment.RepoRoot, "examples", "catalog.txt")), new ReadOptions());
        var ms = new MemoryStream();
        using (var w = new CatalogRecordWriter(ms, registry.Get("bookfeed").CreateEncoder(options), leaveOpen: true))
        {
            foreach (var r in reader.ReadAll()) w.Write(r);
            w.Complete();
            Assert.True(w.Count > 0);
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }
}
