using System.Text.RegularExpressions;
using Exporter.Formats.Rdf;
using Exporter.Interop.Tests.Support;

namespace Exporter.Interop.Tests.Rdf;

/// <summary>Raptor's rapper accepts what our Turtle and N-Triples writers emit and reads the same graph.</summary>
public sealed partial class RapperInteropTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5];

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void Rapper_counts_the_triples_we_wrote(int seed)
    {
        using var docs = new RdfDocuments(HostileRdfGraphs.Generate(seed, 40));
        Assert.Equal(docs.Expected.Count, Count("turtle", docs.TurtlePath));
        Assert.Equal(docs.Expected.Count, Count("ntriples", docs.NTriplesPath));
    }

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void Rapper_reads_the_graph_we_meant(int seed)
    {
        using var docs = new RdfDocuments(HostileRdfGraphs.Generate(seed, 40));
        foreach (var (syntax, path) in new[] { ("turtle", docs.TurtlePath), ("ntriples", docs.NTriplesPath) })
        {
            var run = PeerTool.Run("rapper", ["-q", "-i", syntax, "-o", "ntriples", path]);
            Assert.True(run.ExitCode == 0, run.StdErr);
            var theirs = RdfDocuments.ReadNTriples(run.StdOut);
            Assert.True(GraphIsomorphism.AreIsomorphic(docs.Expected, theirs), $"rapper read our {syntax} differently");
        }
    }

    private static int Count(string syntax, string path)
    {
        var run = PeerTool.Run("rapper", ["-i", syntax, "-c", path]);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var match = Returned().Match(run.StdErr);
        Assert.True(match.Success, run.StdErr);
        Assert.DoesNotContain("Error", run.StdErr, StringComparison.Ordinal);
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Parsing returned (\d+) triple")]
    private static partial Regex Returned();
}
