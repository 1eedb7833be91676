using System.Collections.Concurrent;

namespace Exporter.Pipeline;

/// <summary>
/// What a run does once whatever the number of outputs, inputs and workers, such as a warning about the run's
/// settings (DC1010, the placeholder base URI): shared by every encoder of a run through <see cref="WriteOptions"/>;
/// <see cref="Claim"/> is true for exactly one caller per key, from any thread.
/// </summary>
internal sealed class RunOnce
{
    private readonly ConcurrentDictionary<string, byte> _claimed = new(StringComparer.Ordinal);

    /// <summary>True the first time a key is claimed in this run, false ever after.</summary>
    public bool Claim(string key) => _claimed.TryAdd(key, 0);
}
