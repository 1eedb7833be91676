using Exporter.Pipeline;

namespace Exporter.Jobs.Sharding;

/// <summary>
/// What one shard reads of one input: the bytes from <see cref="Start"/> to <see cref="End"/> (record boundaries of the
/// sequential read), read inside <see cref="Envelope"/>; or, for an input that cannot be cut (<see cref="Whole"/>), all
/// of it when this shard owns it and nothing otherwise.
/// </summary>
internal sealed record InputSlice(long Start, long End, long Length)
{
    /// <summary>True when the input is not cut: one shard reads it whole.</summary>
    public bool Whole { get; init; }

    /// <summary>For a whole input: the shard that reads it.</summary>
    public int Owner { get; init; }

    /// <summary>Why a whole input is not cut.</summary>
    public string? WhyWhole { get; init; }

    /// <summary>Bytes read before and after the slice.</summary>
    public SliceEnvelope Envelope { get; init; } = SliceEnvelope.None;

    /// <summary>True when this slice holds the input's start (it alone says when the input has no records).</summary>
    public bool HoldsStart { get; init; }

    /// <summary>True when this shard reads nothing of the input.</summary>
    public bool IsEmpty => Whole ? !HoldsStart : Start >= End;
}
