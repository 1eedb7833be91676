using System.Globalization;
using System.Security.Cryptography;

namespace Exporter.Tests.Fuzz;

/// <summary>
/// Runs one input through a target with the limits enforced here, not trusted to the reader: a wall-clock timeout
/// (the input runs in its own task), an allocation budget measured on that task's thread, and the exception policy.
/// A failing input is saved under <see cref="FailureDirectory"/> so it can become a regression fixture.
/// </summary>
public static class FuzzHarness
{
    /// <summary>Per-input time limit (generous: the CI machine is small and shared).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>Where failing inputs are written: $FUZZ_FAILURES_DIR, else a folder under the temp directory.</summary>
    public static string FailureDirectory =>
        Environment.GetEnvironmentVariable("FUZZ_FAILURES_DIR") is { Length: > 0 } dir ? dir : Path.Combine(Path.GetTempPath(), "exporter-fuzz-failures");

    /// <summary>Inputs per target: $FUZZ_ITERATIONS, else <paramref name="ciDefault"/>.</summary>
    public static int Iterations(int ciDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : ciDefault;

    /// <summary>Base seed: $FUZZ_SEED, else a fixed number (deterministic CI runs).</summary>
    public static int BaseSeed =>
        int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 20261128;

    /// <summary>Allocation budget for one input: 64 MiB plus 256 bytes per input byte.</summary>
    public static long AllocationBudget(int inputLength) => (64L << 20) + (256L * inputLength);

    /// <summary>Runs <paramref name="input"/>; returns null when the target behaved, else what went wrong.</summary>
    public static string? Check(FuzzTarget target, byte[] input)
    {
        long allocated = 0;
        var task = Task.Factory.StartNew(
            () =>
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                try
                {
                    target.Run(input);
                }
                finally
                {
                    allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            if (!task.Wait(Timeout)) return $"no result within {Timeout.TotalSeconds} s (hang or runaway loop)";
        }
        catch (AggregateException ex) when (ex.InnerException is { } inner)
        {
            if (inner is FuzzInvariantException) return "contract broken: " + inner.Message;
            if (target.AllowedExceptions.Any(t => t.IsInstanceOfType(inner))) return AllowedExceptionProblem(inner);
            return $"unhandled {inner.GetType().FullName}: {inner.Message}\n{inner.StackTrace}";
        }

        var budget = AllocationBudget(input.Length);
        return allocated > budget ? $"allocated {allocated:N0} bytes for a {input.Length}-byte input (budget {budget:N0})" : null;
    }

    /// <summary>Saves a failing input; returns its path.</summary>
    public static string Save(FuzzTarget target, byte[] input)
    {
        var dir = Path.Combine(FailureDirectory, target.Name);
        Directory.CreateDirectory(dir);
        var name = Convert.ToHexStringLower(SHA256.HashData(input))[..16] + target.Extension;
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, input);
        return path;
    }

    // a documented exception must still explain itself: a stable code and a message
    private static string? AllowedExceptionProblem(Exception ex) =>
        ex is Exporter.Diagnostics.ExporterException { Diagnostic: var d } && (string.IsNullOrEmpty(d.Code) || string.IsNullOrEmpty(d.Message))
            ? $"{ex.GetType().Name} without a code or message"
            : null;
}
