using Exporter.Diagnostics;

namespace Exporter.Pipeline;

/// <summary>
/// The counts of a conversion; <see cref="Read"/> always equals <see cref="Written"/> + <see cref="Omitted"/> +
/// <see cref="Rejected"/> + <see cref="Discarded"/>. Discarded is 0 unless a run was stopped, interrupted or failed: records read whose output
/// was then thrown away (or, after a write error, never reached it).
/// </summary>
public sealed record ConversionSummary(long Read, long Written, long Rejected, long Warnings)
{
    /// <summary>Set when the run stopped early (fail policy, or a fatal error); the outputs are then incomplete.</summary>
    public Diagnostic? StoppedBy { get; init; }

    /// <summary>
    /// Records a target format left out on purpose because it cannot carry them (<see cref="IRecordEncoder.Carries"/>:
    /// a book feed entry without an ISBN), each with a diagnostic; 0 for formats that carry every record. With several
    /// targets, a record left out of one is written to the others and counted here, not as written.
    /// </summary>
    public long Omitted { get; init; }

    /// <summary>Records read but neither written to an output that was kept nor kept as rejected.</summary>
    public long Discarded { get; init; }

    /// <summary>True when an input could not be read to its end (<see cref="PipelineDiagnosticCodes.InputStopped"/>): the run is not complete whatever the error policy.</summary>
    public bool StoppedReading => StoppedBy?.Code == PipelineDiagnosticCodes.InputStopped;

    /// <summary>True when every record read was written and the run was not stopped.</summary>
    public bool Succeeded => Rejected == 0 && StoppedBy is null;

    /// <summary>"read N, written N, rejected N" (and ", omitted N" and ", discarded N" when some were).</summary>
    public override string ToString() =>
        FormattableString.Invariant($"read {Read}, written {Written}")
        + (Omitted > 0 ? FormattableString.Invariant($", omitted {Omitted}") : "")
        + FormattableString.Invariant($", rejected {Rejected}")
        + (Discarded > 0 ? FormattableString.Invariant($", discarded {Discarded}") : "");
}
