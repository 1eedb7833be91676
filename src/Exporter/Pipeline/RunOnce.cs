using System.Collections.Concurrent;
using Exporter.Diagnostics;

namespace Exporter.Pipeline;

/// <summary>
/// Warnings a run gives once whatever the number of records, outputs, inputs and workers, such as one about the run's
/// settings (DC1010, the placeholder base URI). Encoders report them for every record they concern; the committer, which
/// sees records in input order on one thread, keeps the first (<see cref="Keeps"/>), so the report is the same bytes
/// at any number of threads. Shared by every group of a run through <see cref="ConversionOptions"/>.
/// </summary>
internal sealed class RunOnce(IEnumerable<string>? codes = null)
{
    private readonly HashSet<string> _codes = new(codes ?? [], StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _claimed = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="diagnostic"/> is reported: always, unless its code is once per run and was reported already.</summary>
    public bool Keeps(Diagnostic diagnostic) => !_codes.Contains(diagnostic.Code) || _claimed.TryAdd(diagnostic.Code, 0);
}
