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
    public void Peers_read_every_example_and_find_the_three_syntaxes_isomorphic(string file)
    {
        var records = ReadExamples(file);
        var dir = Directory.CreateTempSubdirectory("exporter-ld-peer-").FullName;
        try
        {
            // One case per record (so a failure names the record) and one with the whole file in one document.
            for (var i = 0; i < records.Count; i++) WriteCase(dir, (records[i].CatalogNumber ?? "record") + "-" + i, [records[i]]);
            WriteCase(dir, "all", records);
            foreach (var name in Directory.GetFiles(dir, "*.ttl").Order(StringComparer.Ordinal))
            {
                Rapper("turtle", name);
                Rapper("ntriples", Path.ChangeExtension(name, ".nt"));
            }

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
