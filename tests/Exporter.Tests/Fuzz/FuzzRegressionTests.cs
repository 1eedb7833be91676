using Exporter.Tests.Support;

namespace Exporter.Tests.Fuzz;

/// <summary>
/// Every input the fuzzer ever failed on, kept in Fixtures/Fuzz/&lt;target&gt;/ (see the README there), replayed
/// through the same harness: each must now read or fail as documented.
/// </summary>
public sealed class FuzzRegressionTests
{
    /// <summary>(target, file name) for every regression fixture.</summary>
    public static TheoryData<string, string> Fixtures()
    {
        var data = new TheoryData<string, string>();
        var root = TestEnvironment.Fixture("Fuzz");
        foreach (var dir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.GetFiles(dir).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(dir), Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_reads_or_fails_as_documented(string target, string file)
    {
        var input = File.ReadAllBytes(TestEnvironment.Fixture("Fuzz", target, file));
        Assert.Null(FuzzHarness.Check(FuzzTargets.Get(target), input));
    }

    [Fact]
    public void Every_fixture_folder_names_a_target()
    {
        var names = FuzzTargets.All.Select(t => t.Name).ToHashSet();
        foreach (var dir in Directory.GetDirectories(TestEnvironment.Fixture("Fuzz"))) Assert.Contains(Path.GetFileName(dir), names);
    }
}
