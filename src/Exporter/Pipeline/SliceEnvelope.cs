namespace Exporter.Pipeline;

/// <summary>Bytes a reader is given before and after a slice of its input (<see cref="InputSlicing.Envelope"/>).</summary>
internal sealed record SliceEnvelope(ReadOnlyMemory<byte> Prologue, ReadOnlyMemory<byte> Epilogue)
{
    /// <summary>Nothing around the slice.</summary>
    public static readonly SliceEnvelope None = new(ReadOnlyMemory<byte>.Empty, ReadOnlyMemory<byte>.Empty);
}
