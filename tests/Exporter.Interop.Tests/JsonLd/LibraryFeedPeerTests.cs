using System.Text;
using Exporter.Formats.BookFeed;
using Exporter.Formats.Rdf.JsonLd;
using Exporter.Formats.Rdf.NTriples;
using Exporter.Interop.Tests.Support;
using Exporter.Jobs;
using Exporter.Pipeline;

namespace Exporter.Interop.Tests.JsonLd;

/// <summary>
/// pyld (Debian python3-pyld) expands Google's Library feed (<c>exporter libraryfeed</c>) with the real schema.org
/// context (tests/data/reference/schemaorg, served offline by jsonld_peer.py): the triples are the graph our reader
/// reads, typed with the spec's classes, the system's librarytype and each branch's address among them.
/// </summary>
public sealed class LibraryFeedPeerTests : IDisposable
{
    private const string S = "https://schema.org/";
    private readonly string _dir = Directory.CreateTempSubdirectory("libraryfeed-peer-").FullName;

    private static string Script => Path.Combine(TestEnvironment.RepoRoot, "tests", "Exporter.Interop.Tests", "JsonLd", "jsonld_peer.py");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [SkippableFact]
    public void Pyld_expands_the_library_feed_with_the_schema_org_context_into_the_same_graph()
    {
        PeerTool.RequirePythonModule("rdflib");
        PeerTool.RequirePythonModule("pyld");
        var feed = Path.Combine(_dir, "library.feed.jsonld");
        LibraryFeedJob.Write(new LibraryFeedOptions
        {
            LibraryName = "Example Library",
            LibraryUrl = "https://library.example.net/",
            LibraryType = "public",
            Branches =
            [
                new("https://library.example.net/branches/central", "Central Library") { StreetAddress = "710 W. César Chávez St.", AddressLocality = "Austin", AddressRegion = "TX", PostalCode = "78701", AddressCountry = "US" },
                new("https://library.example.net/branches/hampton", "Hampton Branch") { AddressLocality = "Austin", AddressCountry = "US" },
            ],
            Clock = new FixedClock(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero)),
        }, feed);
        var theirs = Path.Combine(_dir, "pyld.nt");

        var run = PeerTool.Run("/usr/bin/python3", [Script, "schemaorg", feed, TestEnvironment.TestData("reference", "schemaorg", "schemaorgcontext.jsonld"), theirs]);

        Assert.True(run.ExitCode == 0, run.StdErr);
        var graph = NTriplesReader.Parse(File.ReadAllText(theirs));
        var ours = Path.Combine(_dir, "ours.nt");
        File.WriteAllText(ours, NTriplesWriter.Encode(JsonLdReader.Parse(File.ReadAllText(feed))), new UTF8Encoding(false));
        var same = PeerTool.Run("/usr/bin/python3", [Script, "same", ours, theirs]);
        Assert.True(same.ExitCode == 0, same.StdOut + same.StdErr);
        Assert.Contains(graph.Triples, t => t.Subject.ToString() == "<https://library.example.net/>" && t.Object.ToString() == $"<{S}LibrarySystem>");
        Assert.Equal(2, graph.Triples.Count(t => t.Predicate.Value == S + "member" && t.Subject.ToString() == "<https://library.example.net/>"));
        Assert.Contains(graph.Triples, t => t.Predicate.Value == S + "value" && t.Object.ToString() == "\"public\"");
        Assert.Equal(2, graph.Triples.Count(t => t.Predicate.Value == S + "addressCountry"));
    }
}
