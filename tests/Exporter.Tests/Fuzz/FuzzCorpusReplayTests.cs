using Exporter.Tests.Support;

namespace Exporter.Tests.Fuzz;

/// <summary>
/// The saved fuzz corpus (<c>tests/data/fuzz/&lt;target&gt;/</c>: hand-made damaged inputs, and the inputs long
/// campaigns found worth keeping, see docs/fuzzing.md) replayed through the seeded fuzzer's harness: no crash, no
/// hang, bounded allocation, and every failure a documented diagnostic with its code and place.
/// </summary>
public sealed class FuzzCorpusReplayTests
{
    /// <summary>The targets the coverage-guided harnesses (fuzz/) run, each with a saved corpus.</summary>
    private static readonly string[] Guided = ["iso2709", "marcxml", "text", "turtle"];

    /// <summary>(target, file name) for every file of the saved corpus.</summary>
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var dir in Directory.GetDirectories(TestEnvironment.TestData("fuzz")).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.GetFiles(dir).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(dir), Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Saved_input_reads_or_fails_as_documented(string target, string file)
    {
        var input = File.ReadAllBytes(TestEnvironment.TestData("fuzz", target, file));
        Assert.Null(FuzzHarness.Check(FuzzTargets.Get(target), input));
    }

    [Fact]
    public void Each_guided_target_has_a_saved_corpus_and_every_folder_names_a_target()
    {
        var folders = Directory.GetDirectories(TestEnvironment.TestData("fuzz")).Select(Path.GetFileName).ToList();
        var names = FuzzTargets.All.Select(t => t.Name).ToHashSet();
        Assert.All(folders, f => Assert.Contains(f!, names));
        Assert.All(Guided, g => Assert.True(folders.Contains(g) && Directory.GetFiles(TestEnvironment.TestData("fuzz", g)).Length >= 5, g));
    }
}
