namespace Exporter.Tests.Fuzz;

/// <summary>A reader broke one of its documented contracts on a fuzzed input (not a crash: a wrong answer).</summary>
public sealed class FuzzInvariantException(string message) : Exception(message)
{
    /// <summary>Throws when <paramref name="condition"/> is false.</summary>
    public static void Check(bool condition, string message)
    {
        if (!condition) throw new FuzzInvariantException(message);
    }
}
