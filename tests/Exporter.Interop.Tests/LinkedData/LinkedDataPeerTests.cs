using System.Text;
using Exporter.Formats.CatalogText;
using Exporter.Interop.Tests.Support;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Interop.Tests.LinkedData;

/// <summary>
/// Our jsonld, turtle and ntriples output for every example, read by independent tools: rapper (raptor2) counts
/// the Turtle and N-Triples; rdflib parses all three and pyld the JSON-LD (offline: linked_data_peer.py refuses the
/// network), and the four graphs must be isomorphic. One python run per test.
/// </summary>
public class LinkedDataPeerTests
{
    private static readonly FormatRegistry Registry = FormatRegistry.CreateDefault();

    private static string Script => Path.Combine(TestEnvironment.RepoRoot, "tests", "Exporter.Interop.Tests", "LinkedData", "linked_data_peer.py");

    public static TheoryData<string> ExampleFiles() => ["CX7118.txt", "catalog.txt"];

    [SkippableTheory]
    [MemberData(nameof(ExampleFiles))]
    public void Peers_read_every_example_and_find_the_three_syntaxes_isomorphic(string file) => Check(ReadExamples(file));

    [SkippableFact]
    public void Peers_read_hostile_strings_and_find_the_three_syntaxes_isomorphic()
    {
        string[] hard =
        [
            "say \"hi\" \\ \\u0041 \\n", "line one\nline two\r\nthree\ttab", "Война и мир · 红楼梦 · עברית · العربية", "astral 😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
            "'''\"\"\"", "<&> {x} `y` ^z | @en ^^xsd:int", " padded ", "", "ctl \u0001\u001F\u007F \u0085 \u2028 \u00A0 \uFFFD", "\u0301 starts with a mark",
        ];
        var records = hard.Select((h, i) => new CatalogRecord
        {
            Title = h,
            Subtitle = hard[(i + 1) % hard.Length],
            Contributors = [new Contributor(h, [ContributorRoles.Author], AgentKind.Person), new Contributor("Serge, " + h, ["thesis advisor"], AgentKind.Family)],
            Publisher = h,
            Notes = [h, h],
            Reviews = [new Review([h, "", h], h)],
            Contents = [new ContentsSection(h, [new ContentsEntry(h, "7"), new ContentsEntry(h, h)])],
            Subjects = [new Subject(h, "lcsh", SubjectKind.Geographic)],
            Series = [new SeriesStatement(h, h)],
            Identifiers = [new Identifier(IdentifierType.Local, "H" + i + h), new Identifier(IdentifierType.Isbn, "9780262510875", h)],
        }).ToList();
        Check(records);
    }

    private static void Check(IReadOnlyList<CatalogRecord> records)
    {
        var dir = Directory.CreateTempSubdirectory("exporter-ld-peer-").FullName;
        try
        {
            // One case per record (so a failure names the record) and one with the whole file in one document.
            for (var i = 0; i < records.Count; i++) WriteCase(dir, "record-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), [records[i]]);
            WriteCase(dir, "all", records);
            foreach (var name in Directory.GetFiles(dir, "*.ttl").Order(StringComparer.Ordinal))
            {
                Rapper("turtle", name);
                Rapper("ntriples", Path.ChangeExtension(name, ".nt"));
            }

            PeerTool.RequirePythonModule("rdflib");
            PeerTool.RequirePythonModule("pyld");
            var run = PeerTool.Run("/usr/bin/python3", [Script, dir]);
            Assert.True(run.ExitCode == 0, run.StdOut + run.StdErr);
            var ok = run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(records.Count + 1, ok.Count(l => l.StartsWith("OK ", StringComparison.Ordinal)));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static void Rapper(string syntax, string path)
    {
        var run = PeerTool.Run("rapper", ["-i", syntax, "-c", path]);
        Assert.True(run.ExitCode == 0, $"rapper -i {syntax} -c {Path.GetFileName(path)}: {run.StdErr}");
        Assert.DoesNotContain("Error", run.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("Warning", run.StdErr, StringComparison.Ordinal);
        Assert.Contains("Parsing returned", run.StdErr, StringComparison.Ordinal);
    }

    private static void WriteCase(string dir, string name, IReadOnlyList<CatalogRecord> records)
    {
        foreach (var (format, ext) in new[] { ("turtle", ".ttl"), ("ntriples", ".nt"), ("jsonld", ".jsonld") })
        {
            using var output = File.Create(Path.Combine(dir, name + ext));
            using var writer = new CatalogRecordWriter(output, Registry.Get(format).CreateEncoder(new WriteOptions()));
            foreach (var r in records) writer.Write(r);
            writer.Complete();
        }
    }

    private static List<CatalogRecord> ReadExamples(string file)
    {
        using var reader = new CatalogTextFormat().CreateReader(File.OpenRead(Path.Combine(TestEnvironment.Examples, file)), new ReadOptions());
        return [.. reader.ReadAll()];
    }
}
