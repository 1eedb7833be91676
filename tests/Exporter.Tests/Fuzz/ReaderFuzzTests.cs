using System.Text;

namespace Exporter.Tests.Fuzz;

/// <summary>
/// The mutation fuzzer: for each reader, its seeds unchanged, then FUZZ_ITERATIONS (default 1000) seeded mutations.
/// Each input must read or be rejected with diagnostics of the documented kind, within the time and allocation
/// limits of <see cref="FuzzHarness"/>. Failing inputs are saved (see the message) to become regression fixtures.
/// </summary>
public sealed class ReaderFuzzTests
{
    private const int CiIterations = 1000;
    private const int MaxReported = 5;

    [Theory]
    [MemberData(nameof(FuzzTargets.Names), MemberType = typeof(FuzzTargets))]
    public void Seeds_read_cleanly(string name)
    {
        var target = FuzzTargets.Get(name);
        var seeds = target.Seeds();
        Assert.NotEmpty(seeds);
        foreach (var seed in seeds)
        {
            // a seed must not even need the documented exceptions: that would make it a poor starting point
            var failure = FuzzHarness.Check(target with { AllowedExceptions = [] }, seed);
            Assert.True(failure is null, $"seed of {seed.Length} bytes: {failure}");
        }
    }

    [Theory]
    [MemberData(nameof(FuzzTargets.Names), MemberType = typeof(FuzzTargets))]
    public void Mutated_inputs_read_or_fail_as_documented(string name)
    {
        var target = FuzzTargets.Get(name);
        var seeds = target.Seeds();
        var iterations = FuzzHarness.Iterations(CiIterations);
        var failures = new StringBuilder();
        var count = 0;
        for (var i = 0; i < iterations && count < MaxReported; i++)
        {
            var random = new Random(IterationSeed(name, i));
            var input = FuzzMutator.Mutate(seeds[random.Next(seeds.Count)], target, random);
            if (FuzzHarness.Check(target, input) is not { } failure) continue;
            count++;
            failures.Append("iteration ").Append(i).Append(" (saved to ").Append(FuzzHarness.Save(target, input)).Append("): ").AppendLine(failure);
        }

        Assert.True(count == 0, $"{name}: {count} failing input(s) (FUZZ_SEED={FuzzHarness.BaseSeed}):\n{failures}");
    }

    /// <summary>The seed of one iteration: base seed, target and iteration mixed (stable across runs and runtimes).</summary>
    internal static int IterationSeed(string name, int iteration)
    {
        var h = (uint)FuzzHarness.BaseSeed;
        foreach (var c in name) h = (h * 31) + c;
        return (int)((h * 2654435761u) ^ (uint)iteration * 40503u);
    }
}
